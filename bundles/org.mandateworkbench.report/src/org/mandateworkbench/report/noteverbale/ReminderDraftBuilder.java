package org.mandateworkbench.report.noteverbale;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.mandateworkbench.model.Mandate;
import org.mandateworkbench.model.NoteVerbale;
import org.mandateworkbench.model.State;
import org.mandateworkbench.model.progress.NoteVerbaleProgress;
import org.mandateworkbench.report.document.BodyAssembler;
import org.mandateworkbench.report.document.LetteredList;
import org.mandateworkbench.report.document.ReportDocument;
import org.mandateworkbench.report.format.DraftLanguage;

/**
 * Drafts a reminder of a note verbale, addressed to the States that had not replied by the reminder's
 * date ({@link NoteVerbaleProgress#outstanding()}): reference to the original note, the outstanding
 * States as a lettered list, the request, the closing courtesy. When every State has replied the draft
 * says so instead of listing anyone.
 */
public final class ReminderDraftBuilder {

    private final NoteVerbale note;
    private final LocalDate date;
    private final NoteVerbaleParts parts;
    private LocalDate deadline;

    /**
     * @param note     the note verbale to remind the States of
     * @param date     the date of the reminder; replies received after it do not count
     * @param language the draft language
     */
    public ReminderDraftBuilder(NoteVerbale note, LocalDate date, DraftLanguage language) {
        this.note = Objects.requireNonNull(note, "note"); //$NON-NLS-1$
        this.date = Objects.requireNonNull(date, "date"); //$NON-NLS-1$
        this.parts = new NoteVerbaleParts(language);
    }

    /** Asks for replies by this date instead of "at the earliest opportunity". */
    public ReminderDraftBuilder deadline(LocalDate replyBy) {
        this.deadline = replyBy;
        return this;
    }

    /** @return the States to remind, in workspace order */
    public List<State> outstanding() {
        return NoteVerbaleProgress.of(note, date).outstanding();
    }

    /** @return the drafted reminder */
    public ReportDocument build() {
        List<String> topics = note.getTopics().isEmpty() ? mandate().<List<String>> map(Mandate::getTopics).orElse(List.of())
                : note.getTopics();
        List<State> outstanding = outstanding();
        BodyAssembler body = new BodyAssembler(parts.language);
        String noteDate = note.getDate() == null ? "" : parts.date(note.getDate());
        String topicList = parts.topicEnumeration(topics);
        body.paragraph(note.getReference() == null || note.getReference().isBlank()
                ? parts.wording.text("reminder.openingWithoutReference", noteDate, topicList)
                : parts.wording.text("reminder.opening", note.getReference(), noteDate, topicList));
        if (outstanding.isEmpty()) {
            body.paragraph(parts.wording.text("reminder.noneOutstanding", parts.date(date)));
        } else {
            body.paragraph(parts.wording.text("reminder.outstanding", parts.date(date)));
            body.add(new LetteredList(outstanding.stream().map(this::listedName).toList()));
            body.paragraph(deadline == null ? parts.wording.text("reminder.request")
                    : parts.wording.text("reminder.requestBy", parts.date(deadline)));
        }
        body.paragraph(parts.wording.text("closing"));
        return body.toDocument(parts.cover(date, note.getReference(), parts.wording.text("cover.toOutstanding"), topics,
                parts.wording.text("cover.subtitleReminder")));
    }

    // In a list the name stands alone, without the article it takes in running text.
    private String listedName(State state) {
        String name = parts.texts.of(state.getName());
        return name.isEmpty() ? state.getIsoCode() : name;
    }

    private Optional<Mandate> mandate() {
        return note.eContainer() instanceof Mandate mandate ? Optional.of(mandate) : Optional.empty();
    }
}
