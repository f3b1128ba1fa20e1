package org.mandateworkbench.store;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.util.InternalEList;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.emf.edit.provider.resource.ResourceItemProviderAdapterFactory;
import org.eclipse.osgi.util.NLS;
import org.mandateworkbench.model.Body;
import org.mandateworkbench.model.MandateWorkspace;
import org.mandateworkbench.model.edit.provider.MandatesItemProviderAdapterFactory;
import org.mandateworkbench.model.validation.ValidationProblem;
import org.mandateworkbench.model.validation.WorkspaceValidation;
import org.mandateworkbench.store.internal.ChangeTracker;
import org.mandateworkbench.store.internal.Messages;
import org.mandateworkbench.store.internal.ModelLoader;
import org.mandateworkbench.store.internal.ModelPartitioning;
import org.mandateworkbench.store.internal.ModelResource;
import org.mandateworkbench.store.internal.ModelResourceSet;
import org.mandateworkbench.store.internal.PendingSave;
import org.mandateworkbench.store.internal.TrackingCommandStack;

/**
 * The EMF model of an open {@link Workspace}: loads it from the workspace's model folder, edits it
 * only through the command stack of one {@link AdapterFactoryEditingDomain}, saves the files that
 * changed, journals each save and tells {@link ModelChangeListener}s about every change. The file
 * layout is described in the bundle's README and in {@link ModelPartitioning}.
 * <p>
 * A store is not thread-safe: use it from one thread (the UI thread in the workbench). Closing the
 * store does not save and does not close the workspace.
 */
public final class ModelStore implements AutoCloseable {

	private static final System.Logger LOG = System.getLogger(ModelStore.class.getName());

	private final Workspace workspace;
	private final String author;
	private final ModelResource resource;
	private final MandateWorkspace root;
	private final ComposedAdapterFactory adapterFactory;
	private final TrackingCommandStack commandStack;
	private final AdapterFactoryEditingDomain editingDomain;
	private final ChangeTracker tracker;
	private final ChangeJournal journal;
	private final List<ModelChangeListener> listeners = new CopyOnWriteArrayList<>();
	private final List<JournalEntry.Operation> operationsSinceSave = new ArrayList<>();
	private final List<String> openingNotes;
	private Map<String, List<EObject>> savedMembers;
	private List<String> savedBodyFiles;
	private boolean closed;

