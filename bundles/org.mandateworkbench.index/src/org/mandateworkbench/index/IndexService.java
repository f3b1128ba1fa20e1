package org.mandateworkbench.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.stream.Stream;

import org.apache.lucene.document.Document;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.MultiBits;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.emf.ecore.EObject;
import org.mandateworkbench.index.query.SearchQueryParser;
import org.mandateworkbench.index.query.SearchRequest;
import org.mandateworkbench.index.query.SearchResult;
import org.mandateworkbench.index.query.TwinText;
import org.mandateworkbench.index.query.SearchService;
import org.mandateworkbench.index.schema.IndexFields;
import org.mandateworkbench.model.MandateWorkspace;
import org.mandateworkbench.store.ModelChangeEvent;
import org.mandateworkbench.store.ModelChangeListener;
import org.mandateworkbench.store.ModelStore;

/**
 * Keeps the search index of a workspace (its index/ folder) in step with the model. On opening, an
 * index that is missing, has another schema version, cannot be opened or, when asked, fails its
 * checksums ({@link IndexHealth}) is deleted and rebuilt from the model: the units are added (not
 * updated by id) on two threads with a larger RAM buffer.
 * {@link #update(MandateWorkspace)} re-derives the units, rewrites only those whose content changed
 * (update by id term; a stored SHA-256 of each unit's fields tells which changed, also across
 * sessions), deletes units gone from the model and commits.
 * <p>
 * As a {@link ModelChangeListener} it follows every command, undo and redo near-real-time: the
 * changed units are written and the searcher is refreshed from the writer (no commit, no fsync), so a
 * change is searchable as soon as the listener returns. Saves of the model and {@link #close()}
 * commit. An edit inside a recommendation or resolution paragraph rewrites that
 * unit only; other changes re-derive all units (about 4 s for 20,000 units here), of which only
 * changed ones are re-analyzed.
 */
public final class IndexService implements ModelChangeListener, AutoCloseable {

    /**
     * RAM buffer of the writer while it builds a new index: fewer, larger segments to flush and merge.
     * Afterwards the writer goes back to Lucene's default, enough for edits.
     */
    static final double REBUILD_RAM_BUFFER_MB = 128;
    /** Threads that analyze and write the units of a new index (IndexWriter is thread-safe). */
    static final int REBUILD_THREADS = 2;
    /** Sources of units ({@link WorkspaceDocuments#sources}) the model thread derives at a time during a rebuild. */
    private static final int REBUILD_SLICE = 128;

    private final Path folder;
    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final Map<String, String> fingerprints = new HashMap<>();
    private final IndexHealth health;
    private int changesOnOpen;
    /** True until the first units are written into an index created empty. */
    private boolean rebuilding;
    private MandateWorkspace model;
    private ModelStore store;
    private volatile FacetStateCache facetCache;

    private IndexService(Path folder, IndexHealth health, MandateWorkspace model) throws IOException {
        this.folder = folder;
        this.health = health;
        if (health.needsRebuild()) {
            deleteIndexFiles(folder);
        }
        this.directory = FSDirectory.open(folder);
        IndexWriterConfig config = new IndexWriterConfig(IndexFields.indexAnalyzer());
        config.setOpenMode(health.needsRebuild() ? IndexWriterConfig.OpenMode.CREATE : IndexWriterConfig.OpenMode.APPEND);
        if (health.needsRebuild()) {
            config.setRAMBufferSizeMB(REBUILD_RAM_BUFFER_MB);
        }
        IndexWriter opened;
        try {
            opened = new IndexWriter(directory, config);
        } catch (IOException | RuntimeException e) {
            directory.close();
            throw e;
        }
        this.writer = opened;
        this.searchers = new SearcherManager(writer, null);
        this.model = model;
        this.rebuilding = health.needsRebuild();
        if (!rebuilding) {
            readFingerprints();
        }
    }

