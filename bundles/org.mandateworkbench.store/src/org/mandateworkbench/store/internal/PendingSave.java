package org.mandateworkbench.store.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;

import org.eclipse.osgi.util.NLS;
import org.mandateworkbench.store.AtomicFileWriter;
import org.mandateworkbench.store.WorkspaceException;

/**
 * Makes a save all-or-nothing across files. Before any file changes, the new contents, the files to
 * delete and the lines to append (the journal entry) go, atomically, into {@value #FILE_NAME}; then the
 * files are replaced one by one, the lines appended and the pending file deleted. If the process dies
 * in between, the next open finds the pending file and finishes the save. Replaying is idempotent: a
 * line is appended only if the file does not already end with it.
 * <p>
 * Format: the line {@code MWB-PENDING-SAVE 1}, then per operation either {@code WRITE <name> <length>}
 * or {@code APPEND <name> <length>}, each followed by a newline, the bytes and a newline, or
 * {@code DELETE <name>}; last {@code END <crc32>} over everything before it.
 */
public final class PendingSave {

	/** Name of the pending-save file in the model folder; hidden, like all internal files. */
	public static final String FILE_NAME = ".pending-save";

	private static final String MAGIC = "MWB-PENDING-SAVE 1\n";

	private PendingSave() {
	}

	/**
	 * Writes {@code writes} (file name to new content) and deletes {@code deletes} in {@code folder}, so
	 * that a crash leaves either all old or, after {@link #recover}, all new files.
	 */
	public static void apply(Path folder, Map<String, byte[]> writes, List<String> deletes) throws IOException {
		apply(folder, writes, deletes, Map.of());
	}

	/**
	 * Like {@link #apply(Path, Map, List)}, and appends each of {@code appends} (file name to complete
	 * lines) to its file, forced to disk, as part of the same all-or-nothing step.
	 */
	public static void apply(Path folder, Map<String, byte[]> writes, List<String> deletes, Map<String, byte[]> appends)
			throws IOException {
		if (writes.size() + deletes.size() + appends.size() <= 1 && appends.isEmpty()) {
			replace(folder, writes, deletes, appends);
			return;
		}
		Path pending = folder.resolve(FILE_NAME);
		AtomicFileWriter.write(pending, encode(writes, deletes, appends));
		replace(folder, writes, deletes, appends);
		Files.deleteIfExists(pending);
	}

	/**
	 * Finishes a save interrupted by a crash, if there is one.
	 *
	 * @return true if an interrupted save was finished
	 * @throws WorkspaceException if the pending file is damaged
	 */
	public static boolean recover(Path folder) throws IOException {
		Path pending = folder.resolve(FILE_NAME);
		if (!Files.exists(pending)) {
			return false;
		}
		Map<String, byte[]> writes = new LinkedHashMap<>();
		List<String> deletes = new ArrayList<>();
		Map<String, byte[]> appends = new LinkedHashMap<>();
		decode(pending, Files.readAllBytes(pending), writes, deletes, appends);
		replace(folder, writes, deletes, appends);
		Files.deleteIfExists(pending);
		return true;
	}

	private static void replace(Path folder, Map<String, byte[]> writes, List<String> deletes,
			Map<String, byte[]> appends) throws IOException {
		for (Map.Entry<String, byte[]> write : writes.entrySet()) {
			AtomicFileWriter.write(folder.resolve(write.getKey()), write.getValue());
		}
		for (String delete : deletes) {
			Files.deleteIfExists(folder.resolve(delete));
		}
		for (Map.Entry<String, byte[]> append : appends.entrySet()) {
			appendOnce(folder.resolve(append.getKey()), append.getValue());
		}
	}

