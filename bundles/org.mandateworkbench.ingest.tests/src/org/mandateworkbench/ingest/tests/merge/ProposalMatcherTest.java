package org.mandateworkbench.ingest.tests.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mandateworkbench.ingest.merge.ImportChange.Category.BODY;
import static org.mandateworkbench.ingest.merge.ImportChange.Category.CITATION;
import static org.mandateworkbench.ingest.merge.ImportChange.Category.DOCUMENT;
import static org.mandateworkbench.ingest.merge.ImportChange.Category.INDICATOR;
import static org.mandateworkbench.ingest.merge.ImportChange.Category.MANDATE;
import static org.mandateworkbench.ingest.merge.ImportChange.Category.MEETING;
import static org.mandateworkbench.ingest.merge.ImportChange.Category.NOTE_VERBALE;
import static org.mandateworkbench.ingest.merge.ImportChange.Category.RECOMMENDATION;
import static org.mandateworkbench.ingest.merge.ImportChange.Category.REMINDER;
import static org.mandateworkbench.ingest.merge.ImportChange.Category.RESOLUTION;
import static org.mandateworkbench.ingest.merge.ImportChange.Category.STATE;
import static org.mandateworkbench.ingest.merge.ImportChange.Category.STATE_RESPONSE;
import static org.mandateworkbench.ingest.merge.ImportChange.Kind.ADD;
import static org.mandateworkbench.ingest.merge.ImportChange.Kind.LINK;
import static org.mandateworkbench.ingest.merge.ImportChange.Kind.MATCHED;
import static org.mandateworkbench.ingest.merge.ImportChange.Kind.UNMATCHED;
import static org.mandateworkbench.ingest.merge.ImportChange.Kind.UPDATE;
import static org.mandateworkbench.ingest.tests.merge.MergeWorkspace.of;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mandateworkbench.ingest.merge.ImportChange;
import org.mandateworkbench.ingest.merge.ImportPlan;
import org.mandateworkbench.ingest.merge.SourceSpan;
import org.mandateworkbench.model.Document;
import org.mandateworkbench.model.LanguageVersion;
import org.mandateworkbench.model.Meeting;
import org.mandateworkbench.model.NoteVerbale;
import org.mandateworkbench.model.NoteVerbaleReminder;
import org.mandateworkbench.model.Recommendation;
import org.mandateworkbench.model.StateResponse;
import org.mandateworkbench.model.query.MultilingualTextQuery;

class ProposalMatcherTest {

	@TempDir
	Path folder;

