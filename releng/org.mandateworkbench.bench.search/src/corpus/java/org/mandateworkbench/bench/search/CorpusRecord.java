package org.mandateworkbench.bench.search;

import java.time.LocalDate;
import java.util.List;

/**
 * One paragraph of the synthetic corpus, in one language: a line of corpus.tsv. Both benchmark
 * modules read it, so the three engines index the same text and the same metadata.
 *
 * @param id         unique id, e.g. p0000042
 * @param kind       recommendation or resolution-paragraph
 * @param language   en or zh
 * @param symbol     the document symbol as written, e.g. CAC/COSP/EG.1/2019/2
 * @param paragraph  paragraph number in the document
 * @param letter     sub-paragraph letter of a recommendation, empty when none
 * @param body       body acronym, e.g. COSP
 * @param bodyPrefix symbol prefix of the body, e.g. CAC/COSP
 * @param meeting    meeting key, e.g. eg1-8
 * @param date       date of the document
 * @param resolution number of the resolution a paragraph belongs to (7/1), empty for recommendations
 * @param addressee  secretariat, states-parties or empty
 * @param states     ISO alpha-3 codes of the States the text names
 * @param text       the paragraph text
 */
public record CorpusRecord(String id, String kind, String language, String symbol, int paragraph, String letter,
        String body, String bodyPrefix, String meeting, LocalDate date, String resolution, String addressee,
        List<String> states, String text) {

    /** Kind of a recommendation paragraph. */
    public static final String RECOMMENDATION = "recommendation";
    /** Kind of an operative paragraph of a resolution. */
    public static final String RESOLUTION_PARAGRAPH = "resolution-paragraph";

    private static final int COLUMNS = 14;

    /** @return the record as one TSV line (no tabs or line breaks occur in the values) */
    public String toLine() {
        return String.join("\t", id, kind, language, symbol, Integer.toString(paragraph), letter, body, bodyPrefix,
                meeting, date.toString(), resolution, addressee, String.join(",", states), text);
    }

    /**
     * @param line a line written by {@link #toLine()}
     * @throws IllegalArgumentException naming the line number when the line has not the expected columns
     */
    public static CorpusRecord parse(long number, String line) {
        String[] c = line.split("\t", -1);
        if (c.length != COLUMNS) {
            throw new IllegalArgumentException(
                    "corpus line " + number + ": expected " + COLUMNS + " tab-separated columns, found " + c.length);
        }
        return new CorpusRecord(c[0], c[1], c[2], c[3], Integer.parseInt(c[4]), c[5], c[6], c[7], c[8],
                LocalDate.parse(c[9]), c[10], c[11], c[12].isEmpty() ? List.of() : List.of(c[12].split(",")), c[13]);
    }
}
