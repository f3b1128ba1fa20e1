package org.mandateworkbench.ingest.decode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BiFunction;

import org.eclipse.osgi.util.NLS;
import org.mandateworkbench.ingest.decode.DecodeProblem.Severity;
import org.mandateworkbench.ingest.internal.Messages;

/** Reading and refusing shared by the DOCX and PDF decoders. */
final class DecodedFiles {

	/** Largest DOCX or PDF accepted: 128 MB. */
	static final long MAX_BYTES = 128L * 1024 * 1024;

	private DecodedFiles() {
	}

	/** Reads the file and hands its bytes to {@code decoder}, or refuses it if missing, unreadable or too large. */
	static DecodeResult decodeFile(Path file, BiFunction<String, byte[], DecodeResult> decoder) {
		String name = file.toString();
		try {
			long size = Files.size(file);
			if (size > MAX_BYTES) {
				return refused(name, NLS.bind(Messages.DocumentDecoder_tooLarge, new Object[] { name, size, MAX_BYTES }));
			}
			return decoder.apply(name, Files.readAllBytes(file));
		} catch (NoSuchFileException e) {
			return refused(name, NLS.bind(Messages.TextDecoder_notFound, name));
		} catch (IOException e) {
			return refused(name, NLS.bind(Messages.TextDecoder_unreadable, name, e.getMessage()));
		}
	}

	static DecodeResult refused(String name, String message) {
		return new DecodeResult("", StandardCharsets.UTF_8, DecodeMethod.NOT_DECODED, 0,
				List.of(new DecodeProblem(name, 0, 0, Severity.ERROR, message)));
	}

	static DecodeResult decoded(String text, DecodeMethod method) {
		return new DecodeResult(text, StandardCharsets.UTF_8, method, 100, List.of());
	}

	/** The innermost cause's message, for the technical detail in brackets. */
	static String rootMessage(Throwable error) {
		Throwable root = error;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
	}

	/** Whether any message in the cause chain contains {@code fragment}. */
	static boolean causeMentions(Throwable error, String fragment) {
		for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
			if (t.getMessage() != null && t.getMessage().contains(fragment)) {
				return true;
			}
		}
		return false;
	}

	/** Whether the bytes start with the given unsigned byte values. */
	static boolean startsWith(byte[] bytes, int... prefix) {
		if (bytes.length < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if ((bytes[i] & 0xFF) != prefix[i]) {
				return false;
			}
		}
		return true;
	}
}
