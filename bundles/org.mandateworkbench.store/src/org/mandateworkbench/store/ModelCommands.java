package org.mandateworkbench.store;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.mandateworkbench.model.MandateWorkspace;
import org.mandateworkbench.model.MandatesPackage;

/** Commands that apply a whole detached model to a store, so that it is one undoable edit. */
public final class ModelCommands {

	private ModelCommands() {
	}

	/**
	 * Moves everything contained in {@code source} into the store's root and takes over its name.
	 * {@code source} is left empty once the command has executed.
	 */
	public static CompoundCommand addAll(ModelStore store, MandateWorkspace source, String label) {
		CompoundCommand command = new CompoundCommand(label);
		command.append(SetCommand.create(store.editingDomain(), store.root(),
				MandatesPackage.Literals.MANDATE_WORKSPACE__NAME, source.getName()));
		for (EReference list : MandatesPackage.Literals.MANDATE_WORKSPACE.getEAllContainments()) {
			@SuppressWarnings("unchecked")
			List<EObject> values = new ArrayList<>((List<EObject>) source.eGet(list));
			if (!values.isEmpty()) {
				command.append(AddCommand.create(store.editingDomain(), store.root(), list, values));
			}
		}
		return command;
	}
}
