package org.mandateworkbench.report.noteverbale;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.mandateworkbench.model.Mandate;
import org.mandateworkbench.report.document.BodyAssembler;
import org.mandateworkbench.report.document.LetteredList;
import org.mandateworkbench.report.document.ReportDocument;
import org.mandateworkbench.report.format.DraftLanguage;

/**
 * Drafts a note verbale from the Secretariat asking all States parties for information on the topics
 * of the chosen mandates, with the reply deadline: opening with the mandates, the topics as a lettered
 * list, the deadline, the closing courtesy. The reference is left as a placeholder for the registry.
 * <p>
 * Use: {@code new NoteVerbaleDraftBuilder(mandates, date, deadline, DraftLanguage.EN).build()}.
 */
public final class NoteVerbaleDraftBuilder {

    private final List<Mandate> mandates;
    private final LocalDate date;
    private final LocalDate deadline;
    private final NoteVerbaleParts parts;

    /**
     * @param mandates the mandates the note asks about, at least one
     * @param date     the date of the note
     * @param deadline the date replies are requested by
     * @param language the draft language
     */
    public NoteVerbaleDraftBuilder(List<Mandate> mandates, LocalDate date, LocalDate deadline, DraftLanguage language) {
        if (mandates.isEmpty()) {
            throw new IllegalArgumentException("a note verbale needs at least one mandate"); //$NON-NLS-1$
        }
        this.mandates = List.copyOf(mandates);
        this.date = Objects.requireNonNull(date, "date"); //$NON-NLS-1$
        this.deadline = Objects.requireNonNull(deadline, "deadline"); //$NON-NLS-1$
        this.parts = new NoteVerbaleParts(language);
    }

    /** The mandates' topics without repetition, in mandate order. */
    public List<String> topics() {
        Set<String> topics = new LinkedHashSet<>();
        mandates.forEach(m -> topics.addAll(m.getTopics()));
        return List.copyOf(topics);
    }

    /** @return the drafted note */
    public ReportDocument build() {
        List<String> topics = topics();
        BodyAssembler body = new BodyAssembler(parts.language);
        body.paragraph(parts.wording.text("request.opening", parts.mandateReference(mandates)));
        if (!topics.isEmpty()) {
            body.add(new LetteredList(topics.stream().map(parts::topicName).toList()));
        }
        body.paragraph(parts.wording.text("request.deadline", parts.date(deadline)));
        body.paragraph(parts.wording.text("closing"));
        return body.toDocument(parts.cover(date, null, parts.wording.text("cover.toAll"), topics,
                parts.wording.text("cover.subtitleRequest", parts.date(deadline))));
    }
}
