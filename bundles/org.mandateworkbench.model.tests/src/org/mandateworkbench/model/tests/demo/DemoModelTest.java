package org.mandateworkbench.model.tests.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mandateworkbench.model.Body;
import org.mandateworkbench.model.Document;
import org.mandateworkbench.model.Identifiable;
import org.mandateworkbench.model.Indicator;
import org.mandateworkbench.model.Mandate;
import org.mandateworkbench.model.MandateStatus;
import org.mandateworkbench.model.MandateWorkspace;
import org.mandateworkbench.model.MandatesPackage;
import org.mandateworkbench.model.Meeting;
import org.mandateworkbench.model.MultilingualText;
import org.mandateworkbench.model.NoteVerbale;
import org.mandateworkbench.model.NoteVerbaleReminder;
import org.mandateworkbench.model.Observation;
import org.mandateworkbench.model.OperativeParagraph;
import org.mandateworkbench.model.Recommendation;
import org.mandateworkbench.model.StateResponse;
import org.mandateworkbench.model.demo.DemoModel;
import org.mandateworkbench.model.query.MultilingualTextQuery;
import org.mandateworkbench.model.query.WorkspaceQuery;
import org.mandateworkbench.model.symbol.DocumentSymbol;
import org.mandateworkbench.model.util.MandatesResourceFactoryImpl;

class DemoModelTest {

    /** Every symbol the five seed documents cite. */
    private static final List<String> SEED_SYMBOLS = List.of("CAC/COSP/EG.1/2018/1", "CAC/COSP/2017/2",
            "CAC/COSP/EG.1/2017/2", "CAC/COSP/WG.2/2018/2", "CAC/COSP/IRG/2019/3", "CAC/COSP/EG.1/2019/2",
            "CAC/COSP/WG.2/2019/2", "CAC/COSP/EG.1/2014/3", "CAC/COSP/EG.1/2015/3", "CAC/COSP/EG.1/2016/2",
            "CAC/COSP/EG.1/2017/3", "CAC/COSP/EG.1/2018/4", "CAC/COSP/EG.1/2019/L.1", "CAC/COSP/EG.1/2019/L.1/Add.1",
            "CAC/COSP/EG.1/2019/L.1/Add.3", "CTOC/COP/2008/CRP.5", "CTOC/COP/WG.3/2015/INF/1/Rev.1",
            "CTOC/COP/WG.3/2015/1", "CTOC/COP/WG.3/2015/2", "CTOC/COP/WG.3/2015/3", "CAC/COSP/2017/10",
            "CAC/COSP/2017/12", "CAC/COSP/EG.1/2017/CRP.1", "CAC/COSP/2017/7", "CAC/COSP/2017/3",
            "CAC/COSP/WG.2/2017/2", "CAC/COSP/WG.2/2018/1", "CAC/COSP/WG.2/2017/1", "CAC/COSP/2017/8",
            "CAC/COSP/WG.2/2017/4", "CAC/COSP/WG.2/2018/CRP.2", "CAC/COSP/WG.2/2016/2", "A/RES/71/208");

    @TempDir
    Path folder;

    private final MandateWorkspace demo = DemoModel.create();

    @Test
    void buildsAFreshWorkspaceEachTime() {
        assertNotSame(demo, DemoModel.create());
        assertEquals(DemoModel.NAME, demo.getName());
        assertEquals(List.of("UNCAC", "UNTOC"), demo.getInstruments().stream().map(i -> i.getAcronym()).toList());
        assertEquals(195, demo.getStates().size());
        assertEquals(Set.of("body-CAC-COSP", "body-CAC-COSP-EG.1", "body-CAC-COSP-WG.2", "body-CAC-COSP-IRG",
                "body-CTOC-COP", "body-CTOC-COP-WG.3"), ids(demo.getBodies()));
        assertEquals(List.of("3", "4", "5", "6", "7"), body("body-CAC-COSP").getMeetings().stream()
                .map(m -> String.valueOf(m.getOrdinal())).toList());
    }

