package org.mandateworkbench.ui.parts;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Optional;

import org.mandateworkbench.ui.Messages;
import org.mandateworkbench.store.WorkspaceEntry;

/** What the preview part says about one workspace entry, computed off the widgets. */
record EntryFacts(String title, String facts, String text) {

	static final int PREVIEW_BYTES = 64 * 1024;

	static EntryFacts of(WorkspaceEntry entry, Path file, Messages messages, Locale locale) {
		String modified = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(locale)
				.format(entry.lastModified().atZone(ZoneId.systemDefault()));
		if (entry.kind() == WorkspaceEntry.Kind.FOLDER) {
			String facts = messages.preview_kind + " " + messages.navigator_folder + "\n" //$NON-NLS-1$ //$NON-NLS-2$
					+ messages.preview_modified + " " + modified; //$NON-NLS-1$
			return new EntryFacts(entry.name(), facts, ""); //$NON-NLS-1$
		}
		String facts = messages.preview_kind + " " + messages.navigator_document + "\n" //$NON-NLS-1$ //$NON-NLS-2$
				+ messages.preview_size + " " + entry.size() + "\n" //$NON-NLS-1$ //$NON-NLS-2$
				+ messages.preview_modified + " " + modified; //$NON-NLS-1$
		try {
			return new EntryFacts(entry.name(), facts, readUtf8Prefix(file).orElse(messages.preview_notText));
		} catch (IOException e) {
			return new EntryFacts(entry.name(), facts, messages.preview_unreadable);
		}
	}

	/** The start of a UTF-8 text file, or empty when the bytes are not UTF-8 text. */
	static Optional<String> readUtf8Prefix(Path file) throws IOException {
		byte[] bytes;
		try (InputStream in = Files.newInputStream(file)) {
			bytes = in.readNBytes(PREVIEW_BYTES);
		}
		// A truncated prefix may end inside a character of up to four bytes.
		int maxCut = bytes.length == PREVIEW_BYTES ? 3 : 0;
		for (int cut = 0; cut <= maxCut; cut++) {
			try {
				String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
						.onUnmappableCharacter(CodingErrorAction.REPORT)
						.decode(ByteBuffer.wrap(bytes, 0, bytes.length - cut)).toString();
				return text.indexOf('\0') >= 0 ? Optional.empty() : Optional.of(text);
			} catch (CharacterCodingException e) {
				// try a shorter prefix, if the file was cut
			}
		}
		return Optional.empty();
	}
}
