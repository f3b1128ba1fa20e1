package org.mandateworkbench.store;

import java.io.IOException;
import java.io.StringReader;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Optional;
import java.util.Properties;

import org.eclipse.osgi.util.NLS;
import org.mandateworkbench.store.internal.Messages;

/**
 * Exclusive ownership of a workspace folder, held through an operating-system lock on the file
 * {@value #LOCK_FILE_NAME}. The operating system drops the lock when the holding process dies, so a
 * lock left by a crashed process is recovered by the next {@link #acquire(Path)}; the lock file keeps
 * the holder's pid and host so both a refusal and a recovery can name it.
 * <p>
 * The lock covers a byte range beyond the file's content, so other processes can still read who holds
 * it on systems with mandatory locking.
 */
public final class WorkspaceLock implements AutoCloseable {

	/** Name of the lock file inside the workspace folder. */
	public static final String LOCK_FILE_NAME = ".lock";

	// Far beyond any content the lock file will ever have.
	private static final long LOCK_POSITION = Long.MAX_VALUE - 1;

	private final Path folder;
	private final FileChannel channel;
	private final FileLock lock;
	private final LockHolder staleHolder;

	private WorkspaceLock(Path folder, FileChannel channel, FileLock lock, LockHolder staleHolder) {
		this.folder = folder;
		this.channel = channel;
		this.lock = lock;
		this.staleHolder = staleHolder;
	}

	/**
	 * Takes the lock of the workspace folder, which must exist.
	 *
	 * @throws WorkspaceLockedException if another process or another open workspace in this JVM holds it
	 */
	public static WorkspaceLock acquire(Path folder) throws IOException {
		Path lockFile = folder.resolve(LOCK_FILE_NAME);
		FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.READ,
				StandardOpenOption.WRITE);
		try {
			FileLock lock = tryLock(channel);
			if (lock == null) {
				LockHolder holder = readHolder(channel);
				throw new WorkspaceLockedException(folder, holder,
						NLS.bind(Messages.WorkspaceLock_held, new Object[] { folder, holder.pid(), holder.host() }));
			}
			LockHolder previous = readHolder(channel);
			writeHolder(channel, currentHolder());
			LockHolder stale = previous.pid() >= 0 ? previous : null;
			return new WorkspaceLock(folder, channel, lock, stale);
		} catch (IOException | RuntimeException e) {
			channel.close();
			throw e;
		}
	}

	// Within one JVM the operating system would grant the lock twice, so Java reports the overlap itself.
	private static FileLock tryLock(FileChannel channel) throws IOException {
		try {
			return channel.tryLock(LOCK_POSITION, 1, false);
		} catch (OverlappingFileLockException e) {
			return null;
		}
	}

	/** The workspace folder this lock guards. */
	public Path folder() {
		return folder;
	}

	/** The holder of a lock that was still recorded when this one was taken, i.e. a crashed process. */
	public Optional<LockHolder> recoveredStaleHolder() {
		return Optional.ofNullable(staleHolder);
	}

	/** A translated note about the recovered stale lock, if there was one. */
	public Optional<String> recoveryNote() {
		return recoveredStaleHolder()
				.map(h -> NLS.bind(Messages.WorkspaceLock_recoveredStale, new Object[] { h.pid(), h.host(), folder }));
	}

	/** Whether this lock is still held, i.e. not yet closed. */
	public boolean isHeld() {
		return channel.isOpen() && lock.isValid();
	}

	/** Clears the holder record and releases the lock; the lock file itself stays to avoid races. */
	@Override
	public void close() throws IOException {
		if (!channel.isOpen()) {
			return;
		}
		try {
			channel.truncate(0);
			channel.force(true);
			lock.release();
		} finally {
			channel.close();
		}
	}

	private static LockHolder currentHolder() {
		return new LockHolder(ProcessHandle.current().pid(), hostName(), Instant.now().toString());
	}

	private static String hostName() {
		try {
			return InetAddress.getLocalHost().getHostName();
		} catch (IOException e) {
			return System.getenv().getOrDefault("HOSTNAME", "localhost");
		}
	}

	private static LockHolder readHolder(FileChannel channel) throws IOException {
		long size = Math.min(channel.size(), 4096);
		ByteBuffer buffer = ByteBuffer.allocate((int) size);
		int read = 0;
		while (buffer.hasRemaining() && read >= 0) {
			read = channel.read(buffer, buffer.position());
		}
		Properties record = new Properties();
		record.load(new StringReader(new String(buffer.array(), 0, buffer.position(), StandardCharsets.UTF_8)));
		long pid;
		try {
			pid = Long.parseLong(record.getProperty("pid", "-1").trim());
		} catch (NumberFormatException e) {
			pid = -1;
		}
		return new LockHolder(pid, record.getProperty("host", ""), record.getProperty("since", ""));
	}

	private static void writeHolder(FileChannel channel, LockHolder holder) throws IOException {
		String record = "pid=" + holder.pid() + "\nhost=" + holder.host() + "\nsince=" + holder.since() + "\n";
		channel.truncate(0);
		ByteBuffer buffer = ByteBuffer.wrap(record.getBytes(StandardCharsets.UTF_8));
		long position = 0;
		while (buffer.hasRemaining()) {
			position += channel.write(buffer, position);
		}
		channel.force(true);
	}
}
