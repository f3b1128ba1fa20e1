package org.mandateworkbench.index.evaluation;

import java.util.Optional;

/**
 * A document to import before the judged queries run.
 *
 * @param line   the line of the judgments file, for messages
 * @param file   the file name inside the seed folder
 * @param symbol the symbol to import it under when the document prints none, as a user enters it by hand
 */
public record SeedDocument(int line, String file, Optional<String> symbol) {
}
