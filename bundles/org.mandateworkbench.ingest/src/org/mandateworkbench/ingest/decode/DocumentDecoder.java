package org.mandateworkbench.ingest.decode;

import java.nio.file.Path;

/**
 * Turns one kind of document file into plain text. Implementations never throw for bad input: every
 * problem comes back in {@link DecodeResult#problems()}, naming the file.
 */
public interface DocumentDecoder {

	/** Decodes a file; read failures and unusable content become problems. */
	DecodeResult decode(Path file);
}
