package org.mandateworkbench.store;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Properties;
import java.util.function.Function;
import java.util.stream.Stream;

import org.eclipse.osgi.util.NLS;
import org.mandateworkbench.store.internal.Messages;

/**
 * Opens and creates workspaces. See {@link Workspace} for the folder layout.
 */
public final class Workspaces {

	/** The schema version this program reads and writes. */
	public static final int SCHEMA_VERSION = 1;

	private static final String VERSION_KEY = "schema.version";
	private static final String CREATED_KEY = "created";
	private static final String DEFAULT_FOLDER_NAME = "MandateWorkbench";

	private Workspaces() {
	}

	/** The default workspace location: {@code ${user.home}/MandateWorkbench}. */
	public static Path defaultLocation() {
		return Path.of(System.getProperty("user.home"), DEFAULT_FOLDER_NAME);
	}

	/**
	 * Opens the workspace in {@code folder}, creating it if the folder is missing or empty. No migrations
	 * are known, so an older workspace is refused.
	 *
	 * @see #open(Path, List)
	 */
	public static Workspace open(Path folder) throws IOException {
		return open(folder, List.of());
	}

	/**
	 * Opens the workspace in {@code folder}, creating it if the folder is missing or empty: takes the lock,
	 * checks the schema version, removes temporary files left by interrupted saves, creates missing
	 * layout folders and runs {@code migrations} to bring an older workspace up to
	 * {@link #SCHEMA_VERSION}.
	 *
	 * @throws WorkspaceLockedException  if the workspace is open elsewhere
	 * @throws WorkspaceVersionException if the workspace is newer than this program, or older with no
	 *                                   migration path
	 * @throws WorkspaceException        if the folder is a non-empty folder that is not a workspace, or
	 *                                   its workspace.properties is damaged
	 */
	public static Workspace open(Path folder, List<WorkspaceMigration> migrations) throws IOException {
		Path root = folder.toAbsolutePath().normalize();
		if (Files.exists(root) && !Files.isDirectory(root)) {
			throw new WorkspaceException(root, NLS.bind(Messages.Workspaces_notAFolder, root));
		}
		Files.createDirectories(root);
		Path propertiesFile = root.resolve(Workspace.PROPERTIES_FILE);
		if (!Files.exists(propertiesFile) && containsUserFiles(root)) {
			throw new WorkspaceException(root,
					NLS.bind(Messages.Workspaces_notAWorkspace, root, Workspace.PROPERTIES_FILE));
		}
		WorkspaceLock lock = WorkspaceLock.acquire(root);
		try {
			Workspace workspace = openLocked(root, lock, migrations);
			lock.recoveryNote().ifPresent(note -> workspace.addOpeningNote(note));
			return workspace;
		} catch (IOException | RuntimeException e) {
			lock.close();
			throw e;
		}
	}

	private static Workspace openLocked(Path root, WorkspaceLock lock, List<WorkspaceMigration> migrations)
			throws IOException {
		Path propertiesFile = root.resolve(Workspace.PROPERTIES_FILE);
		Properties properties;
		if (Files.exists(propertiesFile)) {
			properties = readProperties(propertiesFile);
		} else {
			properties = new Properties();
			properties.setProperty(VERSION_KEY, Integer.toString(SCHEMA_VERSION));
			properties.setProperty(CREATED_KEY, Instant.now().toString());
			writeProperties(propertiesFile, properties);
		}
		int version = parseProperty(propertiesFile, properties, VERSION_KEY, Integer::parseInt);
		if (version > SCHEMA_VERSION) {
			throw new WorkspaceVersionException(root, version, SCHEMA_VERSION,
					NLS.bind(Messages.Workspaces_tooNew, new Object[] { root, version, SCHEMA_VERSION }));
		}
		Workspace workspace = new Workspace(root, lock, version, 
				parseProperty(propertiesFile, properties, CREATED_KEY, Instant::parse));
		for (String name : List.of("", Workspace.MODEL_FOLDER, Workspace.SOURCES_FOLDER, Workspace.INDEX_FOLDER)) {
			Path folder = root.resolve(name);
			Files.createDirectories(folder);
			int deleted = AtomicFileWriter.deleteOrphanedTempFiles(folder);
			if (deleted > 0) {
				workspace.addOpeningNote(NLS.bind(Messages.Workspaces_tempFilesDeleted, deleted, folder));
			}
		}
		migrate(workspace, propertiesFile, properties, migrations);
		return workspace;
	}

	private static void migrate(Workspace workspace, Path propertiesFile, Properties properties,
			List<WorkspaceMigration> migrations) throws IOException {
		int startVersion = workspace.schemaVersion();
		for (int version = startVersion; version < SCHEMA_VERSION; version++) {
			WorkspaceMigration step = findMigration(migrations, version);
			if (step == null) {
				throw new WorkspaceVersionException(workspace.root(), startVersion, SCHEMA_VERSION, NLS.bind(
						Messages.Workspaces_noMigration,
						new Object[] { workspace.root(), startVersion, SCHEMA_VERSION, version }));
			}
			step.migrate(workspace);
			properties.setProperty(VERSION_KEY, Integer.toString(version + 1));
			writeProperties(propertiesFile, properties);
			workspace.setSchemaVersion(version + 1);
		}
		if (startVersion < SCHEMA_VERSION) {
			workspace.addOpeningNote(NLS.bind(Messages.Workspaces_migrated,
					new Object[] { workspace.root(), startVersion, SCHEMA_VERSION }));
		}
	}

	private static WorkspaceMigration findMigration(List<WorkspaceMigration> migrations, int fromVersion) {
		return migrations.stream().filter(m -> m.fromVersion() == fromVersion).findFirst().orElse(null);
	}

	/**
	 * True when {@code folder} holds no workspace yet: it is missing, or holds nothing but hidden
	 * entries (such as the lock or the workbench's own .metadata folder).
	 */
	public static boolean isNew(Path folder) throws IOException {
		Path root = folder.toAbsolutePath().normalize();
		return !Files.exists(root) || Files.isDirectory(root)
				&& !Files.exists(root.resolve(Workspace.PROPERTIES_FILE)) && !containsUserFiles(root);
	}

	private static boolean containsUserFiles(Path root) throws IOException {
		try (Stream<Path> children = Files.list(root)) {
			return children.anyMatch(child -> !child.getFileName().toString().startsWith(".")); //$NON-NLS-1$
		}
	}

	private static Properties readProperties(Path file) throws IOException {
		Properties properties = new Properties();
		properties.load(new StringReader(Files.readString(file, StandardCharsets.ISO_8859_1)));
		return properties;
	}

	private static void writeProperties(Path file, Properties properties) throws IOException {
		StringWriter text = new StringWriter();
		properties.store(text, "Mandate Workbench workspace");
		AtomicFileWriter.write(file, text.toString().getBytes(StandardCharsets.ISO_8859_1));
	}

	// Both parsers signal bad text with a runtime exception: NumberFormatException or DateTimeParseException.
	private static <T> T parseProperty(Path file, Properties properties, String key, Function<String, T> parser)
			throws WorkspaceException {
		String value = properties.getProperty(key, "");
		try {
			return parser.apply(value.trim());
		} catch (NumberFormatException | DateTimeParseException e) {
			throw new WorkspaceException(file.getParent(),
					NLS.bind(Messages.Workspaces_badProperty, new Object[] { file, key, value }));
		}
	}
}
