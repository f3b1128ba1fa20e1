package org.mandateworkbench.store.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EContentAdapter;
import org.mandateworkbench.model.MandateWorkspace;
import org.mandateworkbench.model.MandatesPackage;
import org.mandateworkbench.store.JournalChange;

/**
 * Watches every object of the model and remembers, until the next save, which top-level objects
 * (direct children of the root) changed, whether the root's own file changed, whether ids changed,
 * and which features of which objects changed for the journal. It also collects the objects affected
 * by the current command for the change events.
 */
public final class ChangeTracker extends EContentAdapter {

	/** Most changes kept per save for the journal; the rest are only counted. */
	public static final int MAX_JOURNAL_CHANGES = 500;

	private static final Set<EStructuralFeature> ROOT_FILE_FEATURES = Set.of(
			MandatesPackage.Literals.MANDATE_WORKSPACE__NAME, MandatesPackage.Literals.MANDATE_WORKSPACE__INSTRUMENTS,
			MandatesPackage.Literals.MANDATE_WORKSPACE__BODIES);

	private final MandateWorkspace root;
	private final ModelResource resource;
	private final Set<EObject> dirtyTops = Collections.newSetFromMap(new IdentityHashMap<>());
	private final Set<EObject> idChangedTops = Collections.newSetFromMap(new IdentityHashMap<>());
	private final Map<String, JournalChange> journalChanges = new LinkedHashMap<>();
	private final Set<EObject> sinceSave = new LinkedHashSet<>();
	private final Set<EObject> outsideTops = Collections.newSetFromMap(new IdentityHashMap<>());
	private final Set<EObject> touchedTops = Collections.newSetFromMap(new IdentityHashMap<>());
	private Set<EObject> batch = new LinkedHashSet<>();
	private Set<EObject> batchTops = Collections.newSetFromMap(new IdentityHashMap<>());
	private int omittedChanges;
	private boolean rootDirty;
	private boolean changedOutsideCommand;
	private boolean inCommand;

	/** Starts watching the model of {@code resource}. */
	public ChangeTracker(MandateWorkspace root, ModelResource resource) {
		this.root = root;
		this.resource = resource;
		root.eAdapters().add(this);
	}

	/** Stops watching. */
	public void dispose() {
		root.eAdapters().remove(this);
	}

	@Override
	public void notifyChanged(Notification notification) {
		super.notifyChanged(notification);
		if (notification.isTouch() || !(notification.getNotifier() instanceof EObject notifier)
				|| !(notification.getFeature() instanceof EStructuralFeature feature)
				|| notification.getEventType() == Notification.REMOVING_ADAPTER
				|| notification.getEventType() == Notification.RESOLVE) {
			return;
		}
		if (!inCommand) {
			changedOutsideCommand = true;
		}
		EObject top = ModelPartitioning.topLevel(root, notifier);
		if (top == root) {
			rootDirty |= ROOT_FILE_FEATURES.contains(feature);
			if (feature instanceof EReference reference && reference.isContainment()) {
				// a top-level object added or removed: its own file changes
				touchTops(notification.getOldValue());
				touchTops(notification.getNewValue());
			}
		} else if (top != null) {
			dirtyTops.add(top);
			touchTop(top);
		}
		if (top != null && feature instanceof EAttribute attribute && (attribute.isID() || isKeySource(attribute))) {
			idChangedTops.add(top);
			resource.invalidateIdIndex();
		}
		if (feature instanceof EReference reference && reference.isContainment()) {
			resource.invalidateIdIndex();
			collectValues(notification.getOldValue());
			collectValues(notification.getNewValue());
		}
		batch.add(notifier);
		record(notifier, feature, notification.getEventType());
	}

	// A document's id is derived from its symbol.
	private static boolean isKeySource(EAttribute attribute) {
		return attribute == MandatesPackage.Literals.DOCUMENT__SYMBOL;
	}

	private void touchTops(Object value) {
		if (value instanceof EObject object) {
			touchTop(object);
		} else if (value instanceof Collection<?> values) {
			for (Object element : values) {
				if (element instanceof EObject object) {
					touchTop(object);
				}
			}
		}
	}

	private void touchTop(EObject top) {
		touchedTops.add(top);
		(inCommand ? batchTops : outsideTops).add(top);
	}