	private ModelStore(Workspace workspace, String author, ModelResourceSet resourceSet, ModelLoader.Result loaded,
			ChangeJournal journal, List<String> notes) {
		this.workspace = workspace;
		this.author = author;
		this.resource = loaded.resource();
		this.root = loaded.root();
		this.journal = journal;
		this.openingNotes = List.copyOf(notes);
		this.savedMembers = new LinkedHashMap<>(loaded.filesOnDisk());
		this.savedBodyFiles = List.copyOf(loaded.bodyFilesOnDisk().stream().map(f -> f == null ? "" : f).toList());
		adapterFactory = new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE);
		adapterFactory.addAdapterFactory(new ResourceItemProviderAdapterFactory());
		adapterFactory.addAdapterFactory(new MandatesItemProviderAdapterFactory());
		adapterFactory.addAdapterFactory(new ReflectiveItemProviderAdapterFactory());
		commandStack = new TrackingCommandStack(new TrackingCommandStack.Callback() {
			@Override
			public void beforeCommand() {
				tracker.beginCommand();
			}

			@Override
			public void afterCommand(String kind, Command command) {
				commandDone(kind, command);
			}
		});
		editingDomain = new AdapterFactoryEditingDomain(adapterFactory, commandStack, resourceSet);
		tracker = new ChangeTracker(root, resource);
		if (loaded.rootNeedsSaving()) {
			tracker.markRootDirty();
		}
	}

	/**
	 * Opens the model of {@code workspace} with the system user name as author of the journal entries.
	 *
	 * @see #open(Workspace, String)
	 */
	public static ModelStore open(Workspace workspace) throws IOException {
		return open(workspace, System.getProperty("user.name", ""));
	}

	/**
	 * Opens the model of {@code workspace}, which must be open: finishes a save a crash interrupted,
	 * reads all model files, or starts an empty {@link MandateWorkspace} in a new workspace.
	 *
	 * @param author the name written into the journal for each save
	 * @throws WorkspaceException if a model file is damaged or the files do not fit together; the
	 *                            message names the file
	 */
	public static ModelStore open(Workspace workspace, String author) throws IOException {
		if (!workspace.isOpen()) {
			throw new IllegalStateException("The workspace is closed: " + workspace.root());
		}
		Path folder = workspace.modelFolder();
		Files.createDirectories(folder);
		List<String> notes = new ArrayList<>();
		if (PendingSave.recover(folder)) {
			notes.add(NLS.bind(Messages.ModelStore_pendingSaveFinished, folder));
		}
		ModelResourceSet resourceSet = new ModelResourceSet();
		ModelLoader.Result loaded = ModelLoader.load(folder, resourceSet);
		notes.addAll(loaded.notes());
		ChangeJournal journal = new ChangeJournal(folder.resolve(ChangeJournal.FILE_NAME));
		if (journal.open()) {
			notes.add(NLS.bind(Messages.ModelStore_journalRepaired, journal.file()));
		}
		return new ModelStore(workspace, Objects.requireNonNullElse(author, ""), resourceSet, loaded, journal, notes);
	}

	/** The workspace this model belongs to. */
	public Workspace workspace() {
		return workspace;
	}

	/** The root of the model. Change it only through {@link #execute(Command)} or the command stack. */
	public MandateWorkspace root() {
		return root;
	}

	/** The one in-memory resource holding the whole model. */
	public Resource resource() {
		return resource;
	}

	/** The editing domain; its command stack is {@link #commandStack()}. */
	public AdapterFactoryEditingDomain editingDomain() {
		return editingDomain;
	}

	/** The adapter factory of the editing domain, with the model's item providers. */
	public ComposedAdapterFactory adapterFactory() {
		return adapterFactory;
	}

	/** The command stack every edit goes through; its save point is the last save. */
	public BasicCommandStack commandStack() {
		return commandStack;
	}

	/** The journal of this workspace's saves. */
	public ChangeJournal journal() {
		return journal;
	}

	/** Who is named as author of the saves. */
	public String author() {
		return author;
	}

	/** Translated notes about the opening: an interrupted save finished, ignored files, dangling references. */
	public List<String> openingNotes() {
		return openingNotes;
	}

	/**
	 * Executes {@code command} on the command stack.
	 *
	 * @return false if the command cannot execute
	 */
	public boolean execute(Command command) {
		ensureOpen();
		if (command == null || !command.canExecute()) {
			return false;
		}
		commandStack.execute(command);
		return true;
	}

	/**
	 * Whether the model differs from the saved files: the command stack is away from its save point, or
	 * the model was changed without a command.
	 */
	public boolean isDirty() {
		return commandStack.isSaveNeeded() || tracker.changedOutsideCommand();
	}

	/**
	 * Whether the file content of the top-level object holding {@code object} differs from the saved
	 * files: a mandate is dirty when it, its status history, its actions or their responses changed;
	 * an indicator when its observations changed. It follows the command stack: undoing back to the
	 * save point makes the object clean again. For the root itself this is {@link #isDirty()}. An
	 * object removed from the model is dirty when its removal is unsaved.
	 */
	public boolean isObjectDirty(EObject object) {
		Objects.requireNonNull(object);
		EObject top = ModelPartitioning.topLevel(root, object);
		if (top == root) {
			return isDirty();
		}
		return dirtyObjects().contains(top != null ? top : EcoreUtil.getRootContainer(object));
	}

	/**
	 * The top-level objects (direct children of the root: bodies, mandates, documents, actors,
	 * indicators, instruments) that differ from the saved files, including those added or removed
	 * since the save; the root's own attributes are not among them.
	 */
	public Set<EObject> dirtyObjects() {
		Set<EObject> dirty = Collections.newSetFromMap(new IdentityHashMap<>());
		Set<EObject> byCommands = commandStack.topsAwayFromSavePoint();
		// without a reachable save point every object changed since the save counts
		dirty.addAll(byCommands != null ? byCommands : tracker.touchedTops());
		dirty.addAll(tracker.outsideTops());
		return dirty;
	}

	/**
	 * Runs the model's validator on the objects that differ from the saved files
	 * ({@link #dirtyObjects()}, each with everything it contains) and returns their problems, errors
	 * first, then warnings and infos, each group in the validator's order. A save with errors among
	 * them would write invalid data: the workbench refuses it.
	 */
	public List<ValidationProblem> validateChanges() {
		Set<EObject> dirty = dirtyObjects();
		List<ValidationProblem> problems = new ArrayList<>();
		for (EObject object : root.eContents()) {
			if (dirty.contains(object)) {
				problems.addAll(WorkspaceValidation.problemsOf(object));
			}
		}
		problems.sort(Comparator.comparing(ValidationProblem::severity).reversed());
		return problems;
	}

	/**
	 * Takes back the unsaved changes of the top-level objects holding {@code objects}, and only
	 * those: undoes the commands since the save that changed them and removes those commands from
	 * the stack; every other change stays done and undoable. Listeners hear an undo for each.
	 *
	 * @return false, having changed nothing, when their changes cannot be separated from others: a
	 *         command since the save changed them together with other objects, they were changed
	 *         without a command, or the save point was undone
	 */
	public boolean discardChanges(Collection<? extends EObject> objects) {
		ensureOpen();
		Set<EObject> group = Collections.newSetFromMap(new IdentityHashMap<>());
		for (EObject object : objects) {
			EObject top = ModelPartitioning.topLevel(root, object);
			if (top == root) {
				return false;
			}
			group.add(top != null ? top : EcoreUtil.getRootContainer(object));
		}
		if (group.stream().anyMatch(tracker.outsideTops()::contains)) {
			return false;
		}
		return commandStack.undoOnly(group);
	}

	/** Registers a listener; registering it twice makes it be called twice. */
	public void addListener(ModelChangeListener listener) {
		listeners.add(Objects.requireNonNull(listener));
	}

	/** Removes a listener. */
	public void removeListener(ModelChangeListener listener) {
		listeners.remove(listener);
	}

	/**
	 * Writes the model files whose content changed since the last save, each atomically, and all of
	 * them together or none (see {@link PendingSave}); then appends a journal entry, moves the command
	 * stack's save point and tells the listeners. If writing fails, the model stays dirty and the
	 * files keep their previous content.
	 */
	public SaveResult save() throws IOException {
		ensureOpen();
		ModelPartitioning layout = ModelPartitioning.of(root);
		Map<String, List<EObject>> current = layout.members();
		List<String> bodyFiles = root.getBodies().stream().map(layout::fileOf).toList();
		Set<String> toWrite = new TreeSet<>();
		current.forEach((file, members) -> {
			if (!members.equals(savedMembers.get(file))) {
				toWrite.add(file);
			}
		});
		for (EObject top : tracker.dirtyTops()) {
			String file = layout.fileOf(top);
			if (file != null) {
				toWrite.add(file);
			}
		}
		if (tracker.rootDirty() || !bodyFiles.equals(savedBodyFiles)) {
			toWrite.add(ModelPartitioning.WORKSPACE_FILE);
		}
		if (!tracker.idChangedTops().isEmpty()) {
			addReferrers(layout, tracker.idChangedTops(), toWrite);
		}
		List<String> toDelete = savedMembers.keySet().stream().filter(file -> !current.containsKey(file)).sorted()
				.toList();
		if (toWrite.isEmpty() && toDelete.isEmpty()) {
			markSaved(current, bodyFiles);
			return new SaveResult(List.of(), List.of(), 0);
		}
		Map<String, byte[]> writes = new TreeMap<>();
		for (String file : toWrite) {
			List<EObject> roots = file.equals(ModelPartitioning.WORKSPACE_FILE) ? List.of(root) : current.get(file);
			writes.put(file, resource.serialize(file, roots, layout));
		}
		List<JournalEntry.Operation> operations = new ArrayList<>(operationsSinceSave);
		if (tracker.changedOutsideCommand()) {
			operations.add(new JournalEntry.Operation("direct", ""));
		}
		List<JournalChange> changes = tracker.journalChanges();
		int omitted = tracker.omittedChanges();
		List<EObject> affected = tracker.affectedSinceSave();
		List<String> written = List.copyOf(toWrite);
		JournalEntry entry = journal.numbered(new JournalEntry(0, Instant.now(), author, List.copyOf(operations),
				written, toDelete, changes, omitted));
		PendingSave.apply(workspace.modelFolder(), writes, toDelete,
				Map.of(ChangeJournal.FILE_NAME, ChangeJournal.line(entry)));
		journal.appended(entry);
		markSaved(current, bodyFiles);
		fire(new ModelChangeEvent(ModelChangeEvent.Kind.SAVE, "", affected, written));
		return new SaveResult(written, toDelete, entry.sequence());
	}

	// A changed id changes the text of every reference to it, so the files holding those references
	// are rewritten too; workspace.xmi refers to every body.
	private void addReferrers(ModelPartitioning layout, Set<EObject> changedTops, Set<String> toWrite) {
		Set<EObject> targets = Collections.newSetFromMap(new IdentityHashMap<>());
		targets.addAll(changedTops);
		if (targets.stream().anyMatch(Body.class::isInstance)) {
			toWrite.add(ModelPartitioning.WORKSPACE_FILE);
		}
		for (TreeIterator<EObject> i = resource.getAllContents(); i.hasNext();) {
			EObject object = i.next();
			for (var references = ((InternalEList<EObject>) object.eCrossReferences()).basicIterator(); references
					.hasNext();) {
				EObject target = references.next();
				if (!target.eIsProxy() && targets.contains(ModelPartitioning.topLevel(root, target))) {
					String file = layout.fileOf(object);
					if (file != null) {
						toWrite.add(file);
					}
				}
			}
		}
	}

	private void markSaved(Map<String, List<EObject>> current, List<String> bodyFiles) {
		Map<String, List<EObject>> saved = new LinkedHashMap<>();
		current.forEach((file, members) -> saved.put(file, List.copyOf(members)));
		savedMembers = saved;
		savedBodyFiles = bodyFiles;
		tracker.saved();
		operationsSinceSave.clear();
		commandStack.saveIsDone();
	}

	private void commandDone(String kind, Command command) {
		if ("execute".equals(kind)) { //$NON-NLS-1$
			commandStack.recordTops(command, tracker.commandTops());
		}
		List<EObject> affected = tracker.endCommand();
		if (affected.isEmpty()) {
			return;
		}
		String label = command == null ? "" : Objects.requireNonNullElse(command.getLabel(), "");
		operationsSinceSave.add(new JournalEntry.Operation(kind, label));
		ModelChangeEvent.Kind eventKind = switch (kind) {
		case "undo" -> ModelChangeEvent.Kind.UNDO;
		case "redo" -> ModelChangeEvent.Kind.REDO;
		default -> ModelChangeEvent.Kind.EXECUTE;
		};
		fire(new ModelChangeEvent(eventKind, label, affected, List.of()));
	}

	private void fire(ModelChangeEvent event) {
		for (ModelChangeListener listener : listeners) {
			try {
				listener.modelChanged(event);
			} catch (RuntimeException | LinkageError e) {
				LOG.log(Level.ERROR, NLS.bind(Messages.ModelStore_listenerFailed, listener, event.kind()), e);
			}
		}
	}

	/** Stops tracking and releases the editing domain's adapters. Does not save. Closing twice does nothing. */
	@Override
	public void close() {
		if (closed) {
			return;
		}
		closed = true;
		listeners.clear();
		tracker.dispose();
		adapterFactory.dispose();
	}

	private void ensureOpen() {
		if (closed) {
			throw new IllegalStateException("The model store is closed: " + workspace.root());
		}
	}
}