    @Test
    void thirteenRepliesToTheFebruary2018NoteArrivedBy15March() {
        NoteVerbale note = (NoteVerbale) find("nv-2018-02-09");
        LocalDate asOf = LocalDate.of(2018, 3, 15);
        List<StateResponse> byThen = note.getResponses().stream()
                .filter(r -> r.getReceivedDate() != null && !r.getReceivedDate().isAfter(asOf)).toList();
        assertEquals(13, byThen.size());
        assertEquals(11, byThen.stream().filter(StateResponse::isSubstantive).count());
        assertEquals(Set.of("ARG", "AUS", "AUT", "HUN", "LTU", "ARM", "KOR", "NOR", "DNK", "KWT", "ROU"),
                byThen.stream().filter(r -> r.getState() != null).map(r -> r.getState().getIsoCode())
                        .collect(Collectors.toSet()));
        assertTrue(note.getResponses().stream().anyMatch(r -> r.getReceivedDate().isAfter(asOf)),
                "a later reply makes as-of counts differ");
        assertEquals(LocalDate.of(2018, 2, 9), note.getDate());
        Indicator replies = (Indicator) find("indicator-nv-2018-02-09-replies");
        assertEquals(13.0, replies.getObservations().get(0).getValue());
    }

    @Test
    void repliesAreSummarizedByTopic() {
        StateResponse romania = (StateResponse) find("nv-2018-02-09-ROU");
        assertEquals(List.of("civil-administrative", "legal-basis-statistics", "central-authority-challenges"),
                romania.getTopics());
        assertTrue(MultilingualTextQuery.value(romania.getTopicSummaries().get(1).getSummary(), "en").orElseThrow()
                .contains("13 outgoing"));
        NoteVerbale assetRecovery = (NoteVerbale) find("nv-2017-05-02");
        assertEquals(Set.of("BHR", "BEL", "DNK", "MMR", "PRY", "PHL", "SDN"), assetRecovery.getResponses().stream()
                .map(r -> r.getState().getIsoCode()).collect(Collectors.toSet()));
    }

    @Test
    void eighthExpertMeetingHasRecommendations47AToH() {
        Meeting eighth = (Meeting) find("meeting-CAC-COSP-EG.1-8");
        assertEquals(LocalDate.of(2019, 5, 31), eighth.getStartDate());
        List<Recommendation> paragraph47 = eighth.getRecommendations().stream()
                .filter(r -> r.getParagraphNumber() == 47).toList();
        assertEquals(List.of("a", "b", "c", "d", "e", "f", "g", "h"),
                paragraph47.stream().map(Recommendation::getLetter).toList());
        paragraph47.subList(0, 5).forEach(r -> assertTrue(r.getAddressees().isAllStatesParties(), r.getId()));
        paragraph47.subList(5, 8).forEach(r -> assertTrue(r.getAddressees().isSecretariat(), r.getId()));
        assertTrue(paragraph47.get(6).getAddressees().getBodies().contains(body("body-CTOC-COP-WG.3")));
        Recommendation reiteration = (Recommendation) find("rec-CAC-COSP-EG.1-8-46");
        assertEquals(List.of("CAC/COSP/EG.1/2014/3", "CAC/COSP/EG.1/2015/3", "CAC/COSP/EG.1/2016/2",
                "CAC/COSP/EG.1/2017/3", "CAC/COSP/EG.1/2018/4"),
                reiteration.getReiteratedReports().stream().map(d -> d.getSymbol().toString()).toList());
        assertEquals(91, eighth.getAttendance().getStates().size());
        assertEquals(6, eighth.getAgenda().size());
    }

    @Test
    void workingGroup2015HasFifteenRecommendationsAToO() {
        Meeting meeting = (Meeting) find("meeting-CTOC-COP-WG.3-2015-10");
        assertEquals(LocalDate.of(2015, 10, 27), meeting.getStartDate());
        assertEquals(LocalDate.of(2015, 10, 28), meeting.getEndDate());
        List<Recommendation> recommendations = meeting.getRecommendations();
        assertEquals(15, recommendations.size());
        assertEquals("abcdefghijklmno", recommendations.stream().map(Recommendation::getLetter)
                .collect(Collectors.joining()));
        recommendations.forEach(r -> assertEquals(2, r.getParagraphNumber()));
        recommendations.forEach(r -> assertTrue(r.getAddressees().isAllStatesParties()
                || r.getAddressees().isSecretariat(), r.getId()));
        assertEquals(Set.of("JPN", "KOR"), meeting.getAttendance().getObserverStates().stream()
                .map(s -> s.getIsoCode()).collect(Collectors.toSet()));
    }

