package org.mandateworkbench.bench.search;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.mandateworkbench.model.Addressees;
import org.mandateworkbench.model.Body;
import org.mandateworkbench.model.Document;
import org.mandateworkbench.model.MandateWorkspace;
import org.mandateworkbench.model.MandatesFactory;
import org.mandateworkbench.model.Meeting;
import org.mandateworkbench.model.OperativeParagraph;
import org.mandateworkbench.model.Recommendation;
import org.mandateworkbench.model.Resolution;
import org.mandateworkbench.model.query.MultilingualTextQuery;
import org.mandateworkbench.model.symbol.DocumentSymbol;

/**
 * The workspace model of one batch of corpus records: bodies, meetings, documents, resolutions and
 * their recommendations or operative paragraphs, as the workbench holds them. The index bundle derives
 * its Lucene documents from this model ({@code WorkspaceDocuments}), so the benchmark does too; a
 * fresh small model per batch keeps memory constant whatever the corpus size.
 */
final class BatchModel {

    private static final MandatesFactory F = MandatesFactory.eINSTANCE;

    private final MandateWorkspace workspace = F.createMandateWorkspace();
    private final Map<String, Body> bodies = new HashMap<>();
    private final Map<String, Meeting> meetings = new HashMap<>();
    private final Map<String, Document> documents = new HashMap<>();
    private final Map<String, Resolution> resolutions = new HashMap<>();

    /** @return the workspace holding the records' units */
    static MandateWorkspace of(List<CorpusRecord> batch) {
        BatchModel model = new BatchModel();
        batch.forEach(model::add);
        return model.workspace;
    }

    private void add(CorpusRecord record) {
        Meeting meeting = meeting(record);
        Document document = document(record, meeting);
        Addressees addressees = F.createAddressees();
        addressees.setSecretariat("secretariat".equals(record.addressee()));
        addressees.setAllStatesParties("states-parties".equals(record.addressee()));
        if (CorpusRecord.RESOLUTION_PARAGRAPH.equals(record.kind())) {
            // By document too: the generator numbers the resolutions of each document of a session from 1.
            Resolution resolution = resolutions.computeIfAbsent(record.symbol() + " " + record.resolution(), key -> {
                Resolution created = F.createResolution();
                created.setId("res-" + record.id());
                created.setNumber(record.resolution());
                created.setDocument(document);
                meeting.getResolutions().add(created);
                return created;
            });
            OperativeParagraph paragraph = F.createOperativeParagraph();
            paragraph.setId(record.id());
            paragraph.setNumber(record.paragraph());
            paragraph.setAddressees(addressees);
            paragraph.setText(MultilingualTextQuery.of(record.language(), record.text()));
            resolution.getParagraphs().add(paragraph);
        } else {
            Recommendation recommendation = F.createRecommendation();
            recommendation.setId(record.id());
            recommendation.setParagraphNumber(record.paragraph());
            recommendation.setLetter(record.letter().isEmpty() ? null : record.letter());
            recommendation.setDocument(document);
            recommendation.setAddressees(addressees);
            recommendation.setText(MultilingualTextQuery.of(record.language(), record.text()));
            meeting.getRecommendations().add(recommendation);
        }
    }

    private Meeting meeting(CorpusRecord record) {
        return meetings.computeIfAbsent(record.meeting(), key -> {
            Body body = bodies.computeIfAbsent(record.body(), acronym -> {
                Body created = F.createBody();
                created.setId("body-" + acronym);
                created.setAcronym(acronym);
                created.setSymbolPrefix(record.bodyPrefix());
                workspace.getBodies().add(created);
                return created;
            });
            Meeting created = F.createMeeting();
            created.setId("meeting-" + key);
            created.setStartDate(record.date());
            body.getMeetings().add(created);
            return created;
        });
    }

    private Document document(CorpusRecord record, Meeting meeting) {
        return documents.computeIfAbsent(record.symbol(), symbol -> {
            Document created = F.createDocument();
            created.setSymbol(DocumentSymbol.parse(symbol));
            created.setDate(record.date());
            created.setMeeting(meeting);
            workspace.getDocuments().add(created);
            return created;
        });
    }
}
