package org.mandateworkbench.ingest.commit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.osgi.util.NLS;
import org.mandateworkbench.ingest.merge.ImportChange;
import org.mandateworkbench.ingest.merge.ImportPlan;
import org.mandateworkbench.ingest.merge.internal.Messages;
import org.mandateworkbench.store.AtomicFileWriter;
import org.mandateworkbench.store.ModelStore;

/**
 * Commits accepted {@link ImportPlan}s to a {@link ModelStore} as one command on its command stack, so
 * one undo takes the whole import back, and keeps each document's source text in the workspace's
 * {@code sources/} folder, where the document's language version points.
 * <p>
 * All or nothing: the source files are written first (each atomically); if the command cannot run or
 * fails, the model is rolled back and the source files are restored. Committing changes the model in
 * memory only; {@link ModelStore#save()} then writes it in one atomic step. Undoing the import keeps the
 * source files: they are named by document symbol and language, and an unreferenced one is harmless.
 */
public final class ImportCommitter {

	private ImportCommitter() {
	}

	/**
	 * Applies the accepted changes of the plans, in order, as one command.
	 *
	 * @param store the open store the plans were matched against
	 * @param plans plans from one {@link org.mandateworkbench.ingest.merge.ProposalMatcher}
	 * @return what was done; a result without command when no accepted change is left
	 * @throws ImportCommitException if the source text cannot be written or the command cannot run; the
	 *                               workspace is then unchanged
	 */
	public static CommitResult commit(ModelStore store, List<ImportPlan> plans) throws ImportCommitException {
		List<ImportChange> changes = plans.stream().flatMap(p -> p.committedChanges().stream()).toList();
		if (changes.isEmpty()) {
			return new CommitResult(null, 0, List.of());
		}
		String names = plans.stream().map(p -> p.proposal().source()).collect(Collectors.joining(", ")); //$NON-NLS-1$
		CompoundCommand command = new CompoundCommand(NLS.bind(Messages.Committer_label, names));
		for (ImportChange change : changes) {
			command.append(command(store.editingDomain(), change));
		}
		Map<Path, byte[]> previous = new LinkedHashMap<>();
		List<Path> written = writeSources(store, plans, previous);
		try {
			if (!command.canExecute()) {
				throw new ImportCommitException(NLS.bind(Messages.Committer_cannotExecute, names));
			}
			store.execute(command);
			if (store.commandStack().getUndoCommand() != command) {
				throw new ImportCommitException(NLS.bind(Messages.Committer_failed, names,
						store.commandStack().getMostRecentCommand()));
			}
		} catch (ImportCommitException | RuntimeException e) {
			restore(previous);
			if (e instanceof ImportCommitException commitFailure) {
				throw commitFailure;
			}
			throw new ImportCommitException(NLS.bind(Messages.Committer_failed, names, e.getMessage()), e);
		}
		return new CommitResult(command, changes.size(), written);
	}

	private static Command command(EditingDomain domain, ImportChange change) {
		return switch (change.kind()) {
		case ADD, LINK -> new AddCommand(domain, change.owner(), change.feature(), change.value());
		case UPDATE -> new SetCommand(domain, change.owner(), change.feature(), change.value());
		default -> throw new IllegalArgumentException("Not effective: " + change); //$NON-NLS-1$
		};
	}

	/**
	 * Writes the source text of each plan whose document is committed, unless the file already holds it;
	 * remembers what each file held before (null: absent) so a failure can restore it.
	 */
	private static List<Path> writeSources(ModelStore store, List<ImportPlan> plans, Map<Path, byte[]> previous)
			throws ImportCommitException {
		List<Path> written = new ArrayList<>();
		Set<Path> seen = new HashSet<>();
		Path root = store.workspace().root();
		for (ImportPlan plan : plans) {
			if (plan.sourcePath().isEmpty() || plan.committedChanges().isEmpty()) {
				continue;
			}
			Path target = root.resolve(plan.sourcePath().get()).normalize();
			if (!seen.add(target)) {
				restore(previous);
				throw new ImportCommitException(NLS.bind(Messages.Committer_sourceConflict, plan.sourcePath().get()));
			}
			byte[] content = plan.sourceText().getBytes(StandardCharsets.UTF_8);
			try {
				byte[] before = Files.exists(target) ? Files.readAllBytes(target) : null;
				if (before != null && Arrays.equals(before, content)) {
					continue;
				}
				previous.put(target, before);
				Files.createDirectories(target.getParent());
				AtomicFileWriter.write(target, content);
				written.add(target);
			} catch (IOException e) {
				restore(previous);
				throw new ImportCommitException(NLS.bind(Messages.Committer_sourceNotWritten,
						new Object[] { plan.proposal().source(), target, e.getMessage() }), e);
			}
		}
		return written;
	}

	private static void restore(Map<Path, byte[]> previous) {
		previous.forEach((file, content) -> {
			try {
				if (content == null) {
					Files.deleteIfExists(file);
				} else {
					AtomicFileWriter.write(file, content);
				}
			} catch (IOException e) {
				// the model is unchanged either way; a stray source file is harmless
				System.getLogger(ImportCommitter.class.getName()).log(System.Logger.Level.WARNING, e.getMessage(), e);
			}
		});
	}
}
