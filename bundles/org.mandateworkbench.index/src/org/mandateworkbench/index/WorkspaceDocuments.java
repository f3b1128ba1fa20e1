package org.mandateworkbench.index;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.lucene.document.Document;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.mandateworkbench.index.analysis.StateMentionRecognizer;
import org.mandateworkbench.ingest.segment.DocumentSegmenter;
import org.mandateworkbench.ingest.segment.Segmentation;
import org.mandateworkbench.index.schema.IndexFields;
import org.mandateworkbench.index.schema.UnitIds;
import org.mandateworkbench.index.schema.UnitKind;
import org.mandateworkbench.model.Actor;
import org.mandateworkbench.model.Addressees;
import org.mandateworkbench.model.Body;
import org.mandateworkbench.model.Distribution;
import org.mandateworkbench.model.LanguageVersion;
import org.mandateworkbench.model.LocalizedString;
import org.mandateworkbench.model.Mandate;
import org.mandateworkbench.model.MandateAction;
import org.mandateworkbench.model.MandateWorkspace;
import org.mandateworkbench.model.Meeting;
import org.mandateworkbench.model.MultilingualText;
import org.mandateworkbench.model.NoteVerbale;
import org.mandateworkbench.model.OperativeParagraph;
import org.mandateworkbench.model.Recommendation;
import org.mandateworkbench.model.Resolution;
import org.mandateworkbench.model.State;
import org.mandateworkbench.model.StateResponse;
import org.mandateworkbench.model.TopicSummary;

/**
 * Turns a workspace into the Lucene documents of its units of search: recommendations, resolution
 * paragraphs, mandates, notes verbales, one document per topic of each State response, and each
 * numbered paragraph, footnote and unnumbered passage of each language version of a document that
 * carries text. Facet values are added as doc-values
 * fields ({@link IndexFields#facetField}), so the documents go to the writer as they are. The state field holds the
 * responding or addressed States and every State the texts name ({@link StateMentionRecognizer}).
 */
public final class WorkspaceDocuments {

    private static final String SECRETARIAT = "secretariat"; //$NON-NLS-1$
    private static final String STATES_PARTIES = "states-parties"; //$NON-NLS-1$
    private static final String PUBLIC = "public"; //$NON-NLS-1$
    private static final DocumentSegmenter SEGMENTER = new DocumentSegmenter();
    private static final String MEETING_ID_PREFIX = "meeting-"; //$NON-NLS-1$

    private WorkspaceDocuments() {
    }

    /** @return the documents of all units, by unique id, in model order */
    public static Map<String, Document> build(MandateWorkspace workspace) {
        return build(sources(workspace));
    }

    /**
     * The model objects the units derive from, in model order: each recommendation, resolution
     * paragraph, mandate (with its notes verbales and their responses) and language version with text.
     * Building them in slices ({@link #build(List)}) gives the same units as {@link #build(MandateWorkspace)}.
     */
    public static List<EObject> sources(MandateWorkspace workspace) {
        List<EObject> sources = new ArrayList<>();
        for (Body body : workspace.getBodies()) {
            for (Meeting meeting : body.getMeetings()) {
                sources.addAll(meeting.getRecommendations());
                for (Resolution resolution : meeting.getResolutions()) {
                    sources.addAll(resolution.getParagraphs());
                }
            }
        }
        sources.addAll(workspace.getMandates());
        for (org.mandateworkbench.model.Document document : workspace.getDocuments()) {
            for (LanguageVersion version : document.getVersions()) {
                if (version.getText() != null && !version.getText().isBlank()) {
                    sources.add(version);
                }
            }
        }
        return sources;
    }

