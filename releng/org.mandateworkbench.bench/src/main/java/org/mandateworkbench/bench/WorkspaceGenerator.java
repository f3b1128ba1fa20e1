package org.mandateworkbench.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.mandateworkbench.model.Addressees;
import org.mandateworkbench.model.AgendaItem;
import org.mandateworkbench.model.Body;
import org.mandateworkbench.model.BodyKind;
import org.mandateworkbench.model.Document;
import org.mandateworkbench.model.DocumentIssued;
import org.mandateworkbench.model.DocumentType;
import org.mandateworkbench.model.Indicator;
import org.mandateworkbench.model.Instrument;
import org.mandateworkbench.model.LanguageVersion;
import org.mandateworkbench.model.LocalizedString;
import org.mandateworkbench.model.Mandate;
import org.mandateworkbench.model.MandateStatus;
import org.mandateworkbench.model.MandateWorkspace;
import org.mandateworkbench.model.MandatesFactory;
import org.mandateworkbench.model.Meeting;
import org.mandateworkbench.model.MultilingualText;
import org.mandateworkbench.model.NoteVerbale;
import org.mandateworkbench.model.NoteVerbaleReminder;
import org.mandateworkbench.model.Observation;
import org.mandateworkbench.model.OperativeParagraph;
import org.mandateworkbench.model.Organization;
import org.mandateworkbench.model.PartyStatus;
import org.mandateworkbench.model.PartyStatusKind;
import org.mandateworkbench.model.Person;
import org.mandateworkbench.model.Recommendation;
import org.mandateworkbench.model.Resolution;
import org.mandateworkbench.model.State;
import org.mandateworkbench.model.StateResponse;
import org.mandateworkbench.model.StatusChange;
import org.mandateworkbench.model.TopicSummary;
import org.mandateworkbench.model.symbol.DocumentSymbol;

/**
 * Builds a workspace of about a given number of objects (every EMF object counts, texts included) with
 * the mix a secretariat accumulates: States, organizations and persons; a dozen bodies whose meetings
 * have agendas, resolutions with operative paragraphs and recommendations; documents with symbols in
 * two languages; mandates citing paragraphs and recommendations, each with status changes, a note
 * verbale with State responses, a reminder and an issued document; indicators with observations.
 * Deterministic for a given seed.
 */
final class WorkspaceGenerator {

	private static final MandatesFactory F = MandatesFactory.eINSTANCE;
	private static final String[] BODIES = { "COSP", "IRG", "WG.2", "WG.4", "EG.1", "COP", "WG.2T", "WG.3", "WG.6",
			"WG.7", "EG.4", "EG.5" };

	private final Random random;
	private final MandateWorkspace workspace = F.createMandateWorkspace();
	private final List<State> states = new ArrayList<>();
	private final List<Person> persons = new ArrayList<>();
	private int count;

	private WorkspaceGenerator(long seed) {
		random = new Random(seed);
	}

	/** A workspace of at least {@code objects} objects. */
	static MandateWorkspace generate(int objects, long seed) {
		return new WorkspaceGenerator(seed).build(objects);
	}

	/** Counts the objects of a model, the root included. */
	static int countObjects(EObject root) {
		int objects = 1;
		for (TreeIterator<EObject> i = root.eAllContents(); i.hasNext(); i.next()) {
			objects++;
		}
		return objects;
	}

