package org.mandateworkbench.report.document;

import java.util.List;

/**
 * Items labelled (a), (b), (c) … that belong to the preceding numbered paragraph.
 *
 * @param items the item texts, without labels
 */
public record LetteredList(List<String> items) implements DocumentBlock {

    /** Copies the items. */
    public LetteredList {
        items = List.copyOf(items);
    }
}
