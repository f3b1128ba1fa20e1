package org.mandateworkbench.ingest.commit;

/** An import that could not be committed; the workspace was left as it was. The message is translated. */
public final class ImportCommitException extends Exception {

	private static final long serialVersionUID = 1L;

	/** @param message what failed, naming the file */
	public ImportCommitException(String message) {
		super(message);
	}

	/** @param message what failed, naming the file; @param cause the underlying error */
	public ImportCommitException(String message, Throwable cause) {
		super(message, cause);
	}
}
