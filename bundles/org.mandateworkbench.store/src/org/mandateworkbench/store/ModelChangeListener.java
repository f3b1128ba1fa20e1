package org.mandateworkbench.store;

/**
 * Told about changes of an open model: after each command is executed, undone or redone, and after
 * each save. Called on the thread that changed or saved the model. An exception thrown by a listener
 * is logged and does not reach the caller or the other listeners.
 */
@FunctionalInterface
public interface ModelChangeListener {

	/** Called after the change described by {@code event}. */
	void modelChanged(ModelChangeEvent event);
}
