package org.mandateworkbench.index;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import org.mandateworkbench.index.schema.UnitIds;
import org.mandateworkbench.ingest.segment.DocumentSegmenter;
import org.mandateworkbench.ingest.segment.Segmentation;
import org.mandateworkbench.model.LanguageVersion;

/**
 * Where the unit of a footnote or an unnumbered passage of a document begins in its language
 * version's text, found by the segmentation {@link WorkspaceDocuments} cut the units with, so that
 * opening the unit can show that place. A numbered paragraph is found by its number instead, unless
 * its number came twice and its id carries its place.
 */
public final class DocumentUnitOffsets {

    private static final DocumentSegmenter SEGMENTER = new DocumentSegmenter();

    private DocumentUnitOffsets() {
    }

    /**
     * @param version the language version the unit comes from
     * @param unitId  the unit's id
     * @return the offset in the version's text, empty for the text before the first paragraph, a
     *         paragraph found by its number, a place that is no longer there or another kind of unit
     */
    public static OptionalInt of(LanguageVersion version, String unitId) {
        String text = version.getText();
        if (text == null) {
            return OptionalInt.empty();
        }
        OptionalInt repeated = placeInId(UnitIds.paragraph(unitId).or(() -> UnitIds.footnote(unitId)));
        if (repeated.isPresent()) {
            return repeated.getAsInt() <= text.length() ? repeated : OptionalInt.empty();
        }
        Optional<String> marker = UnitIds.footnote(unitId);
        if (marker.isPresent()) {
            return SEGMENTER.segment(text).footnotes().stream().filter(f -> f.marker().equals(marker.get()))
                    .mapToInt(Segmentation.Footnote::start).findFirst();
        }
        Optional<Integer> ordinal = UnitIds.passage(unitId);
        if (ordinal.isPresent()) {
            List<Segmentation.Passage> passages = SEGMENTER.segment(text).passages();
            int index = ordinal.get() - 1;
            return index >= 0 && index < passages.size() ? OptionalInt.of(passages.get(index).start()) : OptionalInt.empty();
        }
        return OptionalInt.empty();
    }

    /** The start a paragraph number or footnote marker seen twice carries after a dash (12-480). */
    private static OptionalInt placeInId(Optional<String> label) {
        if (label.isEmpty()) {
            return OptionalInt.empty();
        }
        int dash = label.get().lastIndexOf('-');
        if (dash < 0) {
            return OptionalInt.empty();
        }
        try {
            return OptionalInt.of(Integer.parseInt(label.get().substring(dash + 1)));
        } catch (NumberFormatException e) {
            return OptionalInt.empty();
        }
    }
}
