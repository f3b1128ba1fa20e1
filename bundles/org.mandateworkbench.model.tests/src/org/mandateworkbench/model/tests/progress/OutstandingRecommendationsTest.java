package org.mandateworkbench.model.tests.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import org.junit.jupiter.api.Test;
import org.mandateworkbench.model.Document;
import org.mandateworkbench.model.DocumentType;
import org.mandateworkbench.model.Mandate;
import org.mandateworkbench.model.MandateStatus;
import org.mandateworkbench.model.MandatesFactory;
import org.mandateworkbench.model.Meeting;
import org.mandateworkbench.model.Recommendation;
import org.mandateworkbench.model.progress.OutstandingRecommendation;
import org.mandateworkbench.model.progress.OutstandingRecommendations;
import org.mandateworkbench.model.symbol.DocumentSymbol;

class OutstandingRecommendationsTest {

    private static final LocalDate MID_2019 = LocalDate.of(2019, 6, 30);

    private final ProgressModel model = new ProgressModel();
    private final Meeting third = model.meeting("eg1-3", LocalDate.of(2014, 10, 9));
    private final Meeting fifth = model.meeting("eg1-5", LocalDate.of(2016, 11, 17));
    private final Meeting sixth = model.meeting("eg1-6", LocalDate.of(2017, 11, 7));
    private final Meeting eighth = model.meeting("eg1-8", LocalDate.of(2019, 5, 31));

    @Test
    void listsRecommendationWithoutMandateWithItsAge() {
        Recommendation lonely = model.recommendation(third, "eg1-3-rec-a");
        OutstandingRecommendation outstanding = single(OutstandingRecommendations.of(model.workspace, MID_2019));
        assertEquals(lonely, outstanding.recommendation());
        assertEquals(Optional.of(LocalDate.of(2014, 10, 9)), outstanding.adoptedOn());
        assertEquals(OptionalInt.of(4), outstanding.ageYears());
        assertEquals(List.of(), outstanding.mandates());
        assertEquals(OptionalInt.of(5), OutstandingRecommendations.of(model.workspace, LocalDate.of(2019, 10, 9)).getFirst().ageYears());
    }

    @Test
    void dropsRecommendationOnceItsMandateIsCompleted() {
        Recommendation done = model.recommendation(fifth, "eg1-5-rec-a");
        Mandate mandate = model.mandate("m-5a", done);
        ProgressModel.status(mandate, LocalDate.of(2017, 1, 1), MandateStatus.IN_PROGRESS);
        ProgressModel.status(mandate, LocalDate.of(2018, 2, 1), MandateStatus.COMPLETED);
        assertEquals(List.of(), OutstandingRecommendations.of(model.workspace, MID_2019));
        OutstandingRecommendation before = single(OutstandingRecommendations.of(model.workspace, LocalDate.of(2018, 1, 31)));
        assertEquals(List.of(mandate), before.mandates());
    }

    @Test
    void staysOutstandingWhileAnyOfItsMandatesIsOpen() {
        Recommendation shared = model.recommendation(fifth, "eg1-5-rec-b");
        ProgressModel.status(model.mandate("m-done", shared), LocalDate.of(2018, 2, 1), MandateStatus.COMPLETED);
        ProgressModel.status(model.mandate("m-open", shared), LocalDate.of(2018, 2, 1), MandateStatus.IN_PROGRESS);
        assertEquals(2, single(OutstandingRecommendations.of(model.workspace, MID_2019)).mandates().size());
    }

    @Test
    void supersededMandateCountsAsCompletedWhenItsSuccessorIs() {
        Recommendation recommendation = model.recommendation(fifth, "eg1-5-rec-c");
        Mandate first = model.mandate("m-old", recommendation);
        Mandate successor = model.mandate("m-new");
        first.setSuccessor(successor);
        ProgressModel.status(first, LocalDate.of(2017, 3, 1), MandateStatus.SUPERSEDED);
        ProgressModel.status(successor, LocalDate.of(2018, 9, 1), MandateStatus.COMPLETED);
        assertEquals(1, OutstandingRecommendations.of(model.workspace, LocalDate.of(2018, 8, 31)).size());
        assertEquals(List.of(), OutstandingRecommendations.of(model.workspace, MID_2019));
    }