	// A crash during an earlier append may have left part of a line: it is cut off first.
	private static void appendOnce(Path file, byte[] lines) throws IOException {
		try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
				StandardOpenOption.WRITE)) {
			long end = completeLinesEnd(channel);
			if (end < channel.size()) {
				channel.truncate(end);
			}
			if (end >= lines.length) {
				ByteBuffer tail = ByteBuffer.allocate(lines.length);
				channel.read(tail, end - lines.length);
				if (Arrays.equals(tail.array(), lines)) {
					return;
				}
			}
			ByteBuffer buffer = ByteBuffer.wrap(lines);
			long position = end;
			while (buffer.hasRemaining()) {
				position += channel.write(buffer, position);
			}
			channel.force(true);
		}
	}

	/** The length of {@code channel}'s content up to and including its last line break. */
	public static long completeLinesEnd(FileChannel channel) throws IOException {
		long end = channel.size();
		ByteBuffer one = ByteBuffer.allocate(1);
		while (end > 0) {
			one.clear();
			channel.read(one, end - 1);
			if (one.get(0) == '\n') {
				break;
			}
			end--;
		}
		return end;
	}

	private static byte[] encode(Map<String, byte[]> writes, List<String> deletes, Map<String, byte[]> appends) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.writeBytes(MAGIC.getBytes(StandardCharsets.UTF_8));
		for (Map.Entry<String, byte[]> write : writes.entrySet()) {
			line(out, "WRITE " + write.getKey() + " " + write.getValue().length);
			out.writeBytes(write.getValue());
			out.write('\n');
		}
		for (Map.Entry<String, byte[]> append : appends.entrySet()) {
			line(out, "APPEND " + append.getKey() + " " + append.getValue().length);
			out.writeBytes(append.getValue());
			out.write('\n');
		}
		for (String delete : deletes) {
			line(out, "DELETE " + delete);
		}
		CRC32 crc = new CRC32();
		crc.update(out.toByteArray());
		line(out, "END " + Long.toHexString(crc.getValue()));
		return out.toByteArray();
	}

	private static void line(ByteArrayOutputStream out, String text) {
		out.writeBytes((text + "\n").getBytes(StandardCharsets.UTF_8));
	}

	private static void decode(Path file, byte[] bytes, Map<String, byte[]> writes, List<String> deletes,
			Map<String, byte[]> appends) throws WorkspaceException {
		ByteBuffer in = ByteBuffer.wrap(bytes);
		if (!MAGIC.strip().equals(readLine(in))) {
			throw damaged(file);
		}
		while (true) {
			int lineStart = in.position();
			String line = readLine(in);
			if (line == null) {
				throw damaged(file);
			}
			String[] parts = line.split(" ");
			if (parts[0].equals("END") && parts.length == 2) {
				CRC32 crc = new CRC32();
				crc.update(bytes, 0, lineStart);
				if (!Long.toHexString(crc.getValue()).equals(parts[1])) {
					throw damaged(file);
				}
				return;
			} else if ((parts[0].equals("WRITE") || parts[0].equals("APPEND")) && parts.length == 3) {
				int length = parseLength(file, parts[2]);
				if (length > in.remaining()) {
					throw damaged(file);
				}
				byte[] content = new byte[length];
				in.get(content);
				readLine(in);
				(parts[0].equals("WRITE") ? writes : appends).put(safeName(file, parts[1]), content);
			} else if (parts[0].equals("DELETE") && parts.length == 2) {
				deletes.add(safeName(file, parts[1]));
			} else {
				throw damaged(file);
			}
		}
	}

	private static int parseLength(Path file, String text) throws WorkspaceException {
		try {
			return Integer.parseInt(text);
		} catch (NumberFormatException e) {
			throw damaged(file);
		}
	}

	// The pending file may only name plain files of the model folder.
	private static String safeName(Path file, String name) throws WorkspaceException {
		if (name.isEmpty() || name.contains("/") || name.contains("\\") || name.startsWith(".")) {
			throw damaged(file);
		}
		return name;
	}

	private static String readLine(ByteBuffer in) {
		if (!in.hasRemaining()) {
			return null;
		}
		int start = in.position();
		while (in.hasRemaining() && in.get() != '\n') {
			// Scan to the end of the line.
		}
		int end = in.position() - (in.position() > start && in.get(in.position() - 1) == '\n' ? 1 : 0);
		return new String(in.array(), start, end - start, StandardCharsets.UTF_8);
	}

	private static WorkspaceException damaged(Path file) {
		return new WorkspaceException(file.getParent().getParent(), NLS.bind(Messages.ModelStore_damagedPendingSave, file));
	}
}
