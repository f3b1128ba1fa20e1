package org.mandateworkbench.report.document;

import java.util.List;
import java.util.Objects;

import org.mandateworkbench.report.format.DraftLanguage;

/**
 * A draft document independent of its output format: a cover block and the body blocks in reading
 * order. Render it with {@link DocxRenderer} or {@link HtmlRenderer}.
 *
 * @param language the draft language (sets the language tag of the output)
 * @param cover    the masthead
 * @param blocks   the body
 */
public record ReportDocument(DraftLanguage language, CoverBlock cover, List<DocumentBlock> blocks) {

    /** Copies the blocks. */
    public ReportDocument {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(cover, "cover");
        blocks = List.copyOf(blocks);
    }
}