	@Test
	void newDocumentProposesEachObjectWithItsSourceSpanAndConfidence() throws Exception {
		try (MergeWorkspace w = MergeWorkspace.create(folder)) {
			String text = MergeFixtures.ENGLISH;
			ImportPlan plan = w.plan("note-en.txt", text);
			String all = plan.changes().toString();

			assertEquals("sources/CAC_COSP_EG.1_2020_2.en.txt", plan.sourcePath().orElseThrow());
			ImportChange document = of(plan, ADD, DOCUMENT).get(0);
			Document added = (Document) document.object();
			assertEquals(MergeFixtures.SYMBOL, added.getSymbol().toString());
			assertEquals(LocalDate.of(2020, 7, 15), added.getDate());
			assertEquals(MergeFixtures.SYMBOL, text.substring(document.span().start(), document.span().end()));
			assertEquals("note-en.txt", document.span().file());

			assertEquals(1, of(plan, MATCHED, BODY).size(), all);
			Meeting meeting = (Meeting) of(plan, ADD, MEETING).get(0).object();
			assertEquals(LocalDate.of(2020, 9, 2), meeting.getStartDate());
			assertEquals(LocalDate.of(2020, 9, 4), meeting.getEndDate());
			assertEquals("Vienna", MultilingualTextQuery.value(meeting.getVenue(), "en").orElseThrow());

			assertEquals(1, of(plan, LINK, CITATION).size(), all);
			assertEquals(MergeWorkspace.CITED, of(plan, LINK, CITATION).get(0).label());
			assertTrue(of(plan, UNMATCHED, CITATION).stream().anyMatch(c -> c.label().equals("CAC/COSP/EG.1/2020/1")), all);
			assertTrue(of(plan, UNMATCHED, RESOLUTION).stream().anyMatch(c -> c.label().contains("8/1")), all);

			List<ImportChange> recommendations = of(plan, ADD, RECOMMENDATION);
			assertEquals(3, recommendations.size(), all);
			ImportChange first = recommendations.get(0);
			Recommendation a = (Recommendation) first.object();
			assertEquals(5, a.getParagraphNumber());
			assertEquals("a", a.getLetter());
			assertTrue(a.getAddressees().isSecretariat());
			assertSame(added, a.getDocument());
			assertEquals(5, first.span().paragraph());
			assertTrue(text.substring(first.span().start(), first.span().end()).contains("online directory"),
					first.span().toString());
			assertTrue(((Recommendation) recommendations.get(1).object()).getAddressees().isAllStatesParties());
			assertTrue(first.requires().contains(of(plan, ADD, MEETING).get(0)));

			NoteVerbale note = (NoteVerbale) of(plan, ADD, NOTE_VERBALE).get(0).object();
			assertEquals(LocalDate.of(2020, 2, 3), note.getDate());
			assertTrue(note.getTopics().contains("extradition"), note.getTopics().toString());
			NoteVerbaleReminder reminder = (NoteVerbaleReminder) of(plan, ADD, REMINDER).get(0).object();
			assertSame(note, reminder.getReminded());
			assertEquals(1, of(plan, ADD, MANDATE).size(), all);

			List<String> responding = of(plan, ADD, STATE_RESPONSE).stream().map(ImportChange::label).toList();
			assertEquals(List.of("BRA", "CAN", "KEN", "NOR"), responding);
			StateResponse brazil = (StateResponse) of(plan, ADD, STATE_RESPONSE).get(0).object();
			assertEquals("BRA", brazil.getState().getIsoCode());
			assertSame(w.store.root().getStates().get(0), brazil.getState(), "Brazil is matched, not created");
			assertEquals(LocalDate.of(2020, 4, 30), brazil.getReceivedDate());
			assertEquals(List.of("CAN", "KEN", "NOR"), of(plan, ADD, STATE).stream().map(ImportChange::label).toList());
			assertEquals(1, of(plan, ADD, INDICATOR).size(), all);

			for (ImportChange change : plan.changes()) {
				assertTrue(change.confidence() > 0 && change.confidence() <= 1, change.toString());
				SourceSpan span = change.span();
				if (span != null) {
					assertTrue(span.end() <= text.length(), change.toString());
				}
			}
			assertTrue(plan.changes().stream().filter(ImportChange::isEffective).allMatch(ImportChange::isAccepted));
		}
	}

	@Test
	void chineseVersionOfAnImportedDocumentAddsItsLanguageNotNewObjects() throws Exception {
		try (MergeWorkspace w = MergeWorkspace.create(folder)) {
			w.commit(w.plan("note-en.txt", MergeFixtures.ENGLISH));
			ImportPlan zh = w.plan("note-zh.txt", MergeFixtures.CHINESE);
			String all = zh.changes().toString();

			assertEquals("zh", ((LanguageVersion) of(zh, ADD, ImportChange.Category.LANGUAGE_VERSION).get(0).object())
					.getLanguage(), all);
			assertTrue(of(zh, ADD, DOCUMENT).isEmpty(), all);
			assertTrue(of(zh, ADD, MEETING).isEmpty(), all);
			assertEquals(1, of(zh, MATCHED, MEETING).size(), all);
			assertEquals(3, of(zh, ADD, RECOMMENDATION).size(), "the Chinese text of each recommendation: " + all);
			assertTrue(of(zh, ADD, RECOMMENDATION).stream().allMatch(c -> c.object() instanceof org.mandateworkbench.model.LocalizedString), all);
			assertTrue(of(zh, ADD, NOTE_VERBALE).isEmpty(), all);
			assertEquals(1, of(zh, MATCHED, NOTE_VERBALE).size(), all);
			assertTrue(of(zh, ADD, STATE_RESPONSE).isEmpty(), all);
			assertEquals(4, of(zh, MATCHED, STATE_RESPONSE).size(), all);
			assertTrue(of(zh, ADD, INDICATOR).isEmpty(), all);

			w.commit(zh);
			Recommendation b = w.document(MergeFixtures.SYMBOL).getMeeting().getRecommendations().get(1);
			assertEquals("鼓励缔约国分享请求范本", MultilingualTextQuery.value(b.getText(), "zh").orElseThrow());
			assertEquals("States parties are encouraged to share model requests",
					MultilingualTextQuery.value(b.getText(), "en").orElseThrow());
		}
	}

