package org.mandateworkbench.ingest.merge;

import java.util.HashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.mandateworkbench.model.Meeting;

/**
 * Where an import places what it reads: as each file says (its symbol's body and its meeting line), or
 * in one chosen meeting. With a chosen meeting, the documents, recommendations and attendance of every
 * file go to that meeting; a file that clearly names another meeting gives its plan a
 * {@link MeetingConflict}, and stays in the chosen meeting unless {@link #followingFile(String)} says
 * that file's own meeting wins.
 * <p>
 * Immutable; the choice for a conflicting file gives a new target.
 */
public final class ImportTarget {

	private static final ImportTarget AS_THE_FILE_SAYS = new ImportTarget(null, Set.of());

	private final Meeting meeting;
	private final Set<String> followFile;

	private ImportTarget(Meeting meeting, Set<String> followFile) {
		this.meeting = meeting;
		this.followFile = Set.copyOf(followFile);
	}

	/** Each file is placed by its own symbol and dates (File &gt; Import Documents..., {@code mwb import}). */
	public static ImportTarget asTheFileSays() {
		return AS_THE_FILE_SAYS;
	}

	/** Every file goes to this meeting, unless a conflicting file is later let follow its own meeting. */
	public static ImportTarget meeting(Meeting meeting) {
		return new ImportTarget(Objects.requireNonNull(meeting), Set.of());
	}

	/** The chosen meeting; empty when each file says where it goes. */
	public Optional<Meeting> meeting() {
		return Optional.ofNullable(meeting);
	}

	/**
	 * This target, but the file named {@code source} (the proposal's source name) that names another
	 * meeting is placed as it says.
	 */
	public ImportTarget followingFile(String source) {
		Set<String> sources = new HashSet<>(followFile);
		sources.add(Objects.requireNonNull(source));
		return new ImportTarget(meeting, sources);
	}

	/** This target, but the file named {@code source} goes to the chosen meeting even if it names another. */
	public ImportTarget keepingTarget(String source) {
		Set<String> sources = new HashSet<>(followFile);
		sources.remove(source);
		return new ImportTarget(meeting, sources);
	}

	/** Whether a conflicting file named {@code source} is placed as it says rather than in the chosen meeting. */
	public boolean followsFile(String source) {
		return meeting == null || followFile.contains(source);
	}
}
