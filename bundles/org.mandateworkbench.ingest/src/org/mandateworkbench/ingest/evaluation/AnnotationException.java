package org.mandateworkbench.ingest.evaluation;

/** An annotation file that cannot be used; the message names the file, the place and what was expected. */
public final class AnnotationException extends Exception {

	private static final long serialVersionUID = 1L;

	/** @param message translated, naming the file and the place */
	public AnnotationException(String message) {
		super(message);
	}
}
