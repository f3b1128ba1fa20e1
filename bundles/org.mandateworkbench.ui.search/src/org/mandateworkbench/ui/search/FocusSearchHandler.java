package org.mandateworkbench.ui.search;

import java.util.List;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;

/**
 * Shows the Search part of the current layout, creating it from its descriptor where the layout has
 * none, and activates it so the query box has the keyboard focus.
 */
public final class FocusSearchHandler {

	@Execute
	public void execute(EPartService parts, EModelService models, MWindow window) {
		List<MPart> present = models.findElements(window, null, MPart.class, List.of(SearchIds.TAG),
				EModelService.IN_ACTIVE_PERSPECTIVE | EModelService.OUTSIDE_PERSPECTIVE | EModelService.IN_SHARED_AREA);
		if (present.isEmpty()) {
			parts.showPart(SearchIds.PART, PartState.ACTIVATE);
		} else {
			parts.showPart(present.get(0), PartState.ACTIVATE);
		}
	}
}
