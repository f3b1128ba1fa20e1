package org.mandateworkbench.ui.document;

import java.util.List;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.MUIElement;
import org.eclipse.e4.ui.model.application.ui.advanced.MPerspective;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MPartStack;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;
import org.mandateworkbench.model.Document;
import org.mandateworkbench.model.Recommendation;
import org.mandateworkbench.ui.EditorInput;
import org.mandateworkbench.ui.OpenRequest;
import org.mandateworkbench.ui.document.internal.DocumentReaderPart;

import jakarta.inject.Inject;

/**
 * The add-on that opens document readers: an {@link OpenRequest} of a {@link Document}, or of a
 * {@link Recommendation} with the report that holds it, opens the document's reader beside the main
 * stack of the layout shown (or activates the reader already open there) and reveals the paragraph or
 * offset asked for; a recommendation reveals its own paragraph. Other targets are left to other
 * bundles.
 */
public final class DocumentReaderOpener {

	@Inject
	private MApplication application;

	@Inject
	@Optional
	public void open(@UIEventTopic(OpenRequest.TOPIC) OpenRequest request) {
		if (request == null) {
			return;
		}
		if (request.target() instanceof Document document) {
			open(document, request);
		} else if (request.target() instanceof Recommendation recommendation && recommendation.getDocument() != null) {
			String paragraph = recommendation.getParagraphNumber() > 0 ? Integer.toString(recommendation.getParagraphNumber())
					: null;
			open(recommendation.getDocument(),
					new OpenRequest(recommendation.getDocument(), paragraph, request.language(), OpenRequest.NO_OFFSET));
		}
	}

	/**
	 * Opens or activates the reader of the document in the application's selected window and shows the
	 * request in it.
	 *
	 * @param request what to reveal; its target is not used
	 * @return the reader part, or null when there is no window or the document has no key
	 */
	public MPart open(Document document, OpenRequest request) {
		MWindow window = application.getSelectedElement();
		String key = document.getKey();
		if (window == null || window.getContext() == null || key == null) {
			return null;
		}
		EModelService models = window.getContext().get(EModelService.class);
		EPartService parts = window.getContext().get(EPartService.class);
		MUIElement layout = models.getActivePerspective(window);
		MUIElement searchRoot = layout == null ? window : layout;
		MPart reader = EditorInput.find(models, searchRoot, DocumentReaderIds.PART_DESCRIPTOR, DocumentReaderIds.DOCUMENT_KEY, key);
		if (reader != null) {
			parts.showPart(reader, PartState.ACTIVATE);
			if (reader.getObject() instanceof DocumentReaderPart shown) {
				shown.show(request);
			}
			return reader;
		}
		reader = EditorInput.create(parts, DocumentReaderIds.PART_DESCRIPTOR, DocumentReaderIds.DOCUMENT_KEY, key, document);
		// the new part shows it when it is created
		reader.getTransientData().put(DocumentReaderIds.PENDING_REQUEST, request);
		MPartStack stack = readerStack(models, searchRoot);
		if (stack != null) {
			stack.getChildren().add(reader);
		}
		parts.showPart(reader, PartState.ACTIVATE);
		return reader;
	}

	/**
	 * The layout's stack of readers, made to the right of its main stack, half its width, when the
	 * first reader opens (the clean-up add-on removes it with the last). Without a known main stack (a
	 * changed layout), the part service places the reader itself.
	 */
	private static MPartStack readerStack(EModelService models, MUIElement searchRoot) {
		List<MPartStack> readers = models.findElements(searchRoot, null, MPartStack.class, List.of(DocumentReaderIds.READERS_TAG));
		if (!readers.isEmpty()) {
			return readers.get(0);
		}
		MPartStack main = mainStack(models, searchRoot);
		if (main == null) {
			return null;
		}
		MPartStack stack = models.createModelElement(MPartStack.class);
		stack.getTags().add(DocumentReaderIds.READERS_TAG);
		models.insert(stack, main, EModelService.RIGHT_OF, 0.5f);
		return stack;
	}

	private static MPartStack mainStack(EModelService models, MUIElement searchRoot) {
		for (String id : DocumentReaderIds.MAIN_STACKS) {
			if (models.find(id, searchRoot) instanceof MPartStack stack) {
				return stack;
			}
		}
		return null;
	}
}