	@Test
	void revisionSupersedesItsOriginalAndTakesOverItsRecommendations() throws Exception {
		try (MergeWorkspace w = MergeWorkspace.create(folder)) {
			w.commit(w.plan("note-en.txt", MergeFixtures.ENGLISH));
			Document original = w.document(MergeFixtures.SYMBOL);
			ImportPlan rev = w.plan("note-rev1.txt", MergeFixtures.REVISED);
			String all = rev.changes().toString();

			assertEquals(1, of(rev, ADD, DOCUMENT).size(), all);
			List<ImportChange> supersedes = of(rev, LINK, ImportChange.Category.SUPERSEDES);
			assertEquals(1, supersedes.size(), all);
			assertSame(original, supersedes.get(0).value());
			assertEquals(1, of(rev, ADD, RECOMMENDATION).size(), "only (d) is new: " + all);
			assertTrue(of(rev, UPDATE, RECOMMENDATION).size() >= 4, "(a)-(c) move to the revision, (b) is reworded: " + all);

			w.commit(rev);
			Document revision = w.document(MergeFixtures.REVISION);
			assertEquals(List.of(original), revision.getSupersedes());
			List<Recommendation> recommendations = revision.getMeeting().getRecommendations();
			assertEquals(4, recommendations.size());
			assertTrue(recommendations.stream().allMatch(r -> r.getDocument() == revision));
			assertEquals("States parties are encouraged to share model requests and templates",
					MultilingualTextQuery.value(recommendations.get(1).getText(), "en").orElseThrow());

			ImportPlan again = w.plan("note-en.txt", MergeFixtures.ENGLISH);
			assertTrue(again.changesNothing(), "the original read again leaves the revision alone: " + again.changes());
		}
	}

	@Test
	void originalImportedAfterItsRevisionIsMarkedSuperseded() throws Exception {
		try (MergeWorkspace w = MergeWorkspace.create(folder)) {
			w.commit(w.plan("note-rev1.txt", MergeFixtures.REVISED));
			ImportPlan original = w.plan("note-en.txt", MergeFixtures.ENGLISH);
			List<ImportChange> supersedes = of(original, LINK, ImportChange.Category.SUPERSEDES);
			assertEquals(1, supersedes.size(), original.changes().toString());
			assertSame(w.document(MergeFixtures.REVISION), supersedes.get(0).owner());
			assertTrue(of(original, ADD, RECOMMENDATION).isEmpty(), original.changes().toString());
		}
	}

	@Test
	void plansOfOneMatcherSeeEachOtherSoTwoLanguagesInOneImportDoNotDuplicate() throws Exception {
		try (MergeWorkspace w = MergeWorkspace.create(folder)) {
			List<ImportPlan> plans = w.plan("note-en.txt", MergeFixtures.ENGLISH, "note-zh.txt", MergeFixtures.CHINESE);
			assertEquals(1, of(plans.get(0), ADD, DOCUMENT).size());
			assertTrue(of(plans.get(1), ADD, DOCUMENT).isEmpty(), plans.get(1).changes().toString());
			assertTrue(of(plans.get(1), ADD, MEETING).isEmpty(), plans.get(1).changes().toString());
			assertTrue(of(plans.get(1), ADD, STATE).isEmpty(), plans.get(1).changes().toString());
			w.commit(plans.toArray(ImportPlan[]::new));
			Document document = w.document(MergeFixtures.SYMBOL);
			assertEquals(2, document.getVersions().size());
			assertEquals(3, document.getMeeting().getRecommendations().size());
			assertEquals(4, w.store.root().getStates().size());
		}
	}

	@Test
	void withoutASymbolNothingIsProposedAndThePlanSaysWhy() throws Exception {
		try (MergeWorkspace w = MergeWorkspace.create(folder)) {
			ImportPlan plan = w.plan("loose.txt", "Some text without any header.\n1. A paragraph.\n");
			assertTrue(plan.changes().isEmpty());
			assertTrue(plan.sourcePath().isEmpty());
			assertFalse(plan.problems().isEmpty());
			assertTrue(plan.problems().get(0).contains("loose.txt"), plan.problems().toString());
		}
	}

	@Test
	void revisionSymbolOnItsOwnLineIsTheDocumentsSymbolNotAFootnote() {
		org.mandateworkbench.ingest.proposal.ImportProposal proposal = new org.mandateworkbench.ingest.proposal.ImportAnalyzer(
				org.mandateworkbench.model.reference.StateCatalog.standard()).analyze("rev.txt", MergeFixtures.REVISED);
		assertEquals(MergeFixtures.REVISION, proposal.symbol().orElseThrow().value());
		assertEquals("CAC/COSP/EG.1", proposal.body().orElseThrow());
	}
}
