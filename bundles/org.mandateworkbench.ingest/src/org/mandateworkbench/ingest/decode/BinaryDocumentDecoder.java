package org.mandateworkbench.ingest.decode;

import java.nio.file.Path;

import org.eclipse.osgi.util.NLS;
import org.mandateworkbench.ingest.internal.Messages;

/**
 * Common entry points of the DOCX and PDF decoders: reading the file and refusing missing, unreadable,
 * empty or oversized input before the format is looked at.
 */
abstract class BinaryDocumentDecoder implements DocumentDecoder {

	@Override
	public final DecodeResult decode(Path file) {
		return DecodedFiles.decodeFile(file, this::decode);
	}

	/** Decodes the bytes of a file; {@code sourceName} labels the problems. Never throws. */
	public final DecodeResult decode(String sourceName, byte[] bytes) {
		if (bytes.length == 0) {
			return DecodedFiles.refused(sourceName, NLS.bind(Messages.TextDecoder_empty, sourceName));
		}
		if (bytes.length > DecodedFiles.MAX_BYTES) {
			return DecodedFiles.refused(sourceName, NLS.bind(Messages.DocumentDecoder_tooLarge,
					new Object[] { sourceName, bytes.length, DecodedFiles.MAX_BYTES }));
		}
		return decodeNonEmpty(sourceName, bytes);
	}

	/** Decodes bytes that are neither empty nor too large. */
	abstract DecodeResult decodeNonEmpty(String sourceName, byte[] bytes);
}
