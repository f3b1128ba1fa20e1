package org.mandateworkbench.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * An open workspace folder, locked for this process until {@link #close()}. Obtain one through
 * {@link Workspaces#open(Path)}.
 * <p>
 * Layout:
 * <pre>
 * workspace.properties   schema.version and created (ISO-8601 instant)
 * .lock                  lock file naming the process that has the workspace open
 * model/                 model resources
 * sources/               imported source documents
 * index/                 search index; rebuilt from model and sources, never listed
 * </pre>
 * Names starting with '.' (lock file, temporary files of interrupted saves) are internal and never
 * listed.
 */
public final class Workspace implements AutoCloseable {

	/** Name of the file holding the schema version and creation time. */
	public static final String PROPERTIES_FILE = "workspace.properties";
	/** Folder for model resources. */
	public static final String MODEL_FOLDER = "model";
	/** Folder for imported source documents. */
	public static final String SOURCES_FOLDER = "sources";
	/** Folder for the search index. */
	public static final String INDEX_FOLDER = "index";

	private static final Comparator<WorkspaceEntry> FOLDERS_FIRST_BY_NAME = Comparator
			.comparing(WorkspaceEntry::kind).thenComparing(WorkspaceEntry::name);

	private final Path root;
	private final WorkspaceLock lock;
	private final Instant created;
	private final List<String> openingNotes = new ArrayList<>();
	private int schemaVersion;

	Workspace(Path root, WorkspaceLock lock, int schemaVersion, Instant created) {
		this.root = root;
		this.lock = lock;
		this.schemaVersion = schemaVersion;
		this.created = created;
	}

	/** The workspace folder (absolute, normalized). */
	public Path root() {
		return root;
	}

	/** The folder for model resources. */
	public Path modelFolder() {
		return root.resolve(MODEL_FOLDER);
	}

	/** The folder for imported source documents. */
	public Path sourcesFolder() {
		return root.resolve(SOURCES_FOLDER);
	}

	/** The folder for the search index. */
	public Path indexFolder() {
		return root.resolve(INDEX_FOLDER);
	}

	/** The schema version of the workspace, after any migrations run while opening. */
	public int schemaVersion() {
		return schemaVersion;
	}

	/** When the workspace was first created. */
	public Instant created() {
		return created;
	}

	/**
	 * Translated notes about what happened while opening, for a log or status line: a recovered stale
	 * lock, removed temporary files, migrations run.
	 */
	public List<String> openingNotes() {
		return List.copyOf(openingNotes);
	}

	/** Whether the workspace is still open, i.e. this process still holds its lock. */
	public boolean isOpen() {
		return lock.isHeld();
	}

	/** The top-level folders and documents, folders first, each group sorted by name. */
	public List<WorkspaceEntry> entries() throws IOException {
		return entries("");
	}

	/**
	 * The folders and documents inside a folder of the workspace, folders first, each group sorted by
	 * name. The index folder is left out at the top level.
	 *
	 * @param relativeFolder folder relative to the root, '/'-separated; empty for the root
	 * @throws IllegalArgumentException if the path leads outside the workspace
	 */
	public List<WorkspaceEntry> entries(String relativeFolder) throws IOException {
		Path folder = root.resolve(relativeFolder).normalize();
		if (!folder.startsWith(root)) {
			throw new IllegalArgumentException("Folder is outside the workspace: " + relativeFolder);
		}
		List<WorkspaceEntry> entries = new ArrayList<>();
		try (Stream<Path> children = Files.list(folder)) {
			for (Path child : (Iterable<Path>) children::iterator) {
				if (isListed(folder, child)) {
					entries.add(entryFor(child));
				}
			}
		}
		entries.sort(FOLDERS_FIRST_BY_NAME);
		return entries;
	}

	/** Releases the workspace lock. Closing twice does nothing. */
	@Override
	public void close() throws IOException {
		lock.close();
	}

	void addOpeningNote(String note) {
		openingNotes.add(note);
	}

	void setSchemaVersion(int schemaVersion) {
		this.schemaVersion = schemaVersion;
	}

	private boolean isListed(Path folder, Path child) {
		String name = child.getFileName().toString();
		if (name.startsWith(".")) {
			return false;
		}
		boolean topLevel = folder.equals(root);
		return !(topLevel && (name.equals(PROPERTIES_FILE) || name.equals(INDEX_FOLDER)));
	}

	private WorkspaceEntry entryFor(Path child) throws IOException {
		BasicFileAttributes attributes = Files.readAttributes(child, BasicFileAttributes.class);
		WorkspaceEntry.Kind kind = attributes.isDirectory() ? WorkspaceEntry.Kind.FOLDER
				: WorkspaceEntry.Kind.DOCUMENT;
		String relative = root.relativize(child).toString().replace(child.getFileSystem().getSeparator(), "/");
		long size = kind == WorkspaceEntry.Kind.FOLDER ? 0 : attributes.size();
		return new WorkspaceEntry(child.getFileName().toString(), relative, kind, size,
				attributes.lastModifiedTime().toInstant());
	}
}
