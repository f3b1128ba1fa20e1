package org.mandateworkbench.store.tests.model;

import java.nio.file.Path;

import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.mandateworkbench.model.Mandate;
import org.mandateworkbench.model.MandatesFactory;
import org.mandateworkbench.model.MandatesPackage;
import org.mandateworkbench.store.ModelStore;
import org.mandateworkbench.store.Workspace;
import org.mandateworkbench.store.Workspaces;

/**
 * Run in a child JVM by {@link CrashSafetyTest}: opens the workspace given as the only argument, prints
 * {@link #READY}, then saves numbered edits until it is killed. Edit N renames the root to
 * {@code edit-N} and adds mandate {@code crash-N}, so each save writes two files; after a save
 * returns it prints {@code committed N}.
 */
public final class CrashLoopMain {

	/** Printed once the model is open. */
	public static final String READY = "model-open";
	/** Prefix of the line printed after each save. */
	public static final String COMMITTED = "committed ";

	private CrashLoopMain() {
	}

	public static void main(String[] args) throws Exception {
		try (Workspace workspace = Workspaces.open(Path.of(args[0])); ModelStore store = ModelStore.open(workspace)) {
			System.out.println(READY);
			System.out.flush();
			for (int n = store.root().getMandates().size() + 1;; n++) {
				Mandate mandate = MandatesFactory.eINSTANCE.createMandate();
				mandate.setId("crash-" + n);
				CompoundCommand edit = new CompoundCommand("Edit " + n);
				edit.append(SetCommand.create(store.editingDomain(), store.root(),
						MandatesPackage.Literals.MANDATE_WORKSPACE__NAME, "edit-" + n));
				edit.append(AddCommand.create(store.editingDomain(), store.root(),
						MandatesPackage.Literals.MANDATE_WORKSPACE__MANDATES, mandate));
				store.execute(edit);
				store.save();
				System.out.println(COMMITTED + n);
				System.out.flush();
			}
		}
	}
}
