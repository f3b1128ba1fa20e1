package org.mandateworkbench.report.stats;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.eclipse.emf.ecore.EObject;
import org.mandateworkbench.model.Actor;
import org.mandateworkbench.model.Addressees;
import org.mandateworkbench.model.Body;
import org.mandateworkbench.model.Mandate;
import org.mandateworkbench.model.MandateWorkspace;
import org.mandateworkbench.model.Meeting;
import org.mandateworkbench.model.NoteVerbale;
import org.mandateworkbench.model.Recommendation;
import org.mandateworkbench.model.StateResponse;
import org.mandateworkbench.model.progress.MandateProgress;
import org.mandateworkbench.model.progress.MandateStatusQuery;
import org.mandateworkbench.model.progress.OutstandingRecommendation;
import org.mandateworkbench.model.progress.OutstandingRecommendations;
import org.mandateworkbench.report.format.DraftLanguage;
import org.mandateworkbench.report.format.DraftWording;
import org.mandateworkbench.report.format.ModelTexts;

/**
 * Writes the statistics workbook of a workspace as of a date: sheet Mandates (by identifier; status on the date,
 * addressees, due date, overdue), sheet Recommendations (the outstanding ones of
 * {@link OutstandingRecommendations}, with age and times reiterated) and sheet Responses (one row per
 * State response and topic received by the date, with the days the State took to reply). Each sheet has
 * a bold frozen header row.
 */
public final class StatisticsWorkbookBuilder {

    private static final String WORDING = "org.mandateworkbench.report.stats.wording";

    private final MandateWorkspace workspace;
    private final LocalDate asOf;
    private final DraftWording wording;
    private final ModelTexts texts;

    /**
     * @param workspace the model to describe
     * @param asOf      the date the statuses, ages and received responses refer to
     * @param language  the language of the headers and the model texts
     */
    public StatisticsWorkbookBuilder(MandateWorkspace workspace, LocalDate asOf, DraftLanguage language) {
        this.workspace = Objects.requireNonNull(workspace, "workspace"); //$NON-NLS-1$
        this.asOf = Objects.requireNonNull(asOf, "asOf"); //$NON-NLS-1$
        this.wording = DraftWording.of(WORDING, language);
        this.texts = new ModelTexts(language);
    }

    /**
     * Writes the workbook to the stream, which is left open.
     *
     * @throws IOException if the stream cannot be written
     */
    public void write(OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            CellStyle header = workbook.createCellStyle();
            Font bold = workbook.createFont();
            bold.setBold(true);
            header.setFont(bold);
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat(wording.text("dateFormat"))); //$NON-NLS-1$
            mandates(new SheetWriter(workbook.createSheet(wording.text("sheet.mandates")), //$NON-NLS-1$
                    header("mandates.header"), header, date)); //$NON-NLS-1$
            recommendations(new SheetWriter(workbook.createSheet(wording.text("sheet.recommendations")), //$NON-NLS-1$
                    header("recommendations.header"), header, date)); //$NON-NLS-1$
            responses(new SheetWriter(workbook.createSheet(wording.text("sheet.responses")), //$NON-NLS-1$
                    header("responses.header"), header, date)); //$NON-NLS-1$
            workbook.write(out);
        }
    }

    private List<String> header(String key) {
        return List.of(wording.text(key, asOf.toString()).split("\\|")); //$NON-NLS-1$
    }

    private void mandates(SheetWriter sheet) {
        // By identifier, so the order does not depend on how the store partitions the model.
        List<Mandate> byId = workspace.getMandates().stream()
                .sorted(Comparator.comparing(Mandate::getId, Comparator.nullsLast(Comparator.naturalOrder()))).toList();
        for (Mandate mandate : byId) {
            sheet.nextRow();
            sheet.text(mandate.getId());
            sheet.text(texts.of(mandate.getTitle()));
            sheet.text(wording.text("status." + MandateStatusQuery.statusAsOf(mandate, asOf).name())); //$NON-NLS-1$
            sheet.text(addressees(mandate.getAddressees()));
            sheet.date(mandate.getDueDate());
            sheet.bool(MandateProgress.of(mandate, asOf).overdue());
        }
        sheet.finish();
    }

    private void recommendations(SheetWriter sheet) {
        for (OutstandingRecommendation outstanding : OutstandingRecommendations.of(workspace, asOf)) {
            Recommendation recommendation = outstanding.recommendation();
            sheet.nextRow();
            sheet.text(meetingLabel(recommendation.getMeeting()));
            String letter = recommendation.getLetter();
            sheet.text(letter == null || letter.isEmpty()
                    ? wording.text("paragraphNoLetter", Integer.toString(recommendation.getParagraphNumber())) //$NON-NLS-1$
                    : wording.text("paragraph", Integer.toString(recommendation.getParagraphNumber()), letter)); //$NON-NLS-1$
            sheet.text(addressees(recommendation.getAddressees()));
            sheet.number(outstanding.ageYears());
            sheet.number(OptionalInt.of(outstanding.timesReiterated()));
        }
        sheet.finish();
    }

    private void responses(SheetWriter sheet) {
        List<NoteVerbale> notes = workspace.getMandates().stream().flatMap(m -> m.getActions().stream())
                .filter(NoteVerbale.class::isInstance).map(NoteVerbale.class::cast).toList();
        for (NoteVerbale note : notes) {
            for (StateResponse response : MandateStatusQuery.responsesAsOf(note, asOf)) {
                List<String> topics = response.getTopics().isEmpty() ? List.of("") : response.getTopics(); //$NON-NLS-1$
                for (String topic : topics) {
                    sheet.nextRow();
                    sheet.text(response.getState() == null ? "" : texts.of(response.getState().getName())); //$NON-NLS-1$
                    sheet.text(note.getReference() == null || note.getReference().isBlank() ? note.getId()
                            : note.getReference());
                    sheet.text(topic);
                    sheet.date(response.getReceivedDate());
                    sheet.number(daysToReply(note, response));
                }
            }
        }
        sheet.finish();
    }

    private static OptionalInt daysToReply(NoteVerbale note, StateResponse response) {
        if (note.getDate() == null || response.getReceivedDate() == null) {
            return OptionalInt.empty();
        }
        return OptionalInt.of((int) ChronoUnit.DAYS.between(note.getDate(), response.getReceivedDate()));
    }

    private String meetingLabel(Meeting meeting) {
        if (meeting == null) {
            return ""; //$NON-NLS-1$
        }
        EObject container = meeting.eContainer();
        if (container instanceof Body body && body.getSymbolPrefix() != null && meeting.getOrdinal() > 0) {
            return body.getSymbolPrefix() + '/' + meeting.getOrdinal();
        }
        return texts.of(meeting.getTitle());
    }

    private String addressees(Addressees addressees) {
        if (addressees == null) {
            return ""; //$NON-NLS-1$
        }
        List<String> names = new ArrayList<>();
        if (addressees.isAllStatesParties()) {
            names.add(wording.text("addressee.allStatesParties")); //$NON-NLS-1$
        }
        if (addressees.isSecretariat()) {
            names.add(wording.text("addressee.secretariat")); //$NON-NLS-1$
        }
        for (Actor actor : addressees.getActors()) {
            names.add(texts.of(actor.getName()));
        }
        for (Body body : addressees.getBodies()) {
            names.add(body.getAcronym() != null ? body.getAcronym() : texts.of(body.getName()));
        }
        return String.join("; ", names); //$NON-NLS-1$
    }
}
