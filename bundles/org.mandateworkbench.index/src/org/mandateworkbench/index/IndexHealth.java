package org.mandateworkbench.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.mandateworkbench.index.schema.IndexFields;

/**
 * What an index folder holds, as far as a quick look at start can tell. The look opens the latest
 * commit (Lucene then checks the headers and footers of every segment file, so truncated or foreign
 * files show up) and compares the schema version stored in the commit; asked to verify, it also
 * checksums every file with CheckIndex, which reads the whole index.
 */
public enum IndexHealth {
    /** The index opened, has the current schema version and, when verified, every checksum matched. */
    READY,
    /** The folder holds no index commit. */
    MISSING,
    /** The index was written with another schema version ({@link IndexFields#VERSION}). */
    OUTDATED,
    /** The index cannot be opened or a file failed its checksum. */
    CORRUPT;

    /** @return whether the index must be rebuilt from the model */
    public boolean needsRebuild() {
        return this != READY;
    }

    /**
     * Looks at the index in a folder without changing it.
     *
     * @param verify whether to checksum every file as well (reads the whole index)
     */
    public static IndexHealth inspect(Path folder, boolean verify) {
        if (!Files.isDirectory(folder)) {
            return MISSING;
        }
        try (Directory directory = FSDirectory.open(folder)) {
            if (!DirectoryReader.indexExists(directory)) {
                return MISSING;
            }
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                String version = reader.getIndexCommit().getUserData().get(IndexFields.VERSION_KEY);
                if (!Integer.toString(IndexFields.VERSION).equals(version)) {
                    return OUTDATED;
                }
            }
            if (verify) {
                try (CheckIndex check = new CheckIndex(directory)) {
                    check.setLevel(CheckIndex.Level.MIN_LEVEL_FOR_CHECKSUM_CHECKS);
                    return check.checkIndex().clean ? READY : CORRUPT;
                }
            }
            return READY;
        } catch (IOException | RuntimeException e) {
            // Unreadable: the model is the source of truth, so a rebuild loses nothing.
            return CORRUPT;
        }
    }
}