	private MandateWorkspace build(int objects) {
		workspace.setName("Benchmark " + objects);
		Instrument uncac = F.createInstrument();
		uncac.setId("uncac");
		uncac.setAcronym("UNCAC");
		Instrument untoc = F.createInstrument();
		untoc.setId("untoc");
		untoc.setAcronym("UNTOC");
		workspace.getInstruments().addAll(List.of(uncac, untoc));
		for (int i = 0; i < 190; i++) {
			State state = F.createState();
			String iso = String.format("S%02d", i);
			state.setId(iso);
			state.setIsoCode(iso);
			state.setName(text("State " + i, "\u56fd\u5bb6 " + i));
			PartyStatus status = F.createPartyStatus();
			status.setInstrument(i % 2 == 0 ? uncac : untoc);
			status.setStatus(PartyStatusKind.PARTY);
			status.setDate(LocalDate.of(2005 + i % 15, 1 + i % 12, 1 + i % 28));
			state.getPartyStatuses().add(status);
			states.add(state);
		}
		workspace.getStates().addAll(states);
		for (int i = 0; i < 20; i++) {
			Organization organization = F.createOrganization();
			organization.setId("org-" + i);
			organization.setAcronym("ORG" + i);
			organization.setName(text("Organization " + i, "\u7ec4\u7ec7 " + i));
			workspace.getOrganizations().add(organization);
		}
		for (int i = 0; i < 200; i++) {
			Person person = F.createPerson();
			person.setId("person-" + i);
			person.setName("Person " + i);
			person.setAffiliation(states.get(i % states.size()));
			persons.add(person);
		}
		workspace.getPersons().addAll(persons);
		Body parent = null;
		for (String acronym : BODIES) {
			Body body = F.createBody();
			body.setId(acronym.toLowerCase());
			body.setAcronym(acronym);
			body.setName(text("Body " + acronym, "\u673a\u6784 " + acronym));
			body.setInstrument(acronym.endsWith("T") || acronym.equals("COP") ? untoc : uncac);
			body.setKind(parent == null ? BodyKind.GOVERNING_BODY : BodyKind.SUBSIDIARY_BODY);
			body.setParent(parent);
			body.setSymbolPrefix("CAC/COSP/" + acronym);
			parent = parent == null ? body : parent;
			workspace.getBodies().add(body);
		}
		count = countObjects(workspace);
		for (int meeting = 0; count < objects; meeting++) {
			addMeeting(workspace.getBodies().get(meeting % BODIES.length), meeting / BODIES.length + 1);
		}
		return workspace;
	}