	private void collectValues(Object value) {
		if (value instanceof EObject object) {
			batch.add(object);
		} else if (value instanceof Collection<?> values) {
			for (Object element : values) {
				if (element instanceof EObject object) {
					batch.add(object);
				}
			}
		}
	}

	private void record(EObject notifier, EStructuralFeature feature, int eventType) {
		EObject owner = notifier;
		List<String> path = new ArrayList<>();
		while (ModelPartitioning.idOf(owner) == null && owner.eContainer() != null && owner != root) {
			EStructuralFeature containment = owner.eContainingFeature();
			String segment = containment.getName();
			if (containment.isMany()) {
				segment += "[" + ((List<?>) owner.eContainer().eGet(containment)).indexOf(owner) + "]";
			}
			path.add(0, segment);
			owner = owner.eContainer();
		}
		String id = ModelPartitioning.idOf(owner);
		JournalChange change = new JournalChange(id == null ? "" : id, String.join("/", path),
				notifier.eClass().getName(), feature.getName(), kind(eventType));
		String key = change.objectId() + '\u0000' + change.path() + '\u0000' + change.feature();
		if (journalChanges.containsKey(key) || journalChanges.size() < MAX_JOURNAL_CHANGES) {
			journalChanges.put(key, change);
		} else {
			omittedChanges++;
		}
	}

	private static String kind(int eventType) {
		return switch (eventType) {
		case Notification.SET -> "set";
		case Notification.UNSET -> "unset";
		case Notification.ADD -> "add";
		case Notification.REMOVE -> "remove";
		case Notification.ADD_MANY -> "add-many";
		case Notification.REMOVE_MANY -> "remove-many";
		case Notification.MOVE -> "move";
		default -> "other";
		};
	}

	/** Marks the start of a command, undo or redo. */
	public void beginCommand() {
		inCommand = true;
		batch = new LinkedHashSet<>();
		batchTops = Collections.newSetFromMap(new IdentityHashMap<>());
	}

	/**
	 * The top-level objects (direct children of the root) the current or last command changed, added
	 * or removed; changes of the root's own attributes are not among them.
	 */
	public Set<EObject> commandTops() {
		return batchTops;
	}

	/**
	 * Top-level objects changed, added or removed since the last save by anything, including
	 * commands undone since.
	 */
	public Set<EObject> touchedTops() {
		return touchedTops;
	}

	/** Top-level objects changed, added or removed without a command since the last save. */
	public Set<EObject> outsideTops() {
		return outsideTops;
	}

	/** Marks the end of a command and returns the objects it affected. */
	public List<EObject> endCommand() {
		inCommand = false;
		List<EObject> affected = List.copyOf(batch);
		sinceSave.addAll(batch);
		batch = new LinkedHashSet<>();
		return affected;
	}

	/** The objects affected since the last save, including changes made outside commands. */
	public List<EObject> affectedSinceSave() {
		Set<EObject> all = new LinkedHashSet<>(sinceSave);
		all.addAll(batch);
		return List.copyOf(all);
	}

	/** Whether the model was changed without the command stack since the last save. */
	public boolean changedOutsideCommand() {
		return changedOutsideCommand;
	}

	/** Top-level objects changed since the last save. */
	public Set<EObject> dirtyTops() {
		return dirtyTops;
	}

	/** Top-level objects inside which an id changed since the last save. */
	public Set<EObject> idChangedTops() {
		return idChangedTops;
	}

	/** Whether the root's own file content changed. */
	public boolean rootDirty() {
		return rootDirty;
	}

	/** The changes for the journal, each feature of each object once. */
	public List<JournalChange> journalChanges() {
		return List.copyOf(journalChanges.values());
	}

	/** How many changes did not fit into {@link #journalChanges()}. */
	public int omittedChanges() {
		return omittedChanges;
	}

	/** Forgets everything recorded: the model now equals the saved files. */
	public void saved() {
		dirtyTops.clear();
		outsideTops.clear();
		touchedTops.clear();
		idChangedTops.clear();
		journalChanges.clear();
		sinceSave.clear();
		batch = new LinkedHashSet<>();
		omittedChanges = 0;
		rootDirty = false;
		changedOutsideCommand = false;
	}

	/** Marks the root's file as needing a save, e.g. after loading repaired the body list. */
	public void markRootDirty() {
		rootDirty = true;
		changedOutsideCommand = true;
	}
}
