package org.mandateworkbench.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Replaces a file's content so that a crash at any moment leaves either the old or the new content:
 * the bytes go to a temporary file in the same directory, which is forced to disk and then renamed
 * over the target in one atomic step; finally the directory itself is forced so the rename survives
 * a power loss. Temporary files orphaned by a crash end in {@link #TEMP_SUFFIX} and are removed by
 * {@link #deleteOrphanedTempFiles(Path)}.
 */
public final class AtomicFileWriter {

	/** Suffix of the temporary files; nothing else in a workspace may end with it. */
	public static final String TEMP_SUFFIX = ".mwb-tmp";

	private AtomicFileWriter() {
	}

	/** Atomically replaces (or creates) {@code target} with the text, encoded as UTF-8. */
	public static void writeString(Path target, String text) throws IOException {
		write(target, text.getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * Atomically replaces (or creates) {@code target} with {@code content}.
	 *
	 * @throws AtomicMoveNotSupportedException if the file system cannot rename atomically; the
	 *                                         target is then left untouched
	 */
	public static void write(Path target, byte[] content) throws IOException {
		Path absolute = target.toAbsolutePath();
		Path directory = absolute.getParent();
		// Not Files.createTempFile: its owner-only permissions would end up on the saved file.
		Path temp = directory.resolve("." + absolute.getFileName() + "." //$NON-NLS-1$ //$NON-NLS-2$
				+ Long.toHexString(ThreadLocalRandom.current().nextLong()) + TEMP_SUFFIX);
		try {
			try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE,
					StandardOpenOption.CREATE_NEW)) {
				ByteBuffer buffer = ByteBuffer.wrap(content);
				while (buffer.hasRemaining()) {
					channel.write(buffer);
				}
				channel.force(true);
			}
			Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		} finally {
			Files.deleteIfExists(temp);
		}
		forceDirectory(directory);
	}

	/**
	 * Deletes the temporary files a crashed write left directly inside {@code directory}.
	 *
	 * @return how many files were deleted
	 */
	public static int deleteOrphanedTempFiles(Path directory) throws IOException {
		if (!Files.isDirectory(directory)) {
			return 0;
		}
		int deleted = 0;
		try (DirectoryStream<Path> orphans = Files.newDirectoryStream(directory, "*" + TEMP_SUFFIX)) {
			for (Path orphan : orphans) {
				if (Files.isRegularFile(orphan) && Files.deleteIfExists(orphan)) {
					deleted++;
				}
			}
		}
		return deleted;
	}

	// Opening a directory for reading works on Linux and macOS; Windows refuses, and there the
	// rename is already durable, so the failure is ignored.
	private static void forceDirectory(Path directory) {
		try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
			channel.force(true);
		} catch (IOException e) {
			// Not supported on this platform; nothing more can be done.
		}
	}
}
