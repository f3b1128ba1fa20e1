package org.mandateworkbench.ui;

import java.util.List;

import org.eclipse.e4.ui.model.application.ui.MUIElement;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.emf.ecore.EObject;

/**
 * How an editor part tells other parts what it edits: the editor puts the edited model object into
 * its {@code MPart}'s transient data under {@link #TRANSIENT_KEY}. The navigator reads it to follow
 * the active editor. Editors are found again by a key of the edited object in their persisted state.
 */
public final class EditorInput {

	/** Key of the edited {@code EObject} in an editor part's transient data. */
	public static final String TRANSIENT_KEY = "org.mandateworkbench.ui.editorInput"; //$NON-NLS-1$

	private EditorInput() {
	}

	/**
	 * @return the part made from the descriptor under {@code root} whose persisted state holds
	 *         {@code value} under {@code stateKey}, or null
	 */
	public static MPart find(EModelService models, MUIElement root, String descriptor, String stateKey, String value) {
		List<MPart> parts = models.findElements(root, descriptor, MPart.class);
		return parts.stream().filter(p -> value.equals(p.getPersistedState().get(stateKey))).findFirst().orElse(null);
	}

	/** @return a new part from the descriptor, keyed by {@code value} under {@code stateKey}, editing {@code input} */
	public static MPart create(EPartService parts, String descriptor, String stateKey, String value, EObject input) {
		MPart part = parts.createPart(descriptor);
		part.getPersistedState().put(stateKey, value);
		part.getTransientData().put(TRANSIENT_KEY, input);
		return part;
	}
}
