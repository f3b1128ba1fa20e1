package org.mandateworkbench.model.demo;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.mandateworkbench.model.Actor;
import org.mandateworkbench.model.Addressees;
import org.mandateworkbench.model.AgendaItem;
import org.mandateworkbench.model.Body;
import org.mandateworkbench.model.BodyKind;
import org.mandateworkbench.model.Distribution;
import org.mandateworkbench.model.Document;
import org.mandateworkbench.model.DocumentType;
import org.mandateworkbench.model.Instrument;
import org.mandateworkbench.model.LanguageVersion;
import org.mandateworkbench.model.Mandate;
import org.mandateworkbench.model.MandateStatus;
import org.mandateworkbench.model.MandateWorkspace;
import org.mandateworkbench.model.MandatesFactory;
import org.mandateworkbench.model.Meeting;
import org.mandateworkbench.model.MultilingualText;
import org.mandateworkbench.model.OperativeParagraph;
import org.mandateworkbench.model.Organization;
import org.mandateworkbench.model.Person;
import org.mandateworkbench.model.Recommendation;
import org.mandateworkbench.model.Resolution;
import org.mandateworkbench.model.ResolutionKind;
import org.mandateworkbench.model.State;
import org.mandateworkbench.model.StatusChange;
import org.mandateworkbench.model.query.MultilingualTextQuery;
import org.mandateworkbench.model.reference.OrganizationCatalog;
import org.mandateworkbench.model.reference.StateCatalog;
import org.mandateworkbench.model.symbol.DocumentSymbol;

/**
 * Creates the demo workspace's objects with readable ids and keeps them by key, so the parts of
 * the demo can refer to what other parts made.
 */
final class DemoBuilder {

    static final MandatesFactory F = MandatesFactory.eINSTANCE;
    static final String AUTHOR = "demo";

    final MandateWorkspace workspace = F.createMandateWorkspace();
    private final Map<String, Instrument> instruments = new HashMap<>();
    private final Map<String, State> states = new HashMap<>();
    private final Map<String, Organization> organizations = new HashMap<>();
    private final Map<String, Body> bodies = new HashMap<>();
    private final Map<String, Meeting> meetings = new HashMap<>();
    private final Map<String, Document> documents = new HashMap<>();
    private final Map<String, Object> byId = new HashMap<>();

    /** @return a text in English and Chinese */
    static MultilingualText text(String english, String chinese) {
        MultilingualText text = MultilingualTextQuery.of("en", english);
        MultilingualTextQuery.put(text, "zh", chinese);
        return text;
    }

    static LocalDate date(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }

    /** @return the id, after checking that no other object has it */
    private String register(String id, Object object) {
        if (byId.putIfAbsent(id, object) != null) {
            throw new IllegalStateException("demo id used twice: " + id);
        }
        return id;
    }

    Instrument instrument(String acronym, String english, String chinese, LocalDate adopted, LocalDate inForce) {
        Instrument instrument = F.createInstrument();
        instrument.setId(register("instrument-" + acronym, instrument));
        instrument.setAcronym(acronym);
        instrument.setName(text(english, chinese));
        instrument.setAdoptionDate(adopted);
        instrument.setEntryIntoForceDate(inForce);
        workspace.getInstruments().add(instrument);
        instruments.put(acronym, instrument);
        return instrument;
    }

    /** Adds every State and organization of the reference lists, with their party statuses. */
    void actors() {
        StateCatalog stateCatalog = StateCatalog.standard();
        stateCatalog.all().forEach(reference -> {
            State state = stateCatalog.createState(reference.iso3(), instruments);
            register(state.getId(), state);
            states.put(reference.iso3(), state);
            workspace.getStates().add(state);
        });
        OrganizationCatalog organizationCatalog = OrganizationCatalog.standard();
        organizationCatalog.all().forEach(reference -> {
            Organization organization = organizationCatalog.createOrganization(reference.acronym(), instruments);
            register(organization.getId(), organization);
            organizations.put(reference.acronym(), organization);
            workspace.getOrganizations().add(organization);
        });
    }

    State state(String iso3) {
        State state = states.get(iso3);
        if (state == null) {
            throw new IllegalStateException("no State " + iso3);
        }
        return state;
    }

