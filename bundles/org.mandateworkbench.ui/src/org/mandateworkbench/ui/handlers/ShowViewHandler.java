package org.mandateworkbench.ui.handlers;

import java.util.List;
import java.util.Optional;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.ui.advanced.MPerspective;
import org.eclipse.e4.ui.model.application.ui.advanced.MPlaceholder;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;

import jakarta.inject.Named;

/**
 * Shows and activates the part named by the command's parameter in the current role layout, also
 * after it was closed. A part of the layout stands for the id when its element id is the id or
 * when it carries the id as a tag (a layout's own copy of a part that has a descriptor); a layout
 * without such a part gets one created from the part descriptor of that id.
 */
public final class ShowViewHandler {

	/** The id of the show-view command. */
	public static final String COMMAND_ID = "org.mandateworkbench.ui.command.showView"; //$NON-NLS-1$
	/** The command's one parameter: the id of the part or part descriptor to show. */
	public static final String PARAMETER_ID = "org.mandateworkbench.ui.commandparameter.part"; //$NON-NLS-1$

	@CanExecute
	public boolean canExecute(@Named(PARAMETER_ID) String partId, EModelService models, MWindow window) {
		return partInLayout(partId, models, window).isPresent() || models.getPartDescriptor(partId) != null;
	}

	@Execute
	public void execute(@Named(PARAMETER_ID) String partId, EPartService parts, EModelService models,
			MWindow window) {
		Optional<MPart> present = partInLayout(partId, models, window);
		if (present.isPresent()) {
			MPart part = present.get();
			part.setToBeRendered(true);
			// a closed shared part is hidden through its placeholder in the layout
			models.findElements(models.getActivePerspective(window), null, MPlaceholder.class, null).stream()
					.filter(placeholder -> placeholder.getRef() == part)
					.forEach(placeholder -> placeholder.setToBeRendered(true));
			parts.showPart(part, PartState.ACTIVATE);
		} else {
			parts.showPart(partId, PartState.ACTIVATE);
		}
	}

	private static Optional<MPart> partInLayout(String partId, EModelService models, MWindow window) {
		MPerspective perspective = models.getActivePerspective(window);
		if (perspective == null) {
			return Optional.empty();
		}
		List<MPart> parts = models.findElements(perspective, null, MPart.class, null, EModelService.IN_ACTIVE_PERSPECTIVE);
		return parts.stream().filter(p -> partId.equals(p.getElementId()) || p.getTags().contains(partId)).findFirst();
	}
}