    /**
     * Opens (and if needed rebuilds) the index in a folder and brings it up to date with the model.
     *
     * @param verify whether to checksum every file of an existing index (reads it all: slow on big indexes)
     * @throws IOException when the folder cannot be written
     */
    public static IndexService open(Path folder, MandateWorkspace model, boolean verify) throws IOException {
        return open(folder, model, verify, false, Runnable::run, new NullProgressMonitor());
    }

    /**
     * Deletes the index in a folder, whatever its state, and builds it anew from the model.
     *
     * @throws IOException when the folder cannot be written
     */
    public static IndexService rebuild(Path folder, MandateWorkspace model) throws IOException {
        return open(folder, model, false, true, Runnable::run, new NullProgressMonitor());
    }

    /**
     * Opens the index in a folder, rebuilding it when it is missing, outdated, corrupt or when asked,
     * and brings it up to date with the model, reporting progress per unit written. Meant for a
     * background job: the model is only read on {@code modelThread} (EMF models are not thread-safe);
     * analysis and writing run on the calling thread, or for a rebuild on {@link #REBUILD_THREADS}
     * writer threads while the model thread derives the next units.
     *
     * @param verify       whether to checksum every file of an existing index
     * @param forceRebuild whether to rebuild whatever the state of the index
     * @param modelThread  runs the reading of the model, e.g. the UI thread; {@code Runnable::run} when
     *                     the caller owns the model
     * @param monitor      progress and cancellation; when cancelled, nothing is committed (a rebuild
     *                     cancelled leaves no index, so the next start builds it again) and
     *                     {@link OperationCanceledException} is thrown
     * @throws IOException when the folder cannot be written
     */
    public static IndexService open(Path folder, MandateWorkspace model, boolean verify, boolean forceRebuild,
            Executor modelThread, IProgressMonitor monitor) throws IOException {
        SubMonitor progress = SubMonitor.convert(monitor, Messages.Index_opening, 100);
        Files.createDirectories(folder);
        IndexHealth health = forceRebuild ? IndexHealth.OUTDATED : IndexHealth.inspect(folder, verify);
        if (health.needsRebuild()) {
            progress.setTaskName(Messages.Index_rebuilding);
        }
        progress.worked(5);
        IndexService service = new IndexService(folder, health, model);
        try {
            service.changesOnOpen = service.update(model, modelThread, progress.split(95));
            return service;
        } catch (IOException | RuntimeException e) {
            service.rollback();
            throw e;
        }
    }

    /**
     * Opens the index of a model store's workspace and registers for its change events. Closing the
     * service unregisters it; close it before the store.
     */
    public static IndexService attach(ModelStore store) throws IOException {
        IndexService service = open(store.workspace().indexFolder(), store.root(), false);
        service.listenTo(store);
        return service;
    }

    /**
     * Registers for the change events of a store (its model must be the one the index was opened
     * with); {@link #close()} unregisters. Call on the thread that changes the model.
     */
    public void listenTo(ModelStore changes) {
        changes.addListener(this);
        this.store = changes;
    }

    /** @return what opening found in the index folder; anything but READY meant a rebuild */
    public IndexHealth health() {
        return health;
    }

    /** @return whether opening found no usable index and rebuilt it */
    public boolean wasRebuilt() {
        return health.needsRebuild();
    }

    /** @return the number of units written or deleted to bring the index up to date when it was opened */
    public int changesOnOpen() {
        return changesOnOpen;
    }

    /** @return the index folder */
    public Path folder() {
        return folder;
    }

