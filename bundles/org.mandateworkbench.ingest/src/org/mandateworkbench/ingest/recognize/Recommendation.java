package org.mandateworkbench.ingest.recognize;

/**
 * One lettered item of a recommendations paragraph.
 *
 * @param start     offset of the item marker
 * @param end       offset after the item text
 * @param paragraph the paragraph number
 * @param letter    the item letter
 * @param addressee who is asked to act
 * @param text      the item text without the marker
 */
public record Recommendation(int start, int end, int paragraph, char letter, Addressee addressee, String text) {
}
