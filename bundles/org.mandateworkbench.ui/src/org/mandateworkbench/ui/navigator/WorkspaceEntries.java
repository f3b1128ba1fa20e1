package org.mandateworkbench.ui.navigator;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Lists what the navigator shows of a workspace folder: folders first, then files, by name. Hidden
 * entries (the workbench's own .metadata, lock and temporary files) are left out.
 */
public final class WorkspaceEntries {

	private static final Comparator<Path> FOLDERS_FIRST_BY_NAME = Comparator
			.comparing((Path p) -> !Files.isDirectory(p))
			.thenComparing(p -> p.getFileName().toString(), String.CASE_INSENSITIVE_ORDER);

	private WorkspaceEntries() {
	}

	public static List<Path> children(Path folder) {
		if (!Files.isDirectory(folder)) {
			return List.of();
		}
		try (Stream<Path> entries = Files.list(folder)) {
			return entries.filter(WorkspaceEntries::isVisible).sorted(FOLDERS_FIRST_BY_NAME).toList();
		} catch (IOException e) {
			return List.of();
		}
	}

	public static boolean hasChildren(Path entry) {
		return Files.isDirectory(entry) && !children(entry).isEmpty();
	}

	static boolean isVisible(Path entry) {
		String name = entry.getFileName().toString();
		return !name.startsWith(".") && !name.endsWith(".tmp"); //$NON-NLS-1$ //$NON-NLS-2$
	}
}
