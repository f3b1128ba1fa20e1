package org.mandateworkbench.ui;

import org.mandateworkbench.store.ModelChangeListener;
import org.mandateworkbench.store.ModelStore;

/**
 * A part's listener on the workspace model it currently shows: moves the listener when another
 * model is injected and removes it when the part goes away.
 */
public final class ModelSubscription {

	private final ModelChangeListener listener;
	private ModelStore model;

	public ModelSubscription(ModelChangeListener listener) {
		this.listener = listener;
	}

	/** Listens to {@code loaded} (may be null) instead of the model before. */
	public void follow(ModelStore loaded) {
		close();
		model = loaded;
		if (model != null) {
			model.addListener(listener);
		}
	}

	/** The model followed, or null. */
	public ModelStore model() {
		return model;
	}

	/** Stops listening. */
	public void close() {
		if (model != null) {
			model.removeListener(listener);
		}
	}
}