    @Test
    void resolutionsAndParagraphsTheSeedsCiteArePresent() {
        Set<String> numbers = demo.getBodies().stream().flatMap(b -> b.getMeetings().stream())
                .flatMap(m -> m.getResolutions().stream()).map(r -> r.getNumber()).collect(Collectors.toSet());
        assertTrue(numbers.containsAll(Set.of("3/3", "4/2", "4/4", "5/1", "5/3", "6/1", "6/2", "6/4", "7/1", "2/2",
                "3/2", "9/1")), numbers.toString());
        OperativeParagraph paragraph27 = (OperativeParagraph) find("res-CAC-COSP-7-1-op-27");
        assertEquals(27, paragraph27.getNumber());
        assertEquals("7/1", paragraph27.getResolution().getNumber());
        Mandate panel = (Mandate) find("mandate-cosp-7-1-para-27-panel");
        assertSame(paragraph27, panel.getSourceParagraphs().get(0));
        assertSame(find("mandate-eg1-8-47f-panels"), panel.getSuccessor());
    }

    @Test
    void notesVerbalesCarryTheSeedDates() {
        Map<String, LocalDate> dates = Map.of("nv-2017-01-17", LocalDate.of(2017, 1, 17), "nv-2017-03-14",
                LocalDate.of(2017, 3, 14), "nv-2017-06-13", LocalDate.of(2017, 6, 13), "nv-2017-05-02",
                LocalDate.of(2017, 5, 2), "nv-2018-02-09", LocalDate.of(2018, 2, 9), "nv-2018-12-17",
                LocalDate.of(2018, 12, 17));
        dates.forEach((id, date) -> assertEquals(date, ((NoteVerbale) find(id)).getDate(), id));
        NoteVerbaleReminder reminder = (NoteVerbaleReminder) find("nv-2017-05-08-reminder");
        assertSame(find("nv-2017-01-17"), reminder.getReminded());
        assertEquals(LocalDate.of(2017, 5, 8), reminder.getDate());
    }

    @Test
    void mandateHistoriesAreOrderedAndEndInTheCurrentStatus() {
        for (Mandate mandate : demo.getMandates()) {
            assertFalse(mandate.getStatusChanges().isEmpty(), mandate.getId());
            for (int i = 1; i < mandate.getStatusChanges().size(); i++) {
                assertFalse(mandate.getStatusChanges().get(i).getDate()
                        .isBefore(mandate.getStatusChanges().get(i - 1).getDate()), mandate.getId());
            }
            assertEquals(mandate.getStatusChanges().get(mandate.getStatusChanges().size() - 1).getStatus(),
                    mandate.getStatus(), mandate.getId());
            assertFalse(mandate.getSourceParagraphs().isEmpty() && mandate.getSourceRecommendations().isEmpty(),
                    mandate.getId() + " has no source");
        }
        assertEquals(MandateStatus.RECURRENT, ((Mandate) find("mandate-cosp-7-1-information-exchange")).getStatus());
    }

    @Test
    void directoryIndicatorsHoldTheDatedCounts() {
        Indicator central = (Indicator) find("indicator-directory-mla-central-authorities");
        assertEquals(List.of(LocalDate.of(2018, 3, 27), LocalDate.of(2019, 5, 1)),
                central.getObservations().stream().map(Observation::getDate).toList());
        assertEquals(List.of(129.0, 129.0), central.getObservations().stream().map(Observation::getValue).toList());
        Indicator prevention = (Indicator) find("indicator-directory-prevention-authorities");
        assertEquals(List.of(112.0, 115.0), prevention.getObservations().stream().map(Observation::getValue).toList());
        Indicator extradition = (Indicator) find("indicator-directory-extradition-central-authorities");
        assertEquals(List.of(23.0, 24.0), extradition.getObservations().stream().map(Observation::getValue).toList());
        assertSame(find("mandate-competent-authorities-directory"), central.getMandate());
    }

    @Test
    void everySeedSymbolIsADocumentAndEverySymbolParses() {
        for (String symbol : SEED_SYMBOLS) {
            assertTrue(WorkspaceQuery.document(demo, DocumentSymbol.parse(symbol)).isPresent(), symbol);
        }
        assertEquals(SEED_SYMBOLS.size(), demo.getDocuments().size());
        for (Document document : demo.getDocuments()) {
            assertEquals(document.getSymbol(), DocumentSymbol.parse(document.getSymbol().toString()));
            assertEquals(Set.of("en", "zh"), document.getVersions().stream().map(v -> v.getLanguage())
                    .collect(Collectors.toSet()), document.getKey());
            document.getVersions().forEach(v -> assertFalse(v.getTitle().isBlank(), document.getKey()));
        }
    }