    List<State> states(String... iso3) {
        return Arrays.stream(iso3).map(this::state).toList();
    }

    Organization organization(String acronym) {
        Organization organization = organizations.get(acronym);
        if (organization == null) {
            throw new IllegalStateException("no organization " + acronym);
        }
        return organization;
    }

    Person person(String id, String name, Actor affiliation) {
        Person person = F.createPerson();
        person.setId(register(id, person));
        person.setName(name);
        person.setAffiliation(affiliation);
        workspace.getPersons().add(person);
        return person;
    }

    /** A body with id {@code body-<prefix with / as ->}, e.g. body-CAC-COSP-EG.1. */
    Body body(String symbolPrefix, String acronym, String instrument, Body parent, String english, String chinese) {
        Body body = F.createBody();
        body.setId(register(bodyId(symbolPrefix), body));
        body.setAcronym(acronym);
        body.setSymbolPrefix(symbolPrefix);
        body.setKind(parent == null ? BodyKind.GOVERNING_BODY : BodyKind.SUBSIDIARY_BODY);
        body.setInstrument(instruments.get(instrument));
        body.setParent(parent);
        body.setName(text(english, chinese));
        workspace.getBodies().add(body);
        bodies.put(symbolPrefix, body);
        return body;
    }

    static String bodyId(String symbolPrefix) {
        return "body-" + symbolPrefix.replace('/', '-');
    }

    Body body(String symbolPrefix) {
        return bodies.get(symbolPrefix);
    }

    /**
     * A meeting with id {@code meeting-<body>-<key>}; the key is the ordinal or, where the
     * sources give none, the month.
     */
    Meeting meeting(String symbolPrefix, String key, int ordinal, LocalDate start, LocalDate end, MultilingualText venue,
            MultilingualText title) {
        Meeting meeting = F.createMeeting();
        String id = "meeting-" + symbolPrefix.replace('/', '-') + "-" + key;
        meeting.setId(register(id, meeting));
        meeting.setOrdinal(ordinal);
        meeting.setStartDate(start);
        meeting.setEndDate(end);
        meeting.setVenue(venue);
        meeting.setTitle(title);
        bodies.get(symbolPrefix).getMeetings().add(meeting);
        meetings.put(symbolPrefix + "#" + key, meeting);
        return meeting;
    }

    Meeting meeting(String symbolPrefix, String key) {
        Meeting meeting = meetings.get(symbolPrefix + "#" + key);
        if (meeting == null) {
            throw new IllegalStateException("no meeting " + symbolPrefix + " " + key);
        }
        return meeting;
    }

    static MultilingualText vienna() {
        return text("Vienna", "维也纳");
    }

    AgendaItem agendaItem(Meeting meeting, String number, String english, String chinese) {
        AgendaItem item = item(meeting.getId() + "-item-", number, english, chinese);
        meeting.getAgenda().add(item);
        return item;
    }

    /** A sub-item such as (a); its id extends the parent's, e.g. ...-item-1a. */
    AgendaItem subItem(AgendaItem parent, String letter, String english, String chinese) {
        AgendaItem item = item(parent.getId(), letter, english, chinese);
        parent.getSubItems().add(item);
        return item;
    }

    private AgendaItem item(String idPrefix, String number, String english, String chinese) {
        AgendaItem item = F.createAgendaItem();
        item.setId(register(idPrefix + number.replaceAll("[()]", ""), item));
        item.setNumber(number);
        item.setTitle(text(english, chinese));
        return item;
    }

    /** A document with English and Chinese titles; unknown type, date or meeting may be null. */
    Document document(String symbol, DocumentType type, Meeting meeting, LocalDate date, String english,
            String chinese) {
        Document document = F.createDocument();
        document.setSymbol(DocumentSymbol.parse(symbol));
        document.setType(type);
        document.setDistribution(symbol.contains("/L.") ? Distribution.LIMITED : Distribution.GENERAL);
        document.setMeeting(meeting);
        document.setDate(date);
        document.getVersions().add(version("en", english));
        document.getVersions().add(version("zh", chinese));
        register(document.getKey(), document);
        workspace.getDocuments().add(document);
        documents.put(document.getKey(), document);
        return document;
    }

