package org.mandateworkbench.report.document;

import java.util.Objects;

/**
 * A section heading.
 *
 * @param level   1 for chapters ("I.", "一."), 2 for sections ("A.")
 * @param numeral the label shown before the text, e.g. "II." or "A."; may be empty
 * @param text    the heading text
 */
public record Heading(int level, String numeral, String text) implements DocumentBlock {

    /** @throws IllegalArgumentException unless the level is 1 or 2 */
    public Heading {
        if (level < 1 || level > 2) {
            throw new IllegalArgumentException("Heading level must be 1 or 2, not " + level);
        }
        Objects.requireNonNull(numeral, "numeral");
        Objects.requireNonNull(text, "text");
    }
}
