package org.mandateworkbench.ingest.recognize;

/**
 * A citation of a treaty article.
 *
 * @param start     offset of the first character
 * @param end       offset after the last character
 * @param article   the article number
 * @param paragraph the paragraph number, 0 when none is cited
 */
public record ArticleReference(int start, int end, int article, int paragraph) {
}