    /** @return the documents of the units of these {@link #sources}, by unique id, in their order */
    public static Map<String, Document> build(List<? extends EObject> sources) {
        Map<String, Document> documents = new LinkedHashMap<>();
        for (EObject source : sources) {
            switch (source) {
                case Recommendation recommendation -> add(documents, recommendation(recommendation));
                case OperativeParagraph paragraph -> add(documents, paragraph(paragraph));
                case Mandate mandate -> mandateUnits(documents, mandate);
                case LanguageVersion version -> {
                    // A version removed since the sources were listed has no document any more.
                    if (version.eContainer() instanceof org.mandateworkbench.model.Document document && version.getText() != null
                            && !version.getText().isBlank()) {
                        documentText(documents, document, version);
                    }
                }
                default -> throw new IllegalArgumentException(source.eClass().getName());
            }
        }
        return documents;
    }

    private static void mandateUnits(Map<String, Document> documents, Mandate mandate) {
        add(documents, mandate(mandate));
        for (MandateAction action : mandate.getActions()) {
            if (action instanceof NoteVerbale note) {
                add(documents, noteVerbale(mandate, note));
                for (StateResponse response : note.getResponses()) {
                    for (TopicSummary summary : response.getTopicSummaries()) {
                        add(documents, responseTopic(mandate, response, summary));
                    }
                }
            }
        }
    }

    /**
     * The documents of the one unit that a change of {@code object} affects, for cheap updates after
     * an edit. Only units whose document depends on nothing outside themselves qualify: a
     * recommendation or a resolution paragraph, and anything inside them. (An edited language version
     * may gain or lose numbered paragraphs, so it re-derives everything.)
     *
     * @return the unit's documents by id, or empty when the change may affect other units (then
     *         rebuild from the whole workspace) or the unit is no longer in {@code workspace}
     */
    public static Optional<Map<String, Document>> forChange(MandateWorkspace workspace, EObject object) {
        for (EObject current = object; current != null; current = current.eContainer()) {
            if (current instanceof LanguageVersion) {
                return Optional.empty();
            }
            if (!(current instanceof Recommendation || current instanceof OperativeParagraph)) {
                continue;
            }
            if (!EcoreUtil.isAncestor(workspace, current)) {
                return Optional.empty();
            }
            Map<String, Document> documents = new LinkedHashMap<>();
            if (current instanceof Recommendation recommendation) {
                add(documents, recommendation(recommendation));
            } else {
                add(documents, paragraph((OperativeParagraph) current));
            }
            return Optional.of(documents);
        }
        return Optional.empty();
    }

    private static void add(Map<String, Document> documents, Document document) {
        access(document, IndexFields.UNCLASSIFIED);
        documents.put(document.get(IndexFields.ID), document);
    }

    private static Document recommendation(Recommendation recommendation) {
        Document doc = unit(recommendation.getId(), UnitKind.RECOMMENDATION);
        Meeting meeting = recommendation.getMeeting();
        meeting(doc, meeting);
        symbol(doc, recommendation.getDocument());
        access(doc, recommendation.getDocument());
        date(doc, firstDate(recommendation.getDocument() == null ? null : recommendation.getDocument().getDate(),
                meeting == null ? null : meeting.getStartDate()));
        if (recommendation.getParagraphNumber() > 0) {
            String letter = recommendation.getLetter() == null ? "" : " (" + recommendation.getLetter() + ")"; //$NON-NLS-1$ //$NON-NLS-2$
            doc.add(new StoredField(IndexFields.PARAGRAPH, recommendation.getParagraphNumber() + letter));
        }
        addressees(doc, recommendation.getAddressees());
        text(doc, recommendation.getText());
        return doc;
    }

    private static Document paragraph(OperativeParagraph paragraph) {
        Document doc = unit(paragraph.getId(), UnitKind.RESOLUTION_PARAGRAPH);
        Resolution resolution = paragraph.getResolution();
        Meeting session = resolution == null ? null : resolution.getAdoptingSession();
        meeting(doc, session);
        if (resolution != null) {
            resolutionNumber(doc, resolution);
            symbol(doc, resolution.getDocument());
            access(doc, resolution.getDocument());
            date(doc, firstDate(resolution.getDocument() == null ? null : resolution.getDocument().getDate(),
                    session == null ? null : session.getStartDate()));
        }
        if (paragraph.getNumber() > 0) {
            doc.add(new StoredField(IndexFields.PARAGRAPH, Integer.toString(paragraph.getNumber())));
        }
        addressees(doc, paragraph.getAddressees());
        text(doc, paragraph.getText());
        return doc;
    }

