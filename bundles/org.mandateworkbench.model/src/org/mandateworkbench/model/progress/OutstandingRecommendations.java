package org.mandateworkbench.model.progress;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

import org.mandateworkbench.model.Body;
import org.mandateworkbench.model.Document;
import org.mandateworkbench.model.DocumentType;
import org.mandateworkbench.model.Mandate;
import org.mandateworkbench.model.MandateWorkspace;
import org.mandateworkbench.model.Meeting;
import org.mandateworkbench.model.Recommendation;

/**
 * The recommendations of a workspace still waiting to be carried out on a date, computed on demand
 * from the model.
 */
public final class OutstandingRecommendations {

    private final LocalDate asOf;
    private final List<Recommendation> adopted = new ArrayList<>();
    private final Map<Recommendation, List<Recommendation>> directReiterators = new HashMap<>();
    private final Map<Document, List<Recommendation>> reportReiterators = new HashMap<>();
    private final Map<Meeting, List<Document>> meetingReports = new HashMap<>();

    private OutstandingRecommendations(MandateWorkspace workspace, LocalDate asOf) {
        this.asOf = asOf;
        for (Body body : workspace.getBodies()) {
            for (Meeting meeting : body.getMeetings()) {
                if (ModelNavigation.adoptionDate(meeting).map(d -> !d.isAfter(asOf)).orElse(true)) {
                    adopted.addAll(meeting.getRecommendations());
                }
            }
        }
        for (Recommendation later : adopted) {
            later.getReiterates().forEach(r -> directReiterators.computeIfAbsent(r, k -> new ArrayList<>()).add(later));
            later.getReiteratedReports().forEach(d -> reportReiterators.computeIfAbsent(d, k -> new ArrayList<>()).add(later));
        }
        for (Document document : workspace.getDocuments()) {
            if (document.getMeeting() != null && document.getType() == DocumentType.REPORT) {
                meetingReports.computeIfAbsent(document.getMeeting(), k -> new ArrayList<>()).add(document);
            }
        }
    }

    /**
     * The recommendations adopted on or before the date (or at an undated meeting) that no mandate
     * names as a source, or that some mandate naming them had not completed by the date (see
     * {@link MandateStatusQuery#completedAsOf}: a superseded mandate counts as completed when its
     * successor is). Oldest first; undated last.
     * <p>
     * {@link OutstandingRecommendation#timesReiterated()} counts the later occasions that reiterated
     * a recommendation on or before the date: recommendations naming it in {@code reiterates}, or
     * naming its report (its {@code document}, else the reports of its meeting) in
     * {@code reiteratedReports}, followed transitively. An occasion is the meeting that adopted the
     * reiterating recommendation (the recommendation itself when it has none), so several
     * paragraphs of one report reiterating the same recommendation count once.
     */
    public static List<OutstandingRecommendation> of(MandateWorkspace workspace, LocalDate asOf) {
        return new OutstandingRecommendations(workspace, asOf).compute(workspace);
    }

    private List<OutstandingRecommendation> compute(MandateWorkspace workspace) {
        Map<Recommendation, List<Mandate>> mandatesBySource = new LinkedHashMap<>();
        for (Mandate mandate : workspace.getMandates()) {
            mandate.getSourceRecommendations().forEach(r -> mandatesBySource.computeIfAbsent(r, k -> new ArrayList<>()).add(mandate));
        }
        List<OutstandingRecommendation> outstanding = new ArrayList<>();
        for (Recommendation recommendation : adopted) {
            List<Mandate> mandates = mandatesBySource.getOrDefault(recommendation, List.of());
            if (mandates.isEmpty() || mandates.stream().anyMatch(m -> !MandateStatusQuery.completedAsOf(m, asOf))) {
                Optional<LocalDate> adoptedOn = ModelNavigation.adoptionDate(recommendation.getMeeting());
                OptionalInt age = adoptedOn.map(d -> OptionalInt.of(Period.between(d, asOf).getYears())).orElse(OptionalInt.empty());
                outstanding.add(new OutstandingRecommendation(recommendation, adoptedOn, age, List.copyOf(mandates),
                        timesReiterated(recommendation)));
            }
        }
        outstanding.sort(Comparator.comparing((OutstandingRecommendation o) -> o.adoptedOn().orElse(LocalDate.MAX)));
        return outstanding;
    }

    private int timesReiterated(Recommendation recommendation) {
        Set<Recommendation> reached = new HashSet<>();
        Set<Object> occasions = new HashSet<>();
        Deque<Recommendation> pending = new ArrayDeque<>(List.of(recommendation));
        while (!pending.isEmpty()) {
            for (Recommendation later : reiterators(pending.pop())) {
                if (later != recommendation && reached.add(later)) {
                    occasions.add(occasion(later));
                    pending.push(later);
                }
            }
        }
        return occasions.size();
    }

    private List<Recommendation> reiterators(Recommendation recommendation) {
        List<Recommendation> result = new ArrayList<>(directReiterators.getOrDefault(recommendation, List.of()));
        for (Document report : reports(recommendation)) {
            result.addAll(reportReiterators.getOrDefault(report, List.of()));
        }
        return result;
    }

    private List<Document> reports(Recommendation recommendation) {
        if (recommendation.getDocument() != null) {
            return List.of(recommendation.getDocument());
        }
        return meetingReports.getOrDefault(recommendation.getMeeting(), List.of());
    }

    private static Object occasion(Recommendation recommendation) {
        return recommendation.getMeeting() != null ? recommendation.getMeeting() : recommendation;
    }
}
