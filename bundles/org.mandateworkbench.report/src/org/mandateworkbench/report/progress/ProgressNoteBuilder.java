package org.mandateworkbench.report.progress;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.mandateworkbench.model.AgendaItem;
import org.mandateworkbench.model.Body;
import org.mandateworkbench.model.Document;
import org.mandateworkbench.model.DocumentType;
import org.mandateworkbench.model.Mandate;
import org.mandateworkbench.model.MandateAction;
import org.mandateworkbench.model.MandateStatus;
import org.mandateworkbench.model.MandateWorkspace;
import org.mandateworkbench.model.Meeting;
import org.mandateworkbench.model.NoteVerbale;
import org.mandateworkbench.model.ReportedToMeeting;
import org.mandateworkbench.model.StateResponse;
import org.mandateworkbench.model.progress.MandateStatusQuery;
import org.mandateworkbench.report.document.BodyAssembler;
import org.mandateworkbench.report.document.CoverBlock;
import org.mandateworkbench.report.document.Footnote;
import org.mandateworkbench.report.document.LetteredList;
import org.mandateworkbench.report.document.ReportDocument;
import org.mandateworkbench.report.format.CountFormatter;
import org.mandateworkbench.report.format.DraftDateFormatter;
import org.mandateworkbench.report.format.DraftLanguage;
import org.mandateworkbench.report.format.DraftWording;
import org.mandateworkbench.report.format.EnumerationFormatter;
import org.mandateworkbench.report.format.ModelTexts;

/**
 * Drafts the Secretariat's note on progress in implementing the mandates reported to a meeting, as the
 * model stood on an "as of" date: cover block (the agenda item with an asterisked footnote naming the
 * provisional agenda); I. Introduction (where each mandate comes from, the notes
 * verbales and how many replies had arrived); one chapter per mandate (its status then and the Secretariat's actions, then
 * the States' information per topic); Indicators; Conclusions (placeholder). Only actions, notes,
 * replies and observations dated on or before the date count; undated ones cannot be placed in time and
 * are left out.
 * <p>
 * Use: {@code new ProgressNoteBuilder(workspace, meeting, asOf, DraftLanguage.EN).build()}, then render
 * the result with a {@code DocxRenderer} or {@code HtmlRenderer}.
 */
public final class ProgressNoteBuilder {

    /** Base name of the progress note's wording, which also names the topics for other drafts. */
    public static final String WORDING = "org.mandateworkbench.report.progress.wording";

    private final MandateWorkspace workspace;
    private final Meeting meeting;
    private final LocalDate asOf;
    private final DraftLanguage language;
    private final DraftWording wording;
    private final ModelTexts texts;
    private List<Mandate> mandates;
    private String symbol;

    /** Prepares a note for the meeting, covering by default the mandates of {@link #defaultMandates()}. */
    public ProgressNoteBuilder(MandateWorkspace workspace, Meeting meeting, LocalDate asOf, DraftLanguage language) {
        this.workspace = Objects.requireNonNull(workspace, "workspace");
        this.meeting = Objects.requireNonNull(meeting, "meeting");
        this.asOf = Objects.requireNonNull(asOf, "asOf");
        this.language = Objects.requireNonNull(language, "language");
        this.wording = DraftWording.of(WORDING, language);
        this.texts = new ModelTexts(language);
    }

    /** Covers exactly these mandates, in this order, instead of the default ones. */
    public ProgressNoteBuilder mandates(List<Mandate> chosen) {
        this.mandates = List.copyOf(chosen);
        return this;
    }

    /** Sets the note's own symbol; without it the cover shows a placeholder such as "CAC/COSP/EG.1/YYYY/…". */
    public ProgressNoteBuilder symbol(String documentSymbol) {
        this.symbol = documentSymbol;
        return this;
    }

    /**
     * The workspace's mandates that report to the meeting: those whose {@code reportTo} is the meeting
     * or that have an action recording a report to it (a mandate may since have moved on to a later
     * meeting), in workspace order.
     */
    public List<Mandate> defaultMandates() {
        return workspace.getMandates().stream().filter(m -> m.getReportTo() == meeting || m.getActions().stream()
                .anyMatch(a -> a instanceof ReportedToMeeting r && r.getMeeting() == meeting)).toList();
    }

    /** @return the drafted note */
    public ReportDocument build() {
        List<Mandate> covered = mandates != null ? mandates : defaultMandates();
        BodyAssembler body = new BodyAssembler(language);
        introduction(body, covered);
        for (Mandate mandate : covered) {
            mandateChapter(body, mandate);
        }
        new IndicatorTable(workspace, covered, asOf, language, wording).addTo(body);
        body.chapter(wording.text("heading.conclusions"));
        body.paragraph(wording.text("conclusions.placeholder"));
        return body.toDocument(cover(covered));
    }

    private CoverBlock cover(List<Mandate> covered) {
        Body organ = meeting.getBody();
        String bodyName = organ == null ? "" : texts.of(organ.getName());
        String prefix = organ == null || organ.getSymbolPrefix() == null ? "" : organ.getSymbolPrefix();
        String shownSymbol = symbol != null ? symbol : wording.text("cover.symbolPlaceholder", prefix);
        Optional<AgendaItem> item = agendaItem(covered);
        String agendaLine = item.map(i -> wording.text("cover.agendaItem", i.getNumber(), texts.of(i.getTitle())))
                .orElse("");
        return new CoverBlock(wording.text("cover.distribution"), date(asOf), shownSymbol, wording.text("cover.original"),
                bodyName, meetingLine(), agendaLine, wording.text("cover.title", texts.midSentence(bodyName)),
                wording.text("cover.subtitle"), item.flatMap(this::agendaDocument).orElse(""));
    }

