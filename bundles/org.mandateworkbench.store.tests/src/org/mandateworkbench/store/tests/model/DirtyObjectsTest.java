package org.mandateworkbench.store.tests.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mandateworkbench.model.Indicator;
import org.mandateworkbench.model.Mandate;
import org.mandateworkbench.model.MandateStatus;
import org.mandateworkbench.model.MandatesFactory;
import org.mandateworkbench.model.MandatesPackage.Literals;
import org.mandateworkbench.model.NoteVerbale;
import org.mandateworkbench.model.Observation;
import org.mandateworkbench.model.StatusChange;
import org.mandateworkbench.model.validation.ValidationProblem;
import org.mandateworkbench.store.ModelStore;
import org.mandateworkbench.store.Workspace;
import org.mandateworkbench.store.Workspaces;

/**
 * Which top-level objects differ from the saved files ({@code isObjectDirty(EObject)},
 * {@code dirtyObjects()}), following undo and redo; validation of the unsaved objects only; and
 * taking back the changes of one mandate while the others stay.
 */
class DirtyObjectsTest {

	@TempDir
	Path folder;

	@Test
	void onlyTheEditedMandateIsDirtyAndUndoToTheSavePointCleansIt() throws IOException {
		saveSampleWithSecondMandate();
		try (Workspace workspace = Workspaces.open(folder); ModelStore store = ModelStore.open(workspace)) {
			Mandate first = mandate(store, "mandate-1");
			Mandate second = mandate(store, "mandate-2");
			NoteVerbale note = (NoteVerbale) first.getActions().get(0);
			assertFalse(store.isObjectDirty(first));
			assertFalse(store.isObjectDirty(second));

			store.execute(status(store, second, MandateStatus.COMPLETED));
			assertTrue(store.isObjectDirty(second));
			assertFalse(store.isObjectDirty(first), "another mandate's edit leaves this one clean");
			assertFalse(store.isObjectDirty(note), "an action is dirty with its mandate only");
			assertEquals(Set.of(second), store.dirtyObjects());

			store.execute(SetCommand.create(store.editingDomain(), note.getResponses().get(0),
					Literals.STATE_RESPONSE__RECEIVED_DATE, LocalDate.of(2018, 3, 20)));
			assertTrue(store.isObjectDirty(first), "a changed response makes its mandate dirty");
			assertTrue(store.isObjectDirty(note.getResponses().get(0)));

			store.commandStack().undo();
			assertFalse(store.isObjectDirty(first), "undo back to the save point cleans the mandate");
			assertTrue(store.isObjectDirty(second));
			store.commandStack().redo();
			assertTrue(store.isObjectDirty(first));

			store.save();
			assertFalse(store.isObjectDirty(first));
			assertFalse(store.isObjectDirty(second));
			assertEquals(Set.of(), store.dirtyObjects());

			store.commandStack().undo();
			assertTrue(store.isObjectDirty(first), "undoing past the save point makes the mandate differ from its file");
			assertFalse(store.isObjectDirty(second));
			store.commandStack().redo();
			assertFalse(store.isObjectDirty(first), "redo back to the save point");
		}
	}

	@Test
	void indicatorsRootAndChangesWithoutCommandAreTrackedByTheirOwnObject() throws IOException {
		saveSampleWithSecondMandate();
		try (Workspace workspace = Workspaces.open(folder); ModelStore store = ModelStore.open(workspace)) {
			Mandate first = mandate(store, "mandate-1");
			Indicator indicator = store.root().getIndicators().get(0);
			Observation observation = MandatesFactory.eINSTANCE.createObservation();
			observation.setDate(LocalDate.of(2019, 1, 1));
			store.execute(AddCommand.create(store.editingDomain(), indicator, Literals.INDICATOR__OBSERVATIONS, observation));
			assertTrue(store.isObjectDirty(indicator));
			assertTrue(store.isObjectDirty(observation));
			assertFalse(store.isObjectDirty(first), "the indicator has a file of its own");

			store.execute(SetCommand.create(store.editingDomain(), store.root(), Literals.MANDATE_WORKSPACE__NAME, "Renamed"));
			assertTrue(store.isObjectDirty(store.root()), "the root is dirty when anything is");
			assertEquals(Set.of(indicator), store.dirtyObjects(), "the root's attributes are no top-level object");

			first.setDueDate(LocalDate.of(2020, 1, 1));
			assertTrue(store.isObjectDirty(first), "a change without a command");
			store.commandStack().undo();
			store.commandStack().undo();
			assertTrue(store.isObjectDirty(first), "undo does not reach a change made without a command");
			assertFalse(store.isObjectDirty(indicator));
		}
	}

	@Test
	void addedAndRemovedMandatesAreDirty() throws IOException {
		saveSampleWithSecondMandate();
		try (Workspace workspace = Workspaces.open(folder); ModelStore store = ModelStore.open(workspace)) {
			Mandate second = mandate(store, "mandate-2");
			Mandate third = MandatesFactory.eINSTANCE.createMandate();
			third.setId("mandate-3");
			store.execute(AddCommand.create(store.editingDomain(), store.root(), Literals.MANDATE_WORKSPACE__MANDATES, third));
			assertTrue(store.isObjectDirty(third));
			assertFalse(store.isObjectDirty(second));
			store.execute(RemoveCommand.create(store.editingDomain(), store.root(), Literals.MANDATE_WORKSPACE__MANDATES, second));
			assertTrue(store.isObjectDirty(second), "a removal is unsaved");
			store.save();
			assertFalse(store.isObjectDirty(third));
			assertFalse(store.isObjectDirty(second));
		}
	}

