package org.mandateworkbench.store.internal;

import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;

/**
 * The command stack of an open model: tells a {@link Callback} when a command is executed, undone or
 * redone, so the store can report the affected objects afterwards, and logs a failing command instead
 * of printing it. It also keeps which top-level objects each command changed, so that it can tell
 * which of them differ from the save point and undo the commands of some of them alone.
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
	// weak: commands dropped from the stack are forgotten with it
	private final Map<Command, Set<EObject>> topsOf = new WeakHashMap<>();

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

	/** Remembers the top-level objects {@code command} changed when it was executed. */
	public void recordTops(Command command, Set<EObject> tops) {
		if (command != null) {
			Set<EObject> copy = Collections.newSetFromMap(new IdentityHashMap<>());
			copy.addAll(tops);
			topsOf.put(command, copy);
		}
	}

	/**
	 * The top-level objects changed by the commands between the save point and the current top of
	 * the stack (executed since the save, or undone past it); null when that is not known because
	 * the save point can no longer be reached or a command there was not recorded.
	 */
	public Set<EObject> topsAwayFromSavePoint() {
		if (saveIndex < -1) {
			return null;
		}
		Set<EObject> tops = Collections.newSetFromMap(new IdentityHashMap<>());
		for (int index = Math.min(saveIndex, top) + 1; index <= Math.max(saveIndex, top); index++) {
			Set<EObject> changed = topsOf.get(commandList.get(index));
			if (changed == null) {
				return null;
			}
			tops.addAll(changed);
		}
		return tops;
	}

	/**
	 * Undoes the commands executed since the save point that changed objects of {@code group}, and
	 * only those, newest first, and removes them from the stack; the other commands stay done and
	 * undoable. Commands of different top-level objects change disjoint parts of the model, so they
	 * can be undone out of order. A redo list that would redo changes of the group is dropped.
	 *
	 * @return false, having changed nothing, when a command since the save point changed objects both
	 *         inside and outside the group or cannot be undone, or the save point is not below the top
	 */
	public boolean undoOnly(Set<EObject> group) {
		if (saveIndex < -1 || saveIndex > top) {
			return false;
		}
		List<Integer> own = new ArrayList<>();
		for (int index = saveIndex + 1; index <= top; index++) {
			Command command = commandList.get(index);
			Set<EObject> changed = topsOf.get(command);
			if (changed == null) {
				return false;
			}
			if (changed.stream().anyMatch(group::contains)) {
				if (!group.containsAll(changed) || !command.canUndo()) {
					return false;
				}
				own.add(index);
			}
		}
		for (int index : own.reversed()) {
			Command command = commandList.get(index);
			tracked("undo", command, command::undo); //$NON-NLS-1$
			commandList.remove(index);
			top--;
			mostRecentCommand = command;
		}
		boolean redoTouchesGroup = commandList.subList(top + 1, commandList.size()).stream()
				.map(topsOf::get).anyMatch(changed -> changed == null || changed.stream().anyMatch(group::contains));
		if (redoTouchesGroup) {
			commandList.subList(top + 1, commandList.size()).clear();
		}
		notifyListeners();
		return true;
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