    private static LanguageVersion version(String language, String title) {
        LanguageVersion version = F.createLanguageVersion();
        version.setLanguage(language);
        version.setTitle(title);
        return version;
    }

    Document document(String symbol) {
        Document document = documents.get(DocumentSymbol.parse(symbol).normalizedKey());
        if (document == null) {
            throw new IllegalStateException("no document " + symbol);
        }
        return document;
    }

    /** A resolution or decision with id {@code res-<body>-<number with / as ->}. */
    Resolution resolution(Meeting session, String number, ResolutionKind kind, String english, String chinese) {
        Resolution resolution = F.createResolution();
        String id = "res-" + session.getBody().getSymbolPrefix().replace('/', '-') + "-" + number.replace('/', '-');
        resolution.setId(register(id, resolution));
        resolution.setNumber(number);
        resolution.setKind(kind);
        resolution.setTitle(text(english, chinese));
        session.getResolutions().add(resolution);
        return resolution;
    }

    /**
     * An operative paragraph. Where the sources cite a resolution's content without its paragraph
     * number, the number is 0 and the key names the subject instead.
     */
    OperativeParagraph paragraph(Resolution resolution, int number, String key, Addressees addressees, String english,
            String chinese) {
        OperativeParagraph paragraph = F.createOperativeParagraph();
        String id = resolution.getId() + "-" + (number > 0 ? "op-" + number : key);
        paragraph.setId(register(id, paragraph));
        paragraph.setNumber(number);
        paragraph.setText(text(english, chinese));
        paragraph.setAddressees(addressees);
        resolution.getParagraphs().add(paragraph);
        return paragraph;
    }

    /**
     * A recommendation with id {@code rec-<meeting key>-<paragraph><letter>}, or the key where the
     * sources give no paragraph number (then 0).
     */
    Recommendation recommendation(Meeting meeting, int paragraph, String letter, String key, Addressees addressees,
            Document report, String english, String chinese) {
        Recommendation recommendation = F.createRecommendation();
        String suffix = paragraph > 0 ? paragraph + (letter == null ? "" : letter) : key;
        String id = "rec-" + meeting.getId().substring("meeting-".length()) + "-" + suffix;
        recommendation.setId(register(id, recommendation));
        recommendation.setParagraphNumber(paragraph);
        recommendation.setLetter(letter);
        recommendation.setAddressees(addressees);
        recommendation.setDocument(report);
        recommendation.setText(text(english, chinese));
        meeting.getRecommendations().add(recommendation);
        return recommendation;
    }

    static Addressees statesParties() {
        Addressees addressees = F.createAddressees();
        addressees.setAllStatesParties(true);
        return addressees;
    }

    static Addressees secretariat(Body... bodies) {
        Addressees addressees = F.createAddressees();
        addressees.setSecretariat(true);
        addressees.getBodies().addAll(List.of(bodies));
        return addressees;
    }

    static Addressees statesPartiesAndSecretariat() {
        Addressees addressees = statesParties();
        addressees.setSecretariat(true);
        return addressees;
    }

    Mandate mandate(String key, String english, String chinese, Addressees addressees, String... topics) {
        Mandate mandate = F.createMandate();
        String id = "mandate-" + key;
        mandate.setId(register(id, mandate));
        mandate.setTitle(text(english, chinese));
        mandate.setAddressees(addressees);
        mandate.getTopics().addAll(List.of(topics));
        workspace.getMandates().add(mandate);
        return mandate;
    }

    /** Appends a status change; the mandate's current status follows the latest one. */
    static void status(Mandate mandate, LocalDate date, MandateStatus status, String english, String chinese) {
        StatusChange change = F.createStatusChange();
        change.setDate(date);
        change.setStatus(status);
        change.setAuthor(AUTHOR);
        change.setReason(text(english, chinese));
        mandate.getStatusChanges().add(change);
        mandate.setStatus(status);
    }

    /** @return the object registered under the id */
    <T> T get(String id, Class<T> type) {
        Object object = byId.get(id);
        if (!type.isInstance(object)) {
            throw new IllegalStateException("no " + type.getSimpleName() + " " + id);
        }
        return type.cast(object);
    }

    /** Registers an object with an id made elsewhere, failing on a repeat. */
    String id(String id, Object object) {
        return register(id, object);
    }
}
