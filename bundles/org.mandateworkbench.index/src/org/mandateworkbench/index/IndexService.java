package org.mandateworkbench.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.CheckIndex;
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
import org.eclipse.emf.ecore.EObject;
import org.mandateworkbench.index.query.SearchQueryParser;
import org.mandateworkbench.index.query.SearchResult;
import org.mandateworkbench.index.query.SearchService;
import org.mandateworkbench.index.schema.IndexFields;
import org.mandateworkbench.model.MandateWorkspace;
import org.mandateworkbench.store.ModelChangeEvent;
import org.mandateworkbench.store.ModelChangeListener;
import org.mandateworkbench.store.ModelStore;

/**
 * Keeps the search index of a workspace (its index/ folder) in step with the model. On opening, an
 * index that is missing, has another schema version ({@link IndexFields#VERSION} in the commit user
 * data), cannot be opened or, when asked, fails CheckIndex is deleted and rebuilt from the model.
 * {@link #update(MandateWorkspace)} re-derives the units, rewrites only those whose content changed
 * (update by id term; a stored SHA-256 of each unit's fields tells which changed, also across
 * sessions), deletes units gone from the model and commits. As a {@link ModelChangeListener}
 * it updates after every command, undo, redo and save.
 * <p>
 * An edit inside a recommendation, resolution paragraph or language version rewrites that unit only;
 * other changes re-derive all units (about 4 s for 20,000 units here), of which only changed ones
 * are re-analyzed.
 */
public final class IndexService implements ModelChangeListener, AutoCloseable {

    private final Path folder;
    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final FacetsConfig facetsConfig = IndexFields.facetsConfig();
    private final Map<String, String> fingerprints = new HashMap<>();
    private final boolean rebuilt;
    private final int changesOnOpen;
    private MandateWorkspace model;
    private ModelStore store;
    private volatile FacetStateCache facetCache;

    private IndexService(Path folder, boolean verify, boolean forceRebuild, MandateWorkspace model)
            throws IOException {
        this.folder = folder;
        Files.createDirectories(folder);
        boolean usable = !forceRebuild && isUsable(folder, verify);
        if (!usable) {
            deleteIndexFiles(folder);
        }
        this.rebuilt = !usable;
        this.directory = FSDirectory.open(folder);
        IndexWriterConfig config = new IndexWriterConfig(IndexFields.indexAnalyzer());
        config.setOpenMode(usable ? IndexWriterConfig.OpenMode.APPEND : IndexWriterConfig.OpenMode.CREATE);
        this.writer = new IndexWriter(directory, config);
        this.searchers = new SearcherManager(writer, null);
        this.model = model;
        if (usable) {
            readFingerprints();
        }
        this.changesOnOpen = update(model);
    }

    /**
     * Opens (and if needed rebuilds) the index in a folder and brings it up to date with the model.
     *
     * @param verify whether to run CheckIndex on an existing index (reads every file: slow on big indexes)
     * @throws IOException when the folder cannot be written
     */
    public static IndexService open(Path folder, MandateWorkspace model, boolean verify) throws IOException {
        return new IndexService(folder, verify, false, model);
    }

    /**
     * Deletes the index in a folder, whatever its state, and builds it anew from the model.
     *
     * @throws IOException when the folder cannot be written
     */
    public static IndexService rebuild(Path folder, MandateWorkspace model) throws IOException {
        return new IndexService(folder, false, true, model);
    }

    /**
     * Opens the index of a model store's workspace and registers for its change events. Closing the
     * service unregisters it; close it before the store.
     */
    public static IndexService attach(ModelStore store) throws IOException {
        IndexService service = open(store.workspace().indexFolder(), store.root(), false);
        store.addListener(service);
        service.store = store;
        return service;
    }

