package org.mandateworkbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mandateworkbench.model.Mandate;
import org.mandateworkbench.model.MandateStatus;
import org.mandateworkbench.model.MandatesFactory;
import org.mandateworkbench.model.StatusChange;
import org.mandateworkbench.model.validation.ValidationProblem;
import org.mandateworkbench.store.ModelStore;
import org.mandateworkbench.store.Workspace;
import org.mandateworkbench.store.Workspaces;
import org.mandateworkbench.ui.Messages;
import org.mandateworkbench.ui.ModelSaving;

/**
 * What a refused save lists: only the errors of the unsaved objects (warnings do not refuse), each
 * with its object, at most {@link ModelSaving#LISTED_PROBLEMS} and then how many more.
 */
class ModelSavingTest {

	@TempDir
	Path folder;

	@Test
	void listsTheErrorsOfUnsavedObjectsUpToTheLimit() throws IOException {
		Messages messages = englishMessages();
		try (Workspace workspace = Workspaces.open(folder); ModelStore store = ModelStore.open(workspace)) {
			int invalid = ModelSaving.LISTED_PROBLEMS + 2;
			for (int i = 0; i < invalid; i++) {
				// without a command: the mandates are unsaved all the same
				store.root().getMandates().add(mandate("mandate-" + i, LocalDate.of(2019, 5, 1), LocalDate.of(2010, 1, 1))); //$NON-NLS-1$
			}
			store.root().getMandates().add(mandate("valid", LocalDate.of(2010, 1, 1), LocalDate.of(2019, 5, 1))); //$NON-NLS-1$

			List<ValidationProblem> errors = ModelSaving.errors(store);
			assertEquals(invalid, errors.size(), errors::toString);
			assertTrue(store.validateChanges().size() > invalid, "the mandates without source have warnings too"); //$NON-NLS-1$
			List<String> lines = ModelSaving.describe(errors, messages).lines().toList();
			assertEquals(ModelSaving.LISTED_PROBLEMS + 1, lines.size(), lines::toString);
			assertTrue(lines.getFirst().startsWith("mandate-0: "), lines.getFirst()); //$NON-NLS-1$
			assertTrue(lines.getFirst().contains(errors.getFirst().message()), lines.getFirst());
			assertEquals("... and 2 more", lines.getLast()); //$NON-NLS-1$

			store.save();
			assertEquals(List.of(), ModelSaving.errors(store), "saved objects are not checked again"); //$NON-NLS-1$
		}
	}

	private static Mandate mandate(String id, LocalDate first, LocalDate second) {
		Mandate mandate = MandatesFactory.eINSTANCE.createMandate();
		mandate.setId(id);
		mandate.getStatusChanges().add(change(first));
		mandate.getStatusChanges().add(change(second));
		return mandate;
	}

	private static StatusChange change(LocalDate date) {
		StatusChange change = MandatesFactory.eINSTANCE.createStatusChange();
		change.setDate(date);
		change.setStatus(MandateStatus.IN_PROGRESS);
		return change;
	}

	// the strings the workbench injects, read from the ui bundle's English properties
	private static Messages englishMessages() throws IOException {
		Properties strings = new Properties();
		try (InputStream in = Messages.class.getResourceAsStream("/OSGi-INF/l10n/bundle.properties")) { //$NON-NLS-1$
			assertNotNull(in, "the ui bundle's properties"); //$NON-NLS-1$
			strings.load(in);
		}
		Messages messages = new Messages();
		messages.save_problem = strings.getProperty("save_problem"); //$NON-NLS-1$
		messages.save_moreProblems = strings.getProperty("save_moreProblems"); //$NON-NLS-1$
		return messages;
	}
}