    private static Document mandate(Mandate mandate) {
        Document doc = unit(mandate.getId(), UnitKind.MANDATE);
        if (mandate.getStatus() != null) {
            keyword(doc, IndexFields.STATUS, mandate.getStatus().getLiteral());
        }
        for (Recommendation source : mandate.getSourceRecommendations()) {
            meeting(doc, source.getMeeting());
            symbol(doc, source.getDocument());
        }
        for (OperativeParagraph source : mandate.getSourceParagraphs()) {
            if (source.getResolution() != null) {
                resolutionNumber(doc, source.getResolution());
                meeting(doc, source.getResolution().getAdoptingSession());
                symbol(doc, source.getResolution().getDocument());
            }
        }
        date(doc, mandate.getDueDate());
        addressees(doc, mandate.getAddressees());
        text(doc, mandate.getTitle());
        return doc;
    }

    private static Document noteVerbale(Mandate mandate, NoteVerbale note) {
        Document doc = unit(note.getId(), UnitKind.NOTE_VERBALE);
        if (note.getReference() != null) {
            doc.add(new Field(IndexFields.SYMBOL, note.getReference(), IndexFields.TERMS_TYPE));
            doc.add(new StoredField(IndexFields.SYMBOL_DISPLAY, note.getReference()));
        }
        if (mandate.getStatus() != null) {
            keyword(doc, IndexFields.STATUS, mandate.getStatus().getLiteral());
        }
        date(doc, note.getDate());
        addressees(doc, note.getAddressees());
        text(doc, note.getNote());
        return doc;
    }

    private static Document responseTopic(Mandate mandate, StateResponse response, TopicSummary summary) {
        Document doc = unit(response.getId() + "#" + summary.getTopic(), UnitKind.STATE_RESPONSE_TOPIC); //$NON-NLS-1$
        if (response.getState() != null) {
            state(doc, response.getState());
        }
        access(doc, response.getClassification() == null ? null : response.getClassification().getLiteral());
        if (summary.getTopic() != null) {
            doc.add(new StoredField(IndexFields.PARAGRAPH, summary.getTopic()));
        }
        if (mandate.getStatus() != null) {
            keyword(doc, IndexFields.STATUS, mandate.getStatus().getLiteral());
        }
        date(doc, response.getReceivedDate());
        text(doc, summary.getSummary());
        return doc;
    }

    /**
     * Adds the units of a language version: one per numbered paragraph (as {@link DocumentSegmenter}
     * finds them, its parts after a page's footnotes included, the footnotes left out) and one for the text
     * before the first, or one for the whole text when it has none.
     */
    private static void documentText(Map<String, Document> documents, org.mandateworkbench.model.Document document,
            LanguageVersion version) {
        String language = version.getLanguage().toLowerCase(Locale.ROOT);
        String text = version.getText();
        Segmentation segmentation = SEGMENTER.segment(text);
        List<Segmentation.Paragraph> paragraphs = segmentation.paragraphs();
        // The head ends where the first numbered paragraph or passage, a unit of its own, begins.
        int head = paragraphs.isEmpty() ? text.length() : paragraphs.get(0).start();
        if (!segmentation.passages().isEmpty()) {
            head = Math.min(head, segmentation.passages().get(0).start());
        }
        if (!text.substring(0, head).isBlank()) {
            add(documents, documentUnit(document, UnitIds.documentText(document.getKey(), language), UnitKind.DOCUMENT_TEXT,
                    language, text.substring(0, head), null, null));
        }
        String key = document.getKey();
        for (Segmentation.Paragraph paragraph : paragraphs) {
            String number = Integer.toString(paragraph.number());
            add(documents, documentUnit(document, unique(documents, UnitIds.documentParagraph(key, language, number), paragraph.start()),
                    UnitKind.DOCUMENT_PARAGRAPH, language, paragraph.text(text), number,
                    heading(text, segmentation, paragraph.section())));
        }
        for (Segmentation.Footnote footnote : segmentation.footnotes()) {
            String note = text.substring(footnote.textStart(), footnote.end());
            if (!note.isBlank()) {
                add(documents, documentUnit(document, unique(documents, UnitIds.documentFootnote(key, language, footnote.marker()),
                        footnote.start()), UnitKind.DOCUMENT_FOOTNOTE, language, note, null, null));
            }
        }
        int ordinal = 0;
        for (Segmentation.Passage passage : segmentation.passages()) {
            String passageText = text.substring(passage.start(), passage.end());
            ordinal++;
            if (!passageText.isBlank()) {
                add(documents, documentUnit(document, UnitIds.documentPassage(key, language, ordinal), UnitKind.DOCUMENT_PASSAGE,
                        language, passageText, null, heading(text, segmentation, passage.section())));
            }
        }
    }

