package org.mandateworkbench.ui;

import java.io.IOException;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.mandateworkbench.model.validation.ValidationProblem;
import org.mandateworkbench.store.ModelStore;

/**
 * Saving the workspace model from the workbench: the model's validator runs first on every object
 * that differs from the saved files, and a save that would write errors is refused with the
 * validator's messages, never with a stack trace. Warnings do not stop a save.
 */
public final class ModelSaving {

	/** Most problems listed in a dialog; the rest are counted. */
	public static final int LISTED_PROBLEMS = 10;

	private ModelSaving() {
	}

	/** The validator's errors in the unsaved objects of {@code store}; empty when it may be saved. */
	public static List<ValidationProblem> errors(ModelStore store) {
		return store.validateChanges().stream().filter(p -> p.severity() == ValidationProblem.Severity.ERROR)
				.toList();
	}

	/**
	 * One line per problem, "object: message", at most {@link #LISTED_PROBLEMS} of them and then how
	 * many more there are.
	 */
	public static String describe(List<ValidationProblem> problems, Messages messages) {
		String listed = problems.stream().limit(LISTED_PROBLEMS)
				.map(p -> p.objectLabel().isEmpty() ? p.message() : NLS.bind(messages.save_problem, p.objectLabel(), p.message()))
				.collect(Collectors.joining("\n")); //$NON-NLS-1$
		return problems.size() <= LISTED_PROBLEMS ? listed
				: listed + '\n' + NLS.bind(messages.save_moreProblems, problems.size() - LISTED_PROBLEMS);
	}

	/**
	 * Saves {@code store} unless its unsaved objects have errors; the errors, or a failure to write,
	 * are shown in a dialog over {@code shell}.
	 *
	 * @return whether the model was saved
	 */
	public static boolean saveOrExplain(ModelStore store, Shell shell, Messages messages) {
		List<ValidationProblem> errors = errors(store);
		if (!errors.isEmpty()) {
			MessageDialog.openError(shell, messages.save_refusedTitle,
					NLS.bind(messages.save_refused, describe(errors, messages)));
			return false;
		}
		try {
			store.save();
			return true;
		} catch (IOException e) {
			MessageDialog.openError(shell, messages.save_failedTitle, e.getMessage());
			return false;
		}
	}

	/**
	 * Asks what to do with unsaved changes before the workbench closes: save them (when they are
	 * valid), quit without saving them, or cancel. Without unsaved changes it asks nothing.
	 *
	 * @return whether the workbench may close
	 */
	public static boolean confirmExit(ModelStore store, Shell shell, Messages messages) {
		if (store == null || !store.isDirty()) {
			return true;
		}
		List<ValidationProblem> errors = errors(store);
		if (!errors.isEmpty()) {
			int choice = new MessageDialog(shell, messages.exit_title, null,
					NLS.bind(messages.exit_invalid, describe(errors, messages)), MessageDialog.ERROR, 1,
					messages.exit_quitWithoutSaving, messages.exit_cancel).open();
			return choice == 0;
		}
		int choice = new MessageDialog(shell, messages.exit_title, null, messages.exit_question,
				MessageDialog.QUESTION, 0, messages.exit_save, messages.exit_quitWithoutSaving, messages.exit_cancel)
				.open();
		return switch (choice) {
		case 0 -> saveOrExplain(store, shell, messages);
		case 1 -> true;
		default -> false;
		};
	}
}
