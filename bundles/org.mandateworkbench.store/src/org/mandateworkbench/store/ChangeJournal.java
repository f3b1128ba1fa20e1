package org.mandateworkbench.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.osgi.util.NLS;
import org.mandateworkbench.store.internal.Json;
import org.mandateworkbench.store.internal.Messages;
import org.mandateworkbench.store.internal.PendingSave;

/**
 * The append-only audit trail of a workspace's model: {@code model/journal.jsonl}, one JSON object
 * per line and per save, forced to disk as part of the save itself (see
 * {@link org.mandateworkbench.store.internal.PendingSave}), so a save is never on disk without its entry. The format is
 * described in the store bundle's README. Only whole lines count: a line cut short by a crash is
 * removed when the store opens.
 */
public final class ChangeJournal {

	/** Name of the journal file in the model folder. */
	public static final String FILE_NAME = "journal.jsonl";

	private final Path file;
	private long lastSequence;

	ChangeJournal(Path file) {
		this.file = file;
	}

	/** The journal file. */
	public Path file() {
		return file;
	}

	/** All entries, oldest first. */
	public List<JournalEntry> entries() throws IOException {
		List<JournalEntry> entries = new ArrayList<>();
		if (!Files.exists(file)) {
			return entries;
		}
		List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
		for (int i = 0; i < lines.size(); i++) {
			if (!lines.get(i).isBlank()) {
				entries.add(parse(lines.get(i), i + 1));
			}
		}
		return entries;
	}

	/** The entries of the saves that changed the object with {@code objectId} or something inside it. */
	public List<JournalEntry> entriesTouching(String objectId) throws IOException {
		return entries().stream().filter(entry -> entry.touches(objectId)).toList();
	}

	/** The sequence number of the last entry, 0 if there is none. */
	public long lastSequence() {
		return lastSequence;
	}

	/**
	 * Cuts off a last line left incomplete by a crash and reads the last sequence number.
	 *
	 * @return true if an incomplete line was removed
	 */
	boolean open() throws IOException {
		if (!Files.exists(file)) {
			return false;
		}
		boolean repaired = false;
		try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
			long end = PendingSave.completeLinesEnd(channel);
			if (end < channel.size()) {
				channel.truncate(end);
				channel.force(true);
				repaired = true;
			}
		}
		List<JournalEntry> entries = entries();
		lastSequence = entries.isEmpty() ? 0 : entries.get(entries.size() - 1).sequence();
		return repaired;
	}

	/** The entry numbered after the last one. */
	JournalEntry numbered(JournalEntry unnumbered) {
		return new JournalEntry(lastSequence + 1, unnumbered.time(), unnumbered.author(), unnumbered.operations(),
				unnumbered.writtenFiles(), unnumbered.deletedFiles(), unnumbered.changes(), unnumbered.omittedChanges());
	}

	/** The entry as one line of the journal, with its line break, UTF-8. */
	static byte[] line(JournalEntry entry) {
		return (format(entry) + "\n").getBytes(StandardCharsets.UTF_8);
	}

	/** Records that {@code entry} is now the last line of the file. */
	void appended(JournalEntry entry) {
		lastSequence = entry.sequence();
	}

	static String format(JournalEntry entry) {
		StringBuilder out = new StringBuilder(256);
		out.append("{\"seq\":").append(entry.sequence()).append(",\"time\":");
		Json.quote(out, entry.time().toString()).append(",\"author\":");
		Json.quote(out, entry.author()).append(",\"operations\":[");
		for (int i = 0; i < entry.operations().size(); i++) {
			JournalEntry.Operation operation = entry.operations().get(i);
			out.append(i == 0 ? "" : ",").append("{\"kind\":");
			Json.quote(out, operation.kind()).append(",\"label\":");
			Json.quote(out, operation.label()).append('}');
		}
		out.append("],\"written\":");
		strings(out, entry.writtenFiles()).append(",\"deleted\":");
		strings(out, entry.deletedFiles()).append(",\"changes\":[");
		for (int i = 0; i < entry.changes().size(); i++) {
			JournalChange change = entry.changes().get(i);
			out.append(i == 0 ? "" : ",").append("{\"object\":");
			Json.quote(out, change.objectId()).append(",\"path\":");
			Json.quote(out, change.path()).append(",\"type\":");
			Json.quote(out, change.type()).append(",\"feature\":");
			Json.quote(out, change.feature()).append(",\"kind\":");
			Json.quote(out, change.kind()).append('}');
		}
		return out.append("],\"omitted\":").append(entry.omittedChanges()).append('}').toString();
	}

	private static StringBuilder strings(StringBuilder out, List<String> values) {
		out.append('[');
		for (int i = 0; i < values.size(); i++) {
			Json.quote(out.append(i == 0 ? "" : ","), values.get(i));
		}
		return out.append(']');
	}

	@SuppressWarnings("unchecked")
	private JournalEntry parse(String line, int lineNumber) throws WorkspaceException {
		try {
			Map<String, Object> json = (Map<String, Object>) Json.parse(line);
			List<JournalEntry.Operation> operations = new ArrayList<>();
			for (Object o : (List<Object>) json.get("operations")) {
				Map<String, Object> operation = (Map<String, Object>) o;
				operations.add(new JournalEntry.Operation((String) operation.get("kind"), (String) operation.get("label")));
			}
			List<JournalChange> changes = new ArrayList<>();
			for (Object o : (List<Object>) json.get("changes")) {
				Map<String, Object> change = (Map<String, Object>) o;
				changes.add(new JournalChange((String) change.get("object"), (String) change.get("path"),
						(String) change.get("type"), (String) change.get("feature"), (String) change.get("kind")));
			}
			return new JournalEntry((Long) json.get("seq"), Instant.parse((String) json.get("time")),
					(String) json.get("author"), List.copyOf(operations), List.copyOf((List<String>) json.get("written")),
					List.copyOf((List<String>) json.get("deleted")), List.copyOf(changes),
					((Long) json.get("omitted")).intValue());
		} catch (IllegalArgumentException | ClassCastException | NullPointerException | DateTimeParseException e) {
			throw new WorkspaceException(file.getParent().getParent(),
					NLS.bind(Messages.ChangeJournal_badLine, new Object[] { file, lineNumber, e.getMessage() }));
		}
	}
}
