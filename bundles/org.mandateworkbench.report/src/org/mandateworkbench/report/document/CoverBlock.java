package org.mandateworkbench.report.document;

import java.util.Objects;

/**
 * The masthead of a United Nations document: distribution, date, symbol and original language on the
 * right; body, meeting and agenda item on the left; then title and subtitle. All values are finished
 * text in the draft's language.
 *
 * @param distribution     e.g. "Distr.: General"
 * @param date             the document date or a placeholder
 * @param symbol           the document symbol or a placeholder
 * @param originalLanguage e.g. "Original: English"
 * @param bodyName         the body the document is submitted to
 * @param meetingLine      the meeting, its dates and venue
 * @param agendaItem       the agenda item line; may be empty
 * @param title            the document title
 * @param subtitle         e.g. "Note by the Secretariat"
 */
public record CoverBlock(String distribution, String date, String symbol, String originalLanguage, String bodyName,
        String meetingLine, String agendaItem, String title, String subtitle) {

    /** Rejects null values; use empty strings for absent lines. */
    public CoverBlock {
        Objects.requireNonNull(distribution, "distribution");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(symbol, "symbol");
        Objects.requireNonNull(originalLanguage, "originalLanguage");
        Objects.requireNonNull(bodyName, "bodyName");
        Objects.requireNonNull(meetingLine, "meetingLine");
        Objects.requireNonNull(agendaItem, "agendaItem");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(subtitle, "subtitle");
    }
}
