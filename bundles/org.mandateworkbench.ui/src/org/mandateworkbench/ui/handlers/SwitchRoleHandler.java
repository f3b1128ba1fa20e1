package org.mandateworkbench.ui.handlers;

import java.util.List;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.commands.MParameter;
import org.eclipse.e4.ui.model.application.ui.menu.MHandledItem;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.mandateworkbench.ui.Roles;

import jakarta.inject.Named;

/** Switches the main window to the role layout named by the command's parameter. */
public final class SwitchRoleHandler {

	@CanExecute
	public boolean canExecute(@Named(Roles.SWITCH_PARAMETER_ID) String perspectiveId) {
		return Roles.perspectiveIds().contains(perspectiveId);
	}

	@Execute
	public void execute(@Named(Roles.SWITCH_PARAMETER_ID) String perspectiveId, EPartService partService,
			EModelService modelService, MApplication application) {
		partService.switchPerspective(perspectiveId)
				.ifPresent(switched -> markSelected(perspectiveId, modelService, application));
	}

	/** Keeps the radio items of the role menu and tool bar in step with the shown layout. */
	private static void markSelected(String perspectiveId, EModelService modelService, MApplication application) {
		List<MHandledItem> items = modelService.findElements(application, null, MHandledItem.class, null,
				EModelService.IN_ANY_PERSPECTIVE | EModelService.IN_TRIM | EModelService.IN_MAIN_MENU);
		for (MHandledItem item : items) {
			if (item.getCommand() != null && Roles.SWITCH_COMMAND_ID.equals(item.getCommand().getElementId())) {
				item.setSelected(item.getParameters().stream()
						.anyMatch(p -> isRoleParameter(p) && perspectiveId.equals(p.getValue())));
			}
		}
	}

	private static boolean isRoleParameter(MParameter parameter) {
		return Roles.SWITCH_PARAMETER_ID.equals(parameter.getName());
	}
}