    /** A number or marker seen again (an annex numbering anew) is told apart by its position. */
    private static String unique(Map<String, Document> documents, String id, int start) {
        return documents.containsKey(id) ? id + "-" + start : id; //$NON-NLS-1$
    }

    /** @return the heading line of a section as written, or null for text before the first heading */
    private static String heading(String text, Segmentation segmentation, int section) {
        if (section < 0 || section >= segmentation.sections().size()) {
            return null;
        }
        int start = segmentation.sections().get(section).start();
        int lineEnd = text.indexOf('\n', start);
        return text.substring(start, lineEnd < 0 ? text.length() : lineEnd).strip();
    }

    private static Document documentUnit(org.mandateworkbench.model.Document document, String id, UnitKind kind,
            String language, String text, String paragraph, String section) {
        Document doc = unit(id, kind);
        symbol(doc, document);
        access(doc, document);
        meeting(doc, document.getMeeting());
        date(doc, document.getDate());
        if (paragraph != null) {
            doc.add(new StoredField(IndexFields.PARAGRAPH, paragraph));
        }
        if (section != null && !section.isEmpty()) {
            doc.add(new StoredField(IndexFields.SECTION, section));
        }
        textField(doc, language, text);
        return doc;
    }

    private static Document unit(String id, UnitKind kind) {
        Document doc = new Document();
        doc.add(new StringField(IndexFields.ID, id, Field.Store.YES));
        doc.add(IndexFields.orderField(id));
        keyword(doc, IndexFields.TYPE, kind.key());
        return doc;
    }

    /** Access from the distribution of the document a unit comes from; general documents are public. */
    private static void access(Document doc, org.mandateworkbench.model.Document source) {
        if (source == null || source.getDistribution() == null) {
            return;
        }
        access(doc, source.getDistribution() == Distribution.GENERAL ? PUBLIC : source.getDistribution().getLiteral());
    }

    private static void access(Document doc, String classification) {
        if (classification != null && doc.get(IndexFields.ACCESS) == null) {
            keyword(doc, IndexFields.ACCESS, classification);
        }
    }

    private static void resolutionNumber(Document doc, Resolution resolution) {
        String number = resolution.getNumber();
        if (number != null && !List.of(doc.getValues(IndexFields.RESOLUTION)).contains(number.strip())) {
            doc.add(new StringField(IndexFields.RESOLUTION, number.strip(), Field.Store.NO));
        }
    }

    private static void keyword(Document doc, String field, String value) {
        String key = value.toLowerCase(Locale.ROOT);
        doc.add(new StringField(field, key, IndexFields.STORED_KEYWORDS.contains(field) ? Field.Store.YES : Field.Store.NO));
        if (IndexFields.FACETS.contains(field)) {
            doc.add(IndexFields.facetField(field, key));
        }
    }

    private static void meeting(Document doc, Meeting meeting) {
        if (meeting == null || meeting.getId() == null) {
            return;
        }
        String id = meeting.getId();
        keyword(doc, IndexFields.MEETING, id.startsWith(MEETING_ID_PREFIX) ? id.substring(MEETING_ID_PREFIX.length()) : id);
        body(doc, meeting.getBody());
    }