    /**
     * Brings the index up to date with the model after a change, near-real-time: only the edited
     * units when every affected object lies inside a self-contained unit (see
     * {@link WorkspaceDocuments#forChange}), else by re-deriving the whole workspace; then refreshes
     * the searcher. A save commits.
     */
    @Override
    public void modelChanged(ModelChangeEvent event) {
        try {
            // A save also lists changes made without a command, so it is applied like a command first.
            if (changeUnits(event.affectedObjects()) > 0) {
                refresh();
            }
            if (event.kind() == ModelChangeEvent.Kind.SAVE) {
                commit();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Rewrites the units the objects affect: only theirs when self-contained, else all that changed. */
    private int changeUnits(List<EObject> affected) throws IOException {
        Map<String, Document> documents = new LinkedHashMap<>();
        for (EObject object : affected) {
            Optional<Map<String, Document>> unit = WorkspaceDocuments.forChange(model, object);
            if (unit.isEmpty()) {
                return apply(WorkspaceDocuments.build(model), true, SubMonitor.convert(null));
            }
            documents.putAll(unit.get());
        }
        return apply(documents, false, SubMonitor.convert(null));
    }

    /** Re-derives all units near-real-time (no commit), for changes the listener did not see. */
    void catchUp() throws IOException {
        apply(WorkspaceDocuments.build(model), true, SubMonitor.convert(null));
        refresh();
    }

    /**
     * Re-derives the units of the model, writes the changed ones, deletes the removed ones and commits.
     *
     * @return the number of units written or deleted
     */
    public int update(MandateWorkspace workspace) throws IOException {
        return update(workspace, Runnable::run, new NullProgressMonitor());
    }

    private int update(MandateWorkspace workspace, Executor modelThread, IProgressMonitor monitor) throws IOException {
        SubMonitor progress = SubMonitor.convert(monitor, 100);
        this.model = workspace;
        int changes;
        if (rebuilding) {
            changes = rebuild(workspace, modelThread, progress.split(95));
        } else {
            Map<String, Document> documents = ModelThread.call(modelThread, () -> WorkspaceDocuments.build(workspace), progress);
            progress.worked(5);
            changes = apply(documents, true, progress.split(90));
        }
        progress.checkCanceled();
        commit();
        return changes;
    }

    /**
     * Writes every unit into the new, empty index: added, not updated by id (there is nothing to
     * replace, and buffered delete terms would be looked up in every flushed segment). The model
     * thread derives the units {@link #REBUILD_SLICE} sources at a time while {@link UnitWriter}'s
     * threads analyze and add the previous ones, so the units of a large workspace are never all in
     * memory. Progress is reported and cancellation checked per slice.
     */
    private synchronized int rebuild(MandateWorkspace workspace, Executor modelThread, SubMonitor monitor)
            throws IOException {
        List<EObject> sources = ModelThread.call(modelThread, () -> WorkspaceDocuments.sources(workspace), monitor);
        monitor.setWorkRemaining(sources.size() + 1);
        int threads = Runtime.getRuntime().availableProcessors() > 1 ? REBUILD_THREADS : 1;
        try (UnitWriter units = new UnitWriter(writer, threads)) {
            for (int start = 0; start < sources.size(); start += REBUILD_SLICE) {
                List<EObject> slice = sources.subList(start, Math.min(sources.size(), start + REBUILD_SLICE));
                units.add(ModelThread.call(modelThread, () -> WorkspaceDocuments.build(slice), monitor).entrySet());
                monitor.split(slice.size());
            }
            fingerprints.putAll(units.finish());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OperationCanceledException();
        }
        rebuilding = false;
        writer.getConfig().setRAMBufferSizeMB(IndexWriterConfig.DEFAULT_RAM_BUFFER_SIZE_MB);
        return fingerprints.size();
    }

    /** Writes the changed documents and, when asked, deletes units that are not among them. */
    private synchronized int apply(Map<String, Document> documents, boolean deleteOthers, SubMonitor monitor)
            throws IOException {
        monitor.setWorkRemaining(documents.size() + 1);
        int changes = 0;
        for (Map.Entry<String, Document> entry : documents.entrySet()) {
            monitor.split(1);
            String fingerprint = UnitFingerprint.of(entry.getValue());
            if (!fingerprint.equals(fingerprints.get(entry.getKey()))) {
                entry.getValue().add(UnitFingerprint.storedField(fingerprint));
                writer.updateDocument(new Term(IndexFields.ID, entry.getKey()), entry.getValue());
                fingerprints.put(entry.getKey(), fingerprint);
                changes++;
            }
        }
        if (deleteOthers) {
            for (String id : List.copyOf(fingerprints.keySet())) {
                if (!documents.containsKey(id)) {
                    writer.deleteDocuments(new Term(IndexFields.ID, id));
                    fingerprints.remove(id);
                    changes++;
                }
            }
        }
        return changes;
    }

    private void refresh() throws IOException {
        searchers.maybeRefreshBlocking();
    }

    private synchronized void commit() throws IOException {
        writer.setLiveCommitData(Map.of(IndexFields.VERSION_KEY, Integer.toString(IndexFields.VERSION)).entrySet());
        writer.commit();
        searchers.maybeRefreshBlocking();
    }

    /** Drops what was written since the last commit and closes everything. */
    private void rollback() {
        try (directory; searchers) {
            writer.rollback();
        } catch (IOException | RuntimeException e) {
            // Already failing; the first failure is the one reported.
        }
    }

    /**
     * Searches the current index.
     *
     * @throws IOException when the index cannot be read
     */
    public SearchResult search(String text, int limit) throws IOException {
        return search(SearchRequest.of(text, limit));
    }

    /**
     * Searches the current index as requested (order, drill-downs); safe to call from any thread.
     *
     * @throws IOException when the index cannot be read
     */
    public SearchResult search(SearchRequest request) throws IOException {
        var searcher = searchers.acquire();
        try {
            return service(searcher.getIndexReader()).search(request);
        } finally {
            searchers.release(searcher);
        }
    }

    /**
     * Finds the other language's version of a hit (see {@link SearchService#twin}).
     *
     * @throws IOException when the index cannot be read
     */
    public Optional<TwinText> twin(String unitId, String fromLanguage) throws IOException {
        var searcher = searchers.acquire();
        try {
            return service(searcher.getIndexReader()).twin(unitId, fromLanguage);
        } finally {
            searchers.release(searcher);
        }
    }

    private SearchService service(IndexReader reader) {
        FacetStateCache cache = facetCache;
        if (cache == null || cache.reader() != reader) {
            cache = new FacetStateCache(reader, SearchService.facetState(reader));
            facetCache = cache;
        }
        return new SearchService(reader, new SearchQueryParser(), cache.state());
    }

    /** Facet ordinals of the last reader searched: building them costs more than most searches. */
    private record FacetStateCache(IndexReader reader, SortedSetDocValuesReaderState state) {
    }

    /** @return the number of units in the index */
    public int size() throws IOException {
        var searcher = searchers.acquire();
        try {
            return searcher.getIndexReader().numDocs();
        } finally {
            searchers.release(searcher);
        }
    }

    /** Unregisters from the store, commits what changed since the last save and closes the index. */
    @Override
    public void close() throws IOException {
        if (store != null) {
            store.removeListener(this);
        }
        try (directory; writer; searchers) {
            if (writer.hasUncommittedChanges()) {
                commit();
            }
        }
    }

    /**
     * SHA-256 of the names and values of the unit's fields. Field types are left out: they change only
     * with the schema version, which rebuilds the index anyway. (Digesting {@code Document.toString()},
     * which spells out every field's type, cost two to three times as much.)
     */
    private void readFingerprints() throws IOException {
        try (DirectoryReader reader = DirectoryReader.open(writer)) {
            Bits live = MultiBits.getLiveDocs(reader);
            StoredFields stored = reader.storedFields();
            for (int doc = 0; doc < reader.maxDoc(); doc++) {
                if (live == null || live.get(doc)) {
                    Document document = stored.document(doc);
                    fingerprints.put(document.get(IndexFields.ID), UnitFingerprint.stored(document));
                }
            }
        }
    }

    private static void deleteIndexFiles(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.delete(file);
            }
        }
    }
}
