package org.mandateworkbench.store;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.mandateworkbench.model.demo.DemoModel;

import org.eclipse.osgi.util.NLS;
import org.mandateworkbench.store.internal.Messages;

/**
 * Installs the demo workspace: the model built from the seed documents' facts
 * ({@link DemoModel}) and a few source documents. The documents live as class-path resources
 * under {@code org/mandateworkbench/store/demo/}, listed in {@value #INDEX_RESOURCE}, so they are read the
 * same way from a folder, a jar or an OSGi bundle.
 */
public final class DemoWorkspace {

	/** Index of the demo files, one workspace-relative path per line; '#' starts a comment. */
	public static final String INDEX_RESOURCE = "demo/index.txt";

	private static final String RESOURCE_FOLDER = "demo/";

	/** The author the journal records for the demo content. */
	private static final String DEMO_AUTHOR = "Mandate Workbench demo"; //$NON-NLS-1$

	private DemoWorkspace() {
	}

	/**
	 * Creates a workspace in {@code folder}, which must be {@linkplain Workspaces#isNew new}, and writes the demo model
	 * and documents into it. The workspace is closed again before returning.
	 *
	 * @return the installed files, in index order
	 * @throws WorkspaceException if the folder is not empty
	 */
	public static List<Path> install(Path folder) throws IOException {
		Path root = folder.toAbsolutePath().normalize();
		if (!Workspaces.isNew(root)) {
			throw new WorkspaceException(root, NLS.bind(Messages.DemoWorkspace_notEmpty, root));
		}
		List<Path> installed = new ArrayList<>();
		try (Workspace workspace = Workspaces.open(root)) {
			for (String relativePath : listedFiles()) {
				Path target = workspace.root().resolve(relativePath).normalize();
				Files.createDirectories(target.getParent());
				AtomicFileWriter.write(target, readResource(RESOURCE_FOLDER + relativePath));
				installed.add(target);
			}
			try (ModelStore store = ModelStore.open(workspace, DEMO_AUTHOR)) {
				store.execute(ModelCommands.addAll(store, DemoModel.create(), DEMO_AUTHOR));
				store.save();
			}
		}
		return installed;
	}

	/** The workspace-relative paths of the demo files, as listed in the index. */
	public static List<String> listedFiles() throws IOException {
		List<String> paths = new ArrayList<>();
		String index = new String(readResource(INDEX_RESOURCE), StandardCharsets.UTF_8);
		try (BufferedReader reader = new BufferedReader(new StringReader(index))) {
			String line;
			while ((line = reader.readLine()) != null) {
				String path = line.strip();
				if (!path.isEmpty() && !path.startsWith("#")) {
					paths.add(path);
				}
			}
		}
		return paths;
	}

	private static byte[] readResource(String name) throws IOException {
		try (InputStream in = DemoWorkspace.class.getResourceAsStream(name)) {
			if (in == null) {
				throw new IOException(NLS.bind(Messages.DemoWorkspace_missingResource, name));
			}
			return in.readAllBytes();
		}
	}

}
