package org.mandateworkbench.store;

import java.util.List;

import org.eclipse.emf.ecore.EObject;

/**
 * What changed in an open model.
 *
 * @param kind            what happened
 * @param label           the command's label for command events, empty for saves
 * @param affectedObjects the objects whose features changed, plus objects added to or removed from a
 *                        containment; a removed object is no longer in the model
 *                        ({@code eResource() == null}). For a save: all objects affected since the
 *                        previous save, including changes made without a command
 * @param savedFiles      for a save, the model files written; empty otherwise
 */
public record ModelChangeEvent(Kind kind, String label, List<EObject> affectedObjects, List<String> savedFiles) {

	/** What happened to the model. */
	public enum Kind {
		/** A command was executed. */
		EXECUTE,
		/** A command was undone. */
		UNDO,
		/** A command was redone. */
		REDO,
		/** The model was saved. */
		SAVE
	}
}
