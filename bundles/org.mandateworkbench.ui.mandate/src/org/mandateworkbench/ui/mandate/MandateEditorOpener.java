package org.mandateworkbench.ui.mandate;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.advanced.MPerspective;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MPartStack;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;
import org.eclipse.emf.ecore.EObject;
import org.mandateworkbench.model.Mandate;
import org.mandateworkbench.model.NoteVerbale;
import org.mandateworkbench.model.StateResponse;
import org.mandateworkbench.model.TopicSummary;
import org.mandateworkbench.ui.EditorInput;
import org.mandateworkbench.ui.OpenRequest;
import org.mandateworkbench.ui.mandate.internal.MandateEditorPart;

import jakarta.inject.Inject;

/**
 * The add-on that opens mandate editors: for an {@link OpenRequest} of a {@link Mandate} it
 * activates the mandate's editor if one is open, or else creates one from the part descriptor in
 * the Secretariat layout's main stack and shows that layout. A note verbale, a State response or a
 * response's topic summary opens the editor of the mandate that holds it, at the page that lists it
 * (timeline, responses). Other targets are left to other bundles.
 */
public final class MandateEditorOpener {

	@Inject
	private MApplication application;

	@Inject
	@Optional
	public void open(@UIEventTopic(OpenRequest.TOPIC) OpenRequest request) {
		if (request == null) {
			return;
		}
		EObject target = request.target();
		if (target instanceof Mandate mandate && mandate.getId() != null) {
			open(mandate);
		} else if (target instanceof NoteVerbale || target instanceof StateResponse || target instanceof TopicSummary) {
			Mandate mandate = mandateOf(target);
			MPart editor = mandate == null || mandate.getId() == null ? null : open(mandate);
			if (editor != null && editor.getObject() instanceof MandateEditorPart shown) {
				shown.reveal(target);
			}
		}
	}

	/** The mandate that (indirectly) contains the object, or null. */
	private static Mandate mandateOf(EObject object) {
		EObject container = object;
		while (container != null && !(container instanceof Mandate)) {
			container = container.eContainer();
		}
		return (Mandate) container;
	}

	/**
	 * Opens or activates the editor of the mandate in the application's selected window.
	 *
	 * @return the editor part, or null when there is no window
	 */
	public MPart open(Mandate mandate) {
		MWindow window = application.getSelectedElement();
		if (window == null || window.getContext() == null) {
			return null;
		}
		EModelService models = window.getContext().get(EModelService.class);
		EPartService parts = window.getContext().get(EPartService.class);
		// also for an editor already open: shown from another layout, the part service would move it there
		showSecretariat(models, parts, window);
		MPart editor = EditorInput.find(models, window, MandateEditorIds.PART_DESCRIPTOR, MandateEditorIds.MANDATE_ID, mandate.getId());
		if (editor == null) {
			editor = EditorInput.create(parts, MandateEditorIds.PART_DESCRIPTOR, MandateEditorIds.MANDATE_ID, mandate.getId(), mandate);
			MPartStack stack = editorStack(models, window);
			if (stack != null) {
				stack.getChildren().add(editor);
			}
		}
		parts.showPart(editor, PartState.ACTIVATE);
		return editor;
	}

	private static void showSecretariat(EModelService models, EPartService parts, MWindow window) {
		if (models.find(MandateEditorIds.SECRETARIAT_PERSPECTIVE, window) instanceof MPerspective secretariat
				&& models.getActivePerspective(window) != secretariat) {
			parts.switchPerspective(secretariat);
		}
	}

	// Without the stack (a changed layout), the part service places the editor itself.
	private static MPartStack editorStack(EModelService models, MWindow window) {
		return models.find(MandateEditorIds.EDITOR_STACK, window) instanceof MPartStack stack ? stack : null;
	}
}