	private void addMeeting(Body body, int ordinal) {
		Meeting meeting = F.createMeeting();
		String id = body.getId() + "-" + ordinal;
		meeting.setId(id);
		meeting.setOrdinal(ordinal);
		meeting.setStartDate(LocalDate.of(2000 + ordinal % 25, 1 + ordinal % 12, 1 + ordinal % 28));
		meeting.setTitle(text(body.getAcronym() + " session " + ordinal, "\u7b2c " + ordinal + " \u5c4a\u4f1a\u8bae"));
		for (int i = 1; i <= 8; i++) {
			AgendaItem item = F.createAgendaItem();
			item.setId(id + "-item-" + i);
			item.setNumber(Integer.toString(i));
			item.setTitle(text("Agenda item " + i, null));
			meeting.getAgenda().add(item);
		}
		body.getMeetings().add(meeting);
		List<Document> documents = new ArrayList<>();
		for (int i = 1; i <= 6; i++) {
			Document document = F.createDocument();
			document.setSymbol(DocumentSymbol.parse(body.getSymbolPrefix() + "/" + (2000 + ordinal) + "/" + i));
			document.setType(i == 1 ? DocumentType.PROVISIONAL_AGENDA : i == 6 ? DocumentType.REPORT
					: DocumentType.NOTE_BY_SECRETARIAT);
			document.setDate(meeting.getStartDate().minusDays(30 - i));
			document.setMeeting(meeting);
			document.getVersions().add(version("en", "Document " + i));
			document.getVersions().add(version("zh", "\u6587\u4ef6 " + i));
			documents.add(document);
		}
		workspace.getDocuments().addAll(documents);
		List<OperativeParagraph> paragraphs = new ArrayList<>();
		for (int r = 1; r <= 2; r++) {
			Resolution resolution = F.createResolution();
			resolution.setId(id + "-res-" + r);
			resolution.setNumber(ordinal + "/" + r);
			resolution.setTitle(text("Resolution " + ordinal + "/" + r, null));
			resolution.setDocument(documents.get(5));
			for (int p = 1; p <= 5; p++) {
				OperativeParagraph paragraph = F.createOperativeParagraph();
				paragraph.setId(resolution.getId() + "-p" + p);
				paragraph.setNumber(p);
				paragraph.setText(text("Requests the secretariat to act on item " + p, null));
				paragraph.setAddressees(secretariat());
				resolution.getParagraphs().add(paragraph);
				paragraphs.add(paragraph);
			}
			meeting.getResolutions().add(resolution);
		}
		List<Recommendation> recommendations = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			Recommendation recommendation = F.createRecommendation();
			recommendation.setId(id + "-rec-" + (char) ('a' + i));
			recommendation.setParagraphNumber(40 + ordinal % 10);
			recommendation.setLetter(Character.toString('a' + i));
			recommendation.setText(text("Recommendation " + (char) ('a' + i), "\u5efa\u8bae " + (char) ('a' + i)));
			recommendation.setAddressees(secretariat());
			recommendation.setDocument(documents.get(5));
			meeting.getRecommendations().add(recommendation);
			recommendations.add(recommendation);
		}
		for (int m = 0; m < 4; m++) {
			workspace.getMandates().add(mandate(id + "-mandate-" + m, meeting, paragraphs.get(random.nextInt(paragraphs.size())),
					recommendations.get(random.nextInt(recommendations.size())), documents.get(2 + m)));
		}
		Indicator indicator = F.createIndicator();
		indicator.setId(id + "-indicator");
		indicator.setMandate(workspace.getMandates().get(workspace.getMandates().size() - 1));
		for (int i = 0; i < 4; i++) {
			Observation observation = F.createObservation();
			observation.setDate(meeting.getStartDate().plusMonths(i));
			observation.setValue(random.nextInt(40));
			indicator.getObservations().add(observation);
		}
		workspace.getIndicators().add(indicator);
		count += countObjects(meeting) + documents.stream().mapToInt(WorkspaceGenerator::countObjects).sum()
				+ countObjects(indicator);
		for (int m = 0; m < 4; m++) {
			count += countObjects(workspace.getMandates().get(workspace.getMandates().size() - 1 - m));
		}
	}

	private Mandate mandate(String id, Meeting meeting, OperativeParagraph paragraph, Recommendation recommendation,
			Document issued) {
		Mandate mandate = F.createMandate();
		mandate.setId(id);
		mandate.setTitle(text("Mandate " + id, "\u4efb\u52a1 " + id));
		mandate.getSourceParagraphs().add(paragraph);
		mandate.getSourceRecommendations().add(recommendation);
		mandate.setAddressees(secretariat());
		mandate.setResponsibleOfficer(persons.get(random.nextInt(persons.size())));
		mandate.setReportTo(meeting);
		mandate.setStatus(MandateStatus.IN_PROGRESS);
		mandate.getTopics().add("international cooperation");
		for (MandateStatus status : List.of(MandateStatus.PENDING, MandateStatus.IN_PROGRESS)) {
			StatusChange change = F.createStatusChange();
			change.setDate(meeting.getStartDate().plusDays(status.getValue()));
			change.setStatus(status);
			change.setAuthor("secretariat");
			mandate.getStatusChanges().add(change);
		}
		NoteVerbale note = F.createNoteVerbale();
		note.setId(id + "-nv");
		note.setDate(meeting.getStartDate().plusDays(40));
		note.setReference("CU " + id);
		note.setAddressees(secretariat());
		for (int i = 0; i < 5; i++) {
			StateResponse response = F.createStateResponse();
			response.setId(id + "-reply-" + i);
			response.setState(states.get(random.nextInt(states.size())));
			response.setReceivedDate(note.getDate().plusDays(10 + random.nextInt(60)));
			response.setSubstantive(random.nextBoolean());
			TopicSummary summary = F.createTopicSummary();
			summary.setTopic("international cooperation");
			summary.setSummary(text("Reported on central authorities", null));
			response.getTopicSummaries().add(summary);
			note.getResponses().add(response);
		}
		mandate.getActions().add(note);
		NoteVerbaleReminder reminder = F.createNoteVerbaleReminder();
		reminder.setId(id + "-reminder");
		reminder.setReminded(note);
		reminder.setDate(note.getDate().plusDays(60));
		mandate.getActions().add(reminder);
		DocumentIssued documentIssued = F.createDocumentIssued();
		documentIssued.setId(id + "-issued");
		documentIssued.setDocument(issued);
		mandate.getActions().add(documentIssued);
		return mandate;
	}

	private static Addressees secretariat() {
		Addressees addressees = F.createAddressees();
		addressees.setSecretariat(true);
		return addressees;
	}

	private static LanguageVersion version(String language, String title) {
		LanguageVersion version = F.createLanguageVersion();
		version.setLanguage(language);
		version.setTitle(title);
		version.setOriginal(language.equals("en"));
		return version;
	}

	private static MultilingualText text(String english, String chinese) {
		MultilingualText text = F.createMultilingualText();
		text.getValues().add(value("en", english));
		if (chinese != null) {
			text.getValues().add(value("zh", chinese));
		}
		return text;
	}

	private static LocalizedString value(String language, String value) {
		LocalizedString string = F.createLocalizedString();
		string.setLanguage(language);
		string.setValue(value);
		return string;
	}
}
