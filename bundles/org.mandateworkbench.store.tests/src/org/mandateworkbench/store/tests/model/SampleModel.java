package org.mandateworkbench.store.tests.model;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.emf.common.command.CompoundCommand;
import org.mandateworkbench.model.Body;
import org.mandateworkbench.model.BodyKind;
import org.mandateworkbench.model.Document;
import org.mandateworkbench.model.Indicator;
import org.mandateworkbench.model.Instrument;
import org.mandateworkbench.model.LocalizedString;
import org.mandateworkbench.model.Mandate;
import org.mandateworkbench.model.MandateStatus;
import org.mandateworkbench.model.MandateWorkspace;
import org.mandateworkbench.model.MandatesFactory;
import org.mandateworkbench.model.Meeting;
import org.mandateworkbench.model.MultilingualText;
import org.mandateworkbench.model.NoteVerbale;
import org.mandateworkbench.model.Observation;
import org.mandateworkbench.model.OperativeParagraph;
import org.mandateworkbench.model.Person;
import org.mandateworkbench.model.Recommendation;
import org.mandateworkbench.model.Resolution;
import org.mandateworkbench.model.State;
import org.mandateworkbench.model.StateResponse;
import org.mandateworkbench.model.symbol.DocumentSymbol;
import org.mandateworkbench.store.ModelCommands;
import org.mandateworkbench.store.ModelStore;

/**
 * A small model whose references cross every file of the split layout: a mandate in a mandates
 * bucket refers to a paragraph and a recommendation in two body files, a meeting, a person and, via
 * its note verbale's response, a State in actors.xmi; documents cite each other across buckets.
 * Facts follow the seeds (expert meeting CAC/COSP/EG.1, resolution 7/1, note verbale of 9 February
 * 2018, reply received 15 March 2018).
 */
public final class SampleModel {

	public static final String DOC_2018 = "CAC/COSP/EG.1/2018/2";
	public static final String DOC_2019 = "CAC/COSP/EG.1/2019/2";

	private static final MandatesFactory F = MandatesFactory.eINSTANCE;

	private SampleModel() {
	}

	/** Builds the sample as a detached root. */
	public static MandateWorkspace create() {
		MandateWorkspace workspace = F.createMandateWorkspace();
		workspace.setName("Sample");
		Instrument uncac = F.createInstrument();
		uncac.setId("uncac");
		uncac.setAcronym("UNCAC");
		workspace.getInstruments().add(uncac);

		State denmark = state("DNK", "Denmark", "\u4e39\u9ea6");
		State china = state("CHN", "China", "\u4e2d\u56fd");
		workspace.getStates().addAll(List.of(denmark, china));
		Person officer = F.createPerson();
		officer.setId("person-1");
		officer.setName("Officer One");
		workspace.getPersons().add(officer);

		Body cosp = body("cosp", "COSP", uncac, null);
		Meeting cosp7 = meeting("cosp-7", 7, LocalDate.of(2017, 11, 6));
		cosp.getMeetings().add(cosp7);
		Resolution resolution = F.createResolution();
		resolution.setId("res-7-1");
		resolution.setNumber("7/1");
		OperativeParagraph paragraph = F.createOperativeParagraph();
		paragraph.setId("res-7-1-p2");
		paragraph.setNumber(2);
		paragraph.setText(text("Requests the secretariat to collect information."));
		resolution.getParagraphs().add(paragraph);
		cosp7.getResolutions().add(resolution);

		Body expertGroup = body("eg1", "EG.1", uncac, cosp);
		Meeting eg7 = meeting("eg1-7", 7, LocalDate.of(2018, 6, 8));
		expertGroup.getMeetings().add(eg7);
		workspace.getBodies().addAll(List.of(cosp, expertGroup));

		Document note2018 = document(DOC_2018, LocalDate.of(2018, 3, 28), eg7);
		Document report2019 = document(DOC_2019, LocalDate.of(2019, 5, 31), null);
		report2019.getCites().add(note2018);
		workspace.getDocuments().addAll(List.of(note2018, report2019));
		resolution.setDocument(report2019);

		Recommendation recommendation = F.createRecommendation();
		recommendation.setId("eg1-8-47a");
		recommendation.setParagraphNumber(47);
		recommendation.setLetter("a");
		recommendation.setDocument(report2019);
		recommendation.setText(text("Continue to share information on central authorities."));
		eg7.getRecommendations().add(recommendation);

		Mandate mandate = F.createMandate();
		mandate.setId("mandate-1");
		mandate.setTitle(text("Progress note on international cooperation"));
		mandate.getSourceParagraphs().add(paragraph);
		mandate.getSourceRecommendations().add(recommendation);
		mandate.setReportTo(eg7);
		mandate.setResponsibleOfficer(officer);
		mandate.setStatus(MandateStatus.IN_PROGRESS);
		NoteVerbale note = F.createNoteVerbale();
		note.setId("nv-2018-02-09");
		note.setDate(LocalDate.of(2018, 2, 9));
		StateResponse reply = F.createStateResponse();
		reply.setId("reply-dnk-2018");
		reply.setState(denmark);
		reply.setReceivedDate(LocalDate.of(2018, 3, 15));
		note.getResponses().add(reply);
		mandate.getActions().add(note);
		workspace.getMandates().add(mandate);

		Indicator replies = F.createIndicator();
		replies.setId("replies");
		replies.setMandate(mandate);
		Observation thirteen = F.createObservation();
		thirteen.setDate(LocalDate.of(2018, 3, 15));
		thirteen.setValue(13);
		replies.getObservations().add(thirteen);
		workspace.getIndicators().add(replies);
		return workspace;
	}

	/** One command that moves everything of {@code sample} into the store's root. */
	public static CompoundCommand addAll(ModelStore store, MandateWorkspace sample) {
		return ModelCommands.addAll(store, sample, "Add sample");
	}

	/** A multilingual text with one English value. */
	public static MultilingualText text(String english) {
		MultilingualText text = F.createMultilingualText();
		LocalizedString value = F.createLocalizedString();
		value.setLanguage("en");
		value.setValue(english);
		text.getValues().add(value);
		return text;
	}

	private static State state(String iso, String english, String chinese) {
		State state = F.createState();
		state.setId(iso);
		state.setIsoCode(iso);
		MultilingualText name = text(english);
		LocalizedString zh = F.createLocalizedString();
		zh.setLanguage("zh");
		zh.setValue(chinese);
		name.getValues().add(zh);
		state.setName(name);
		return state;
	}

	private static Body body(String id, String acronym, Instrument instrument, Body parent) {
		Body body = F.createBody();
		body.setId(id);
		body.setAcronym(acronym);
		body.setInstrument(instrument);
		body.setParent(parent);
		body.setKind(parent == null ? BodyKind.GOVERNING_BODY : BodyKind.SUBSIDIARY_BODY);
		return body;
	}

	private static Meeting meeting(String id, int ordinal, LocalDate start) {
		Meeting meeting = F.createMeeting();
		meeting.setId(id);
		meeting.setOrdinal(ordinal);
		meeting.setStartDate(start);
		return meeting;
	}

	private static Document document(String symbol, LocalDate date, Meeting meeting) {
		Document document = F.createDocument();
		document.setSymbol(DocumentSymbol.parse(symbol));
		document.setDate(date);
		document.setMeeting(meeting);
		return document;
	}
}
