package org.mandateworkbench.ui;

import java.util.Objects;

import org.eclipse.emf.ecore.EObject;

/**
 * Asks the workbench to show a model object in its editor or viewer. Posted on {@link #TOPIC} with
 * {@code IEventBroker.send}; each UI bundle subscribes for the object types it can show and ignores
 * the rest.
 *
 * @param target the object to show (a mandate, recommendation, note verbale, response, document ...)
 * @param paragraph the paragraph number to reveal inside a document's text, or {@code null}
 * @param language the language version to show ({@code "zh"}, {@code "en"}), or {@code null} for the
 *            UI language
 * @param offset a character offset into that language version's text to reveal when there is no
 *            {@code paragraph} (a footnote, an unnumbered passage), or {@value #NO_OFFSET} for none
 */
public record OpenRequest(EObject target, String paragraph, String language, int offset) {

	/** Event topic for open requests; the event data is an {@link OpenRequest}. */
	public static final String TOPIC = "org/mandateworkbench/ui/open"; //$NON-NLS-1$

	/** The {@link #offset()} of a request that names no place in a text by offset. */
	public static final int NO_OFFSET = -1;

	public OpenRequest {
		Objects.requireNonNull(target, "target"); //$NON-NLS-1$
	}

	/** A request without an offset: the paragraph, if any, says where to look. */
	public OpenRequest(EObject target, String paragraph, String language) {
		this(target, paragraph, language, NO_OFFSET);
	}

	/** A request to show the object itself, with no paragraph to reveal. */
	public static OpenRequest of(EObject target) {
		return new OpenRequest(target, null, null);
	}
}
