package org.mandateworkbench.store;

import java.util.List;

/**
 * What a {@link ModelStore#save()} did.
 *
 * @param writtenFiles model files written, relative to the model folder
 * @param deletedFiles model files deleted because their objects are gone
 * @param sequence     the journal sequence number of this save, 0 if there was nothing to save
 */
public record SaveResult(List<String> writtenFiles, List<String> deletedFiles, long sequence) {

	/** Whether anything was written. */
	public boolean savedAnything() {
		return sequence > 0;
	}
}
