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
 * @param agendaDocument   the symbol of the agenda document, cited in the asterisked footnote on the agenda
 *                         item line; may be empty
 */
public record CoverBlock(String distribution, String date, String symbol, String originalLanguage, String bodyName,
        String meetingLine, String agendaItem, String title, String subtitle, String agendaDocument) {

    /** The asterisk that marks the agenda item line and its footnote, as in United Nations documents. */
    public static final String AGENDA_MARK = "*";

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
        Objects.requireNonNull(agendaDocument, "agendaDocument");
    }

    /** A cover without an agenda document footnote. */
    public CoverBlock(String distribution, String date, String symbol, String originalLanguage, String bodyName,
            String meetingLine, String agendaItem, String title, String subtitle) {
        this(distribution, date, symbol, originalLanguage, bodyName, meetingLine, agendaItem, title, subtitle, "");
    }

    /** @return whether the agenda item line carries the asterisked footnote naming the agenda document */
    public boolean hasAgendaFootnote() {
        return !agendaItem.isEmpty() && !agendaDocument.isEmpty();
    }

    /** @return the text of the asterisked footnote, e.g. "CAC/COSP/EG.1/2018/1." */
    public String agendaFootnote() {
        return agendaDocument + ".";
    }
}