    /** The meeting's provisional agenda: preferably the one listing the item, else any of the meeting's. */
    private Optional<String> agendaDocument(AgendaItem item) {
        List<Document> agendas = workspace.getDocuments().stream()
                .filter(d -> d.getType() == DocumentType.PROVISIONAL_AGENDA && d.getMeeting() == meeting
                        && d.getSymbol() != null)
                .toList();
        return agendas.stream().filter(d -> d.getAgendaItems().contains(item)).findFirst()
                .or(() -> agendas.stream().findFirst()).map(d -> d.getSymbol().toString());
    }

    private String meetingLine() {
        String title = texts.of(meeting.getTitle());
        if (meeting.getStartDate() == null) {
            return title;
        }
        LocalDate end = meeting.getEndDate() == null ? meeting.getStartDate() : meeting.getEndDate();
        return wording.text("cover.meeting", title, texts.of(meeting.getVenue()),
                DraftDateFormatter.range(meeting.getStartDate(), end, language));
    }

    private Optional<AgendaItem> agendaItem(List<Mandate> covered) {
        return covered.stream().flatMap(m -> m.getActions().stream())
                .filter(a -> a instanceof ReportedToMeeting r && r.getMeeting() == meeting && r.getAgendaItem() != null)
                .map(a -> ((ReportedToMeeting) a).getAgendaItem()).findFirst();
    }

    private void introduction(BodyAssembler body, List<Mandate> covered) {
        body.chapter(wording.text("heading.introduction"));
        MandateCitations citations = new MandateCitations(wording, texts, language);
        for (Mandate mandate : covered) {
            MandateCitations.Citation citation = citations.cite(mandate, asOf);
            if (!citation.text().isEmpty()) {
                List<Footnote> footnotes = citation.symbols().isEmpty() ? List.of() : List.of(new Footnote(citation.symbols()));
                body.paragraph(wording.text("intro.mandate", texts.of(mandate.getTitle()), citation.text()), footnotes);
            }
        }
        for (Mandate mandate : covered) {
            for (NoteVerbale note : notesAsOf(mandate)) {
                String sent = wording.text("intro.noteVerbale", date(note.getDate()), texts.of(mandate.getTitle()));
                body.paragraph(sent + sentenceGap() + repliesSentence(note));
            }
        }
    }

    private String repliesSentence(NoteVerbale note) {
        int count = MandateStatusQuery.responsesAsOf(note, asOf).size();
        if (count == 0) {
            return wording.text("intro.noReplies", date(asOf));
        }
        String states = language == DraftLanguage.ZH
                ? CountFormatter.chinese(count, wording.text("count.measure"), wording.text("count.noun"))
                : CountFormatter.english(count, wording.text("count.singular"), wording.text("count.plural"));
        return wording.text("intro.replies", date(asOf), states);
    }

    private void mandateChapter(BodyAssembler body, Mandate mandate) {
        body.chapter(texts.of(mandate.getTitle()));
        body.section(wording.text("heading.actions"));
        MandateStatus status = MandateStatusQuery.statusAsOf(mandate, asOf);
        body.paragraph(wording.text("actions.status", date(asOf), wording.text("status." + status.getLiteral())));
        List<MandateAction> actions = mandate.getActions().stream()
                .filter(a -> a.getDate() != null && !a.getDate().isAfter(asOf))
                .sorted(Comparator.comparing(MandateAction::getDate)).toList();
        if (actions.isEmpty()) {
            body.paragraph(wording.text("actions.none", date(asOf)));
        } else {
            body.paragraph(wording.text("actions.intro"));
            List<String> items = new ArrayList<>();
            for (MandateAction action : actions) {
                items.add(wording.text("actions.item", date(action.getDate()), texts.of(action.getNote())));
            }
            body.add(new LetteredList(items));
        }
        List<StateResponse> responses = notesAsOf(mandate).stream()
                .flatMap(n -> MandateStatusQuery.responsesAsOf(n, asOf).stream()).toList();
        for (String topic : mandate.getTopics()) {
            body.section(wording.optional("topic." + topic).orElse(topic));
            List<TopicGroups.Group> groups = TopicGroups.of(responses, topic, texts);
            if (groups.isEmpty()) {
                body.paragraph(wording.text("topic.none", date(asOf)));
            }
            for (TopicGroups.Group group : groups) {
                body.paragraph(wording.text("topic.states", EnumerationFormatter.join(group.states(), language),
                        group.summary()));
            }
        }
    }

    private List<NoteVerbale> notesAsOf(Mandate mandate) {
        return mandate.getActions().stream().filter(NoteVerbale.class::isInstance).map(NoteVerbale.class::cast)
                .filter(n -> n.getDate() != null && !n.getDate().isAfter(asOf))
                .sorted(Comparator.comparing(NoteVerbale::getDate)).toList();
    }

    private String date(LocalDate date) {
        return DraftDateFormatter.date(date, language);
    }

    // Chinese sentences follow each other without a space.
    private String sentenceGap() {
        return language == DraftLanguage.ZH ? "" : " ";
    }

    /** Finds the first meeting of the body with this symbol prefix and ordinal. */
    public static Optional<Meeting> findMeeting(MandateWorkspace workspace, String symbolPrefix, int ordinal) {
        return workspace.getBodies().stream().filter(b -> symbolPrefix.equals(b.getSymbolPrefix()))
                .flatMap(b -> b.getMeetings().stream()).filter(m -> m.getOrdinal() == ordinal && !m.isResumed()).findFirst();
    }
}
