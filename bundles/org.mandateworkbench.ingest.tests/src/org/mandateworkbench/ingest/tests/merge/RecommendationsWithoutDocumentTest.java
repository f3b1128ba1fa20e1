package org.mandateworkbench.ingest.tests.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mandateworkbench.ingest.merge.ImportChange.Category.RECOMMENDATION;
import static org.mandateworkbench.ingest.merge.ImportChange.Kind.ADD;
import static org.mandateworkbench.ingest.tests.merge.MergeWorkspace.of;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.emf.edit.command.AddCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mandateworkbench.ingest.merge.ImportPlan;
import org.mandateworkbench.model.Document;
import org.mandateworkbench.model.MandatesFactory;
import org.mandateworkbench.model.MandatesPackage;
import org.mandateworkbench.model.Meeting;
import org.mandateworkbench.model.Recommendation;
import org.mandateworkbench.model.query.MultilingualTextQuery;

/**
 * Recommendations typed into a meeting before its report was imported: the report, new to the
 * workspace, takes them over by paragraph and letter instead of adding copies.
 */
class RecommendationsWithoutDocumentTest {

	@TempDir
	Path folder;

	@Test
	void newReportTakesOverTheMeetingsRecommendationsWithoutDocument() throws Exception {
		try (MergeWorkspace w = MergeWorkspace.create(folder)) {
			Meeting meeting = w.addMeeting(11, LocalDate.of(2020, 9, 2), LocalDate.of(2020, 9, 4));
			Recommendation a = typedIn(w, meeting, "rec-typed-5a", 5, "a", "Keep the directory current.");
			Recommendation b = typedIn(w, meeting, "rec-typed-5b", 5, "b", "Share requests as models.");
			Recommendation c = typedIn(w, meeting, "rec-typed-5c", 5, "c", "Name people to contact.");

			ImportPlan plan = w.plan("note-en.txt", MergeFixtures.ENGLISH);
			assertTrue(of(plan, ADD, RECOMMENDATION).isEmpty(), plan.changes().toString());
			w.commit(plan);

			Document report = w.document(MergeFixtures.SYMBOL);
			assertEquals(List.of(a, b, c), meeting.getRecommendations());
			for (Recommendation each : List.of(a, b, c)) {
				assertSame(report, each.getDocument(), each.getId());
			}
			assertEquals("The Secretariat should keep the online directory up to date",
					MultilingualTextQuery.value(a.getText(), "en").orElseThrow());

			ImportPlan again = w.plan("note-en-copy.txt", MergeFixtures.ENGLISH);
			assertTrue(again.changesNothing(), again.changes().toString());
			ImportPlan chinese = w.plan("note-zh.txt", MergeFixtures.CHINESE);
			w.commit(chinese);
			assertEquals(3, meeting.getRecommendations().size());
			assertEquals("秘书处应继续更新在线名录", MultilingualTextQuery.value(a.getText(), "zh").orElseThrow());
		}
	}

	@Test
	void whenParagraphAndLetterOccurTwiceTheTextDecides() throws Exception {
		try (MergeWorkspace w = MergeWorkspace.create(folder)) {
			Meeting meeting = w.addMeeting(11, LocalDate.of(2020, 9, 2), LocalDate.of(2020, 9, 4));
			Recommendation other = typedIn(w, meeting, "rec-other-5b", 5, "b",
					"Travel funds should be found for delegates of small island States.");
			Recommendation same = typedIn(w, meeting, "rec-same-5b", 5, "b",
					"States parties are encouraged to share their model requests.");

			w.commit(w.plan("note-en.txt", MergeFixtures.ENGLISH));

			Document report = w.document(MergeFixtures.SYMBOL);
			assertSame(report, same.getDocument());
			assertNull(other.getDocument());
			assertEquals(4, meeting.getRecommendations().size(), "5(a), 5(c) added, 5(b) taken over");
		}
	}

	@Test
	void recommendationsOfAnotherMeetingStayApart() throws Exception {
		try (MergeWorkspace w = MergeWorkspace.create(folder)) {
			Meeting earlier = w.addMeeting(10, LocalDate.of(2019, 5, 6), LocalDate.of(2019, 5, 7));
			Recommendation typed = typedIn(w, earlier, "rec-earlier-5a", 5, "a", "Keep the directory current.");
			w.addMeeting(11, LocalDate.of(2020, 9, 2), LocalDate.of(2020, 9, 4));

			ImportPlan plan = w.plan("note-en.txt", MergeFixtures.ENGLISH);
			assertEquals(3, of(plan, ADD, RECOMMENDATION).size(), plan.changes().toString());
			w.commit(plan);
			assertNull(typed.getDocument());
		}
	}

	/** A recommendation without a document, as one typed in by hand, saved outside the undo history. */
	private static Recommendation typedIn(MergeWorkspace w, Meeting meeting, String id, int paragraph, String letter,
			String english) throws IOException {
		Recommendation recommendation = MandatesFactory.eINSTANCE.createRecommendation();
		recommendation.setId(id);
		recommendation.setParagraphNumber(paragraph);
		recommendation.setLetter(letter);
		recommendation.setText(MultilingualTextQuery.of("en", english));
		w.store.execute(AddCommand.create(w.store.editingDomain(), meeting,
				MandatesPackage.Literals.MEETING__RECOMMENDATIONS, recommendation));
		w.store.save();
		w.store.commandStack().flush();
		return recommendation;
	}
}
