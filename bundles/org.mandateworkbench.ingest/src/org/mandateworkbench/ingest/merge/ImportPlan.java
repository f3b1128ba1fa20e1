package org.mandateworkbench.ingest.merge;

import java.util.List;
import java.util.Optional;

import org.mandateworkbench.ingest.proposal.ImportProposal;
import org.mandateworkbench.model.Document;

/**
 * What importing one source file would change in a workspace: the proposal it was made from, the
 * source text, and one {@link ImportChange} per proposed object, in an order in which they can be
 * applied (a container before what it contains). Made by {@link ProposalMatcher}; committed by
 * {@code org.mandateworkbench.ingest.commit.ImportCommitter}.
 *
 * @param proposal   what was read
 * @param sourceText the decoded source text; every span's offsets are into it
 * @param sourcePath where the source text is kept, relative to the workspace root
 *                   ({@code sources/...}); empty when the document has no symbol and cannot be imported
 * @param document   the document the plan adds or updates; empty without a symbol
 * @param changes    the proposed objects, in application order
 * @param problems   why parts cannot be imported (translated), besides the proposal's own problems
 * @param conflict   when the import has a chosen meeting ({@link ImportTarget}) and the file names
 *                   another: the warning and which side the plan follows; else empty
 */
public record ImportPlan(ImportProposal proposal, String sourceText, Optional<String> sourcePath,
		Optional<Document> document, List<ImportChange> changes, List<String> problems,
		Optional<MeetingConflict> conflict) {

	/** Copies the lists. */
	public ImportPlan {
		changes = List.copyOf(changes);
		problems = List.copyOf(problems);
	}

	/** The changes that would alter the workspace, accepted or not. */
	public List<ImportChange> effectiveChanges() {
		return changes.stream().filter(ImportChange::isEffective).toList();
	}

	/** The changes a commit would apply now. */
	public List<ImportChange> committedChanges() {
		return changes.stream().filter(ImportChange::willCommit).toList();
	}

	/** Whether importing would change nothing (the file was imported before, or nothing could be placed). */
	public boolean changesNothing() {
		return effectiveChanges().isEmpty();
	}

	/** How many changes are of the given kind. */
	public long count(ImportChange.Kind kind) {
		return changes.stream().filter(c -> c.kind() == kind).count();
	}
}