    @Test
    void everyMultilingualTextHasEnglishAndChinese() {
        int texts = 0;
        for (EObject object : (Iterable<EObject>) () -> demo.eAllContents()) {
            if (object instanceof MultilingualText text) {
                texts++;
                String where = EcoreUtil.getURI(object.eContainer()).fragment();
                assertFalse(MultilingualTextQuery.value(text, "en").orElse("").isBlank(), where);
                String chinese = MultilingualTextQuery.value(text, "zh").orElse("");
                assertTrue(chinese.codePoints().anyMatch(c -> Character.UnicodeScript.of(c)
                        == Character.UnicodeScript.HAN), where + ": " + chinese);
            }
        }
        assertTrue(texts > 500, "texts: " + texts);
    }

    @Test
    void idsAreUniqueAndReadable() {
        Set<String> seen = new HashSet<>();
        List<String> repeated = new ArrayList<>();
        for (EObject object : (Iterable<EObject>) () -> demo.eAllContents()) {
            if (object instanceof Identifiable identifiable) {
                String id = identifiable.getId();
                assertTrue(id != null && id.matches("[A-Za-z0-9.-]+"), String.valueOf(id));
                if (!seen.add(id)) {
                    repeated.add(id);
                }
            }
        }
        assertEquals(List.of(), repeated);
        assertTrue(seen.containsAll(Set.of("state-KOR", "body-CAC-COSP-EG.1", "nv-2018-02-09", "org-EU",
                "instrument-UNCAC", "meeting-CAC-COSP-EG.1-8-item-3")));
    }

    @Test
    void unknownFactsStayEmpty() {
        StateResponse unnamed = (StateResponse) find("nv-2018-02-09-unnamed-1");
        assertNull(unnamed.getState());
        assertFalse(unnamed.isSubstantive());
        ((NoteVerbale) find("nv-2017-05-02")).getResponses().forEach(r -> assertNull(r.getReceivedDate()));
        assertEquals(0, ((Meeting) find("meeting-CTOC-COP-WG.3-2015-10")).getOrdinal());
    }

    @Test
    void survivesXmiRoundTrip() throws IOException {
        URI uri = URI.createFileURI(folder.resolve("demo.mandates").toString());
        Resource saved = newResourceSet().createResource(uri);
        saved.getContents().add(demo);
        saved.save(Map.of());

        Resource loaded = newResourceSet().getResource(uri, true);
        assertEquals(List.of(), loaded.getErrors());
        assertEquals(List.of(), loaded.getWarnings());
        MandateWorkspace copy = (MandateWorkspace) loaded.getContents().get(0);
        assertTrue(new EcoreUtil.EqualityHelper().equals(demo, copy), "loaded demo differs from the saved one");
        Mandate exchange = copy.getMandates().stream().filter(m -> m.getId().equals(
                "mandate-cosp-7-1-information-exchange")).findFirst().orElseThrow();
        assertSame(WorkspaceQuery.state(copy, "KOR").orElseThrow(), ((NoteVerbale) exchange.getActions().get(0))
                .getResponses().stream().filter(r -> r.getId().endsWith("-KOR")).findFirst().orElseThrow().getState());
    }

    private static ResourceSet newResourceSet() {
        ResourceSet resourceSet = new ResourceSetImpl();
        resourceSet.getPackageRegistry().put(MandatesPackage.eNS_URI, MandatesPackage.eINSTANCE);
        resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("mandates",
                new MandatesResourceFactoryImpl());
        return resourceSet;
    }

    private Body body(String id) {
        return (Body) find(id);
    }

    private EObject find(String id) {
        for (EObject object : (Iterable<EObject>) () -> demo.eAllContents()) {
            if (object instanceof Identifiable identifiable && id.equals(identifiable.getId())) {
                return object;
            }
        }
        throw new AssertionError("no object with id " + id);
    }

    private static Set<String> ids(List<? extends Identifiable> objects) {
        return objects.stream().map(Identifiable::getId).collect(Collectors.toSet());
    }
}