	@Test
	void withTheSavePointLostEveryObjectChangedSinceTheSaveStaysDirty() throws IOException {
		saveSampleWithSecondMandate();
		try (Workspace workspace = Workspaces.open(folder); ModelStore store = ModelStore.open(workspace)) {
			Mandate first = mandate(store, "mandate-1");
			Mandate second = mandate(store, "mandate-2");
			store.execute(status(store, first, MandateStatus.COMPLETED));
			store.save();
			store.commandStack().undo();
			store.execute(status(store, second, MandateStatus.COMPLETED));
			assertTrue(store.isObjectDirty(first), "its saved state can no longer be reached by undo");
			assertTrue(store.isObjectDirty(second));
		}
	}

	@Test
	void validationLooksOnlyAtUnsavedObjects() throws IOException {
		saveSampleWithSecondMandate();
		try (Workspace workspace = Workspaces.open(folder); ModelStore store = ModelStore.open(workspace)) {
			Mandate first = mandate(store, "mandate-1");
			Mandate second = mandate(store, "mandate-2");
			store.execute(history(store, second, LocalDate.of(2019, 5, 1), LocalDate.of(2010, 1, 1)));
			List<ValidationProblem> problems = store.validateChanges();
			assertEquals(ValidationProblem.Severity.ERROR, problems.getFirst().severity(), problems::toString);
			assertEquals("Mandate.statusHistoryOrdered", problems.getFirst().ruleId());
			assertEquals("mandate-2", problems.getFirst().objectUriFragment());
			// saved as it is (the store itself does not refuse), it no longer counts for the next save
			store.save();
			store.execute(status(store, first, MandateStatus.COMPLETED));
			assertTrue(store.validateChanges().stream().noneMatch(p -> p.severity() == ValidationProblem.Severity.ERROR),
					() -> store.validateChanges().toString());
		}
	}

	@Test
	void discardingOneMandateUndoesItsCommandsAndKeepsTheOthers() throws IOException {
		saveSampleWithSecondMandate();
		try (Workspace workspace = Workspaces.open(folder); ModelStore store = ModelStore.open(workspace)) {
			Mandate first = mandate(store, "mandate-1");
			Mandate second = mandate(store, "mandate-2");
			store.execute(history(store, first, LocalDate.of(2019, 5, 1), LocalDate.of(2010, 1, 1)));
			store.execute(status(store, second, MandateStatus.COMPLETED));
			store.execute(status(store, first, MandateStatus.DISCONTINUED));
			List<String> heard = new java.util.ArrayList<>();
			store.addListener(event -> heard.add(event.kind().name()));

			assertTrue(store.discardChanges(List.of(first)));
			assertEquals(List.of("UNDO", "UNDO"), heard);
			assertEquals(MandateStatus.IN_PROGRESS, first.getStatus());
			assertTrue(first.getStatusChanges().isEmpty());
			assertFalse(store.isObjectDirty(first));
			assertEquals(MandateStatus.COMPLETED, second.getStatus(), "the other mandate keeps its change");
			assertTrue(store.isObjectDirty(second));
			assertTrue(store.validateChanges().isEmpty());

			store.commandStack().undo();
			assertEquals(MandateStatus.IN_PROGRESS, second.getStatus(), "the other change is still undoable");
			assertFalse(store.isDirty());
			assertFalse(store.commandStack().canUndo());
		}
	}

	@Test
	void discardingRefusesChangesMixedWithOtherObjects() throws IOException {
		saveSampleWithSecondMandate();
		try (Workspace workspace = Workspaces.open(folder); ModelStore store = ModelStore.open(workspace)) {
			Mandate first = mandate(store, "mandate-1");
			Mandate second = mandate(store, "mandate-2");
			CompoundCommand both = new CompoundCommand("Both");
			both.append(status(store, first, MandateStatus.COMPLETED));
			both.append(status(store, second, MandateStatus.COMPLETED));
			store.execute(both);
			assertFalse(store.discardChanges(List.of(first)));
			assertEquals(MandateStatus.COMPLETED, first.getStatus(), "nothing was undone");
			assertTrue(store.discardChanges(List.of(first, second)), "together they can be discarded");
			assertFalse(store.isDirty());
		}
	}

	private void saveSampleWithSecondMandate() throws IOException {
		try (Workspace workspace = Workspaces.open(folder); ModelStore store = ModelStore.open(workspace)) {
			store.execute(SampleModel.addAll(store, SampleModel.create()));
			Mandate second = MandatesFactory.eINSTANCE.createMandate();
			second.setId("mandate-2");
			second.setTitle(SampleModel.text("Second mandate"));
			second.setStatus(MandateStatus.IN_PROGRESS);
			second.getSourceRecommendations().add(store.root().getMandates().get(0).getSourceRecommendations().get(0));
			store.execute(AddCommand.create(store.editingDomain(), store.root(), Literals.MANDATE_WORKSPACE__MANDATES, second));
			store.save();
		}
	}

	private static Mandate mandate(ModelStore store, String id) {
		return store.root().getMandates().stream().filter(m -> id.equals(m.getId())).findFirst().orElseThrow();
	}

	private static Command status(ModelStore store, Mandate mandate, MandateStatus status) {
		return SetCommand.create(store.editingDomain(), mandate, Literals.MANDATE__STATUS, status);
	}

	/** Two status changes, the second dated before the first when the dates say so: an error. */
	private static Command history(ModelStore store, Mandate mandate, LocalDate first, LocalDate second) {
		return AddCommand.create(store.editingDomain(), mandate, Literals.MANDATE__STATUS_CHANGES,
				List.of(change(first), change(second)));
	}

	private static StatusChange change(LocalDate date) {
		StatusChange change = MandatesFactory.eINSTANCE.createStatusChange();
		change.setDate(date);
		change.setStatus(MandateStatus.IN_PROGRESS);
		return change;
	}
}
