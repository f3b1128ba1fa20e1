package org.mandateworkbench.ingest.commit;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.command.Command;

/**
 * What a commit did.
 *
 * @param command the one command on the store's command stack (undo takes back the whole import); null
 *                when there was nothing to change
 * @param changes how many changes it applied
 * @param sources the source text files written (files already holding the same text are not listed)
 */
public record CommitResult(Command command, int changes, List<Path> sources) {

	/** Copies the list. */
	public CommitResult {
		sources = List.copyOf(sources);
	}
}