    @Test
    void ignoresRecommendationsAdoptedAfterTheDateAndSortsOldestFirst() {
        Recommendation older = model.recommendation(third, "eg1-3-rec-a");
        Recommendation newer = model.recommendation(sixth, "eg1-6-rec-a");
        model.recommendation(eighth, "eg1-8-rec-a");
        Recommendation undated = model.recommendation(model.meeting("eg1-x", null), "eg1-x-rec-a");
        assertEquals(List.of(older, newer, undated), OutstandingRecommendations.of(model.workspace, LocalDate.of(2019, 1, 1))
                .stream().map(OutstandingRecommendation::recommendation).toList());
        assertEquals(OptionalInt.empty(), OutstandingRecommendations.of(model.workspace, MID_2019).getLast().ageYears());
    }

    @Test
    void countsReiterationsTransitivelyAndByReportOncePerMeeting() {
        Document thirdReport = report(third, "CAC/COSP/EG.1/2014/3");
        Recommendation original = model.recommendation(third, "eg1-3-rec-a");
        original.setDocument(thirdReport);
        Recommendation fifthRepeat = model.recommendation(fifth, "eg1-5-rec-a");
        fifthRepeat.getReiterates().add(original);
        Recommendation sixthRepeat = model.recommendation(sixth, "eg1-6-rec-a");
        sixthRepeat.getReiterates().add(fifthRepeat);
        Recommendation sixthAgain = model.recommendation(sixth, "eg1-6-rec-b");
        sixthAgain.getReiterates().add(original);
        Recommendation eighthWhole = model.recommendation(eighth, "eg1-8-rec-a");
        eighthWhole.getReiteratedReports().add(thirdReport);

        assertEquals(3, timesReiterated(original, MID_2019), "fifth and sixth meetings directly or transitively, eighth by report");
        assertEquals(2, timesReiterated(original, LocalDate.of(2019, 1, 1)), "the eighth meeting had not met yet");
        assertEquals(1, timesReiterated(fifthRepeat, MID_2019));
        assertEquals(0, timesReiterated(eighthWhole, MID_2019));
    }

    @Test
    void reportReiterationFallsBackToTheMeetingsReportsAndFollowsOn() {
        Document thirdReport = report(third, "CAC/COSP/EG.1/2014/3");
        Recommendation original = model.recommendation(third, "eg1-3-rec-a");
        Recommendation sixthWhole = model.recommendation(sixth, "eg1-6-rec-a");
        sixthWhole.getReiteratedReports().add(thirdReport);
        sixthWhole.setDocument(report(sixth, "CAC/COSP/EG.1/2017/4"));
        Recommendation eighthWhole = model.recommendation(eighth, "eg1-8-rec-a");
        eighthWhole.getReiteratedReports().add(sixthWhole.getDocument());
        assertEquals(2, timesReiterated(original, MID_2019));
    }

    private int timesReiterated(Recommendation recommendation, LocalDate asOf) {
        return OutstandingRecommendations.of(model.workspace, asOf).stream()
                .filter(o -> o.recommendation() == recommendation)
                .findFirst().orElseThrow().timesReiterated();
    }

    private Document report(Meeting meeting, String symbol) {
        Document report = MandatesFactory.eINSTANCE.createDocument();
        report.setSymbol(DocumentSymbol.parse(symbol));
        report.setType(DocumentType.REPORT);
        report.setMeeting(meeting);
        model.workspace.getDocuments().add(report);
        return report;
    }

    private static OutstandingRecommendation single(List<OutstandingRecommendation> list) {
        assertEquals(1, list.size(), list.toString());
        return list.getFirst();
    }
}