    /** @return whether opening found no usable index and rebuilt it */
    public boolean wasRebuilt() {
        return rebuilt;
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
     * Brings the index up to date with the model after a change: only the edited units when every
     * affected object lies inside a self-contained unit (see {@link WorkspaceDocuments#forChange}),
     * else by re-deriving the whole workspace.
     */
    @Override
    public void modelChanged(ModelChangeEvent event) {
        try {
            Map<String, Document> documents = new LinkedHashMap<>();
            for (EObject object : event.affectedObjects()) {
                Optional<Map<String, Document>> unit = WorkspaceDocuments.forChange(model, object);
                if (unit.isEmpty()) {
                    update(model);
                    return;
                }
                documents.putAll(unit.get());
            }
            write(documents);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Re-derives the units of the model, writes the changed ones, deletes the removed ones and commits.
     *
     * @return the number of units written or deleted
     */
    public synchronized int update(MandateWorkspace workspace) throws IOException {
        this.model = workspace;
        Map<String, Document> documents = WorkspaceDocuments.build(workspace);
        int changes = writeChanged(documents);
        for (String id : List.copyOf(fingerprints.keySet())) {
            if (!documents.containsKey(id)) {
                writer.deleteDocuments(new Term(IndexFields.ID, id));
                fingerprints.remove(id);
                changes++;
            }
        }
        commit();
        return changes;
    }

    private synchronized void write(Map<String, Document> documents) throws IOException {
        if (writeChanged(documents) > 0) {
            commit();
        }
    }

    private int writeChanged(Map<String, Document> documents) throws IOException {
        int changes = 0;
        for (Map.Entry<String, Document> entry : documents.entrySet()) {
            String fingerprint = fingerprint(entry.getValue());
            if (!fingerprint.equals(fingerprints.get(entry.getKey()))) {
                entry.getValue().add(new StoredField(IndexFields.FINGERPRINT, fingerprint));
                writer.updateDocument(new Term(IndexFields.ID, entry.getKey()), facetsConfig.build(entry.getValue()));
                fingerprints.put(entry.getKey(), fingerprint);
                changes++;
            }
        }
        return changes;
    }

    private void commit() throws IOException {
        writer.setLiveCommitData(Map.of(IndexFields.VERSION_KEY, Integer.toString(IndexFields.VERSION)).entrySet());
        writer.commit();
        searchers.maybeRefreshBlocking();
    }

    /**
     * Searches the current index.
     *
     * @throws IOException when the index cannot be read
     */
    public SearchResult search(String text, int limit) throws IOException {
        var searcher = searchers.acquire();
        try {
            IndexReader reader = searcher.getIndexReader();
            FacetStateCache cache = facetCache;
            if (cache == null || cache.reader() != reader) {
                cache = new FacetStateCache(reader, SearchService.facetState(reader));
                facetCache = cache;
            }
            return new SearchService(reader, new SearchQueryParser(), cache.state()).search(text, limit);
        } finally {
            searchers.release(searcher);
        }
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

    @Override
    public void close() throws IOException {
        if (store != null) {
            store.removeListener(this);
        }
        searchers.close();
        writer.close();
        directory.close();
    }

    private static String fingerprint(Document document) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256") //$NON-NLS-1$
                    .digest(document.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private void readFingerprints() throws IOException {
        try (DirectoryReader reader = DirectoryReader.open(writer)) {
            Bits live = MultiBits.getLiveDocs(reader);
            StoredFields stored = reader.storedFields();
            for (int doc = 0; doc < reader.maxDoc(); doc++) {
                if (live == null || live.get(doc)) {
                    Document document = stored.document(doc);
                    String fingerprint = document.get(IndexFields.FINGERPRINT);
                    fingerprints.put(document.get(IndexFields.ID), fingerprint == null ? "" : fingerprint); //$NON-NLS-1$
                }
            }
        }
    }

    private static boolean isUsable(Path folder, boolean verify) {
        try (Directory dir = FSDirectory.open(folder)) {
            if (!DirectoryReader.indexExists(dir)) {
                return false;
            }
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                String version = reader.getIndexCommit().getUserData().get(IndexFields.VERSION_KEY);
                if (!Integer.toString(IndexFields.VERSION).equals(version)) {
                    return false;
                }
            }
            if (verify) {
                try (CheckIndex check = new CheckIndex(dir)) {
                    return check.checkIndex().clean;
                }
            }
            return true;
        } catch (IOException | RuntimeException e) {
            // Unreadable or corrupt: the model is the source of truth, so rebuilding loses nothing.
            return false;
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