    private static void body(Document doc, Body body) {
        if (body == null) {
            return;
        }
        Set<String> present = new LinkedHashSet<>(List.of(doc.getValues(IndexFields.BODY)));
        if (body.getSymbolPrefix() != null && present.add(body.getSymbolPrefix().toLowerCase(Locale.ROOT))) {
            keyword(doc, IndexFields.BODY, body.getSymbolPrefix());
        }
        if (body.getAcronym() != null && present.add(body.getAcronym().toLowerCase(Locale.ROOT))) {
            doc.add(new StringField(IndexFields.BODY, body.getAcronym().toLowerCase(Locale.ROOT), Field.Store.NO));
        }
    }

    private static void symbol(Document doc, org.mandateworkbench.model.Document document) {
        if (document == null || document.getSymbol() == null) {
            return;
        }
        String key = document.getSymbol().normalizedKey();
        for (String existing : doc.getValues(IndexFields.SYMBOL_DISPLAY)) {
            if (existing.equals(key)) {
                return;
            }
        }
        doc.add(new Field(IndexFields.SYMBOL, key, IndexFields.TERMS_TYPE));
        doc.add(new StoredField(IndexFields.SYMBOL_DISPLAY, key));
    }

    private static void date(Document doc, LocalDate date) {
        if (date == null || doc.getField(IndexFields.DATE) != null) {
            return;
        }
        doc.add(new LongPoint(IndexFields.DATE, date.toEpochDay()));
        doc.add(new NumericDocValuesField(IndexFields.DATE, date.toEpochDay()));
        doc.add(new StoredField(IndexFields.DATE, date.toString()));
        doc.add(IndexFields.facetField(IndexFields.YEAR, Integer.toString(date.getYear())));
    }

    private static void state(Document doc, State state) {
        stateCode(doc, state.getIsoCode());
    }

    private static void stateCode(Document doc, String code) {
        if (code == null || List.of(doc.getValues(IndexFields.STATE)).contains(code)) {
            return;
        }
        doc.add(new Field(IndexFields.STATE, code, IndexFields.TERMS_TYPE));
        doc.add(IndexFields.facetField(IndexFields.STATE, code));
    }

    private static void addressees(Document doc, Addressees addressees) {
        if (addressees == null) {
            return;
        }
        if (addressees.isSecretariat()) {
            keyword(doc, IndexFields.ADDRESSEE, SECRETARIAT);
        }
        if (addressees.isAllStatesParties()) {
            keyword(doc, IndexFields.ADDRESSEE, STATES_PARTIES);
        }
        for (Body body : addressees.getBodies()) {
            if (body.getAcronym() != null) {
                keyword(doc, IndexFields.ADDRESSEE, body.getAcronym());
            }
        }
        for (Actor actor : addressees.getActors()) {
            if (actor instanceof State state) {
                state(doc, state);
            }
        }
    }

    private static LocalDate firstDate(LocalDate first, LocalDate second) {
        return first != null ? first : second;
    }

    private static void text(Document doc, MultilingualText text) {
        if (text == null) {
            return;
        }
        for (LocalizedString value : text.getValues()) {
            if (value.getValue() != null && !value.getValue().isBlank()) {
                textField(doc, value.getLanguage().toLowerCase(Locale.ROOT), value.getValue());
            }
        }
    }

    private static void textField(Document doc, String language, String text) {
        String primary = language.contains("-") ? language.substring(0, language.indexOf('-')) : language; //$NON-NLS-1$
        String field = "zh".equals(primary) ? IndexFields.TEXT_ZH : IndexFields.TEXT_EN; //$NON-NLS-1$
        doc.add(new Field(field, text, IndexFields.TEXT_TYPE));
        keyword(doc, IndexFields.LANG, primary);
        StateMentionRecognizer.standard().recognize(text).forEach(code -> stateCode(doc, code));
    }
}
