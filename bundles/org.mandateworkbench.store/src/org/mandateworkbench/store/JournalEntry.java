package org.mandateworkbench.store;

import java.time.Instant;
import java.util.List;

/**
 * One save, as recorded in the {@link ChangeJournal}.
 *
 * @param sequence       number of the save, counting from 1 in each workspace
 * @param time           when the save was made
 * @param author         who saved: the name given to the store, by default the system user name
 * @param operations     the commands executed, undone and redone since the previous save, oldest first
 * @param writtenFiles   model files written, relative to the model folder
 * @param deletedFiles   model files deleted
 * @param changes        the changed objects and features, each once, in the order first changed
 * @param omittedChanges how many further changes were left out to keep the entry small
 */
public record JournalEntry(long sequence, Instant time, String author, List<Operation> operations,
		List<String> writtenFiles, List<String> deletedFiles, List<JournalChange> changes, int omittedChanges) {

	/**
	 * A command applied to the model.
	 *
	 * @param kind  {@code execute}, {@code undo}, {@code redo} or {@code direct} for changes made
	 *              outside the command stack
	 * @param label the command's label, possibly empty
	 */
	public record Operation(String kind, String label) {
	}

	/** Whether this save changed the object with the given id or something inside it. */
	public boolean touches(String objectId) {
		return changes.stream().anyMatch(change -> change.objectId().equals(objectId));
	}
}
