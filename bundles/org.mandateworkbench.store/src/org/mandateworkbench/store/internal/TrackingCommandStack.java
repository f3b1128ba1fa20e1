package org.mandateworkbench.store.internal;

import java.lang.System.Logger.Level;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;

/**
 * The command stack of an open model: tells a {@link Callback} when a command is executed, undone or
 * redone, so the store can report the affected objects afterwards, and logs a failing command instead
 * of printing it.
 */
public final class TrackingCommandStack extends BasicCommandStack {

	/** What the store does around each command. */
	public interface Callback {
		/** Called before the command runs. */
		void beforeCommand();

		/** Called after the command ran, even if it failed. */
		void afterCommand(String kind, Command command);
	}

	private static final System.Logger LOG = System.getLogger(TrackingCommandStack.class.getName());

	private final Callback callback;

	/** Creates the stack. */
	public TrackingCommandStack(Callback callback) {
		this.callback = callback;
	}

	@Override
	public void execute(Command command) {
		tracked("execute", command, () -> super.execute(command));
	}

	@Override
	public void undo() {
		tracked("undo", getUndoCommand(), super::undo);
	}

	@Override
	public void redo() {
		tracked("redo", getRedoCommand(), super::redo);
	}

	private void tracked(String kind, Command command, Runnable action) {
		callback.beforeCommand();
		try {
			action.run();
		} finally {
			callback.afterCommand(kind, command);
		}
	}

	@Override
	protected void handleError(Exception exception) {
		LOG.log(Level.ERROR, Messages.ModelStore_commandFailed, exception);
	}
}
