package org.mandateworkbench.ingest.tests.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mandateworkbench.ingest.merge.ImportChange.Category.ATTENDANCE;
import static org.mandateworkbench.ingest.merge.ImportChange.Category.BODY;
import static org.mandateworkbench.ingest.merge.ImportChange.Category.DOCUMENT;
import static org.mandateworkbench.ingest.merge.ImportChange.Category.MEETING;
import static org.mandateworkbench.ingest.merge.ImportChange.Category.RECOMMENDATION;
import static org.mandateworkbench.ingest.merge.ImportChange.Kind.ADD;
import static org.mandateworkbench.ingest.merge.ImportChange.Kind.MATCHED;
import static org.mandateworkbench.ingest.merge.ImportChange.Kind.UNMATCHED;
import static org.mandateworkbench.ingest.merge.ImportChange.Kind.UPDATE;
import static org.mandateworkbench.ingest.tests.merge.MergeWorkspace.of;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mandateworkbench.ingest.merge.ImportPlan;
import org.mandateworkbench.ingest.merge.ImportTarget;
import org.mandateworkbench.ingest.merge.MeetingConflict;
import org.mandateworkbench.ingest.merge.MeetingKeys;
import org.mandateworkbench.model.Document;
import org.mandateworkbench.model.Meeting;
import org.mandateworkbench.model.Recommendation;
import org.mandateworkbench.model.State;
import org.mandateworkbench.model.query.MultilingualTextQuery;

/** Importing into a chosen meeting: placement, attendance, conflicts with what the file says, idempotence. */
class TargetMeetingMatchTest {

	@TempDir
	Path folder;

	private static Meeting ninth(MergeWorkspace w) throws Exception {
		return w.addMeeting(TargetFixtures.ORDINAL, LocalDate.of(2021, 9, 6), LocalDate.of(2021, 9, 8));
	}

	@Test
	void englishReportWithoutMeetingLineGoesToTheChosenMeetingWithItsRecommendationsAndAttendance() throws Exception {
		try (MergeWorkspace w = MergeWorkspace.create(folder)) {
			Meeting ninth = ninth(w);
			ImportPlan asTheFileSays = w.plan("report-en.txt", TargetFixtures.ENGLISH_REPORT);
			assertEquals(2, of(asTheFileSays, UNMATCHED, RECOMMENDATION).size(),
					"without a meeting line the report has no meeting: " + asTheFileSays.changes());

			ImportPlan plan = w.plan(ImportTarget.meeting(ninth), "report-en.txt", TargetFixtures.ENGLISH_REPORT).get(0);
			String all = plan.changes().toString();
			assertTrue(plan.conflict().isEmpty(), all);
			assertSame(ninth, of(plan, MATCHED, MEETING).get(0).object(), all);
			assertEquals("CAC/COSP/EG.1/9", of(plan, MATCHED, MEETING).get(0).label());
			assertTrue(of(plan, ADD, MEETING).isEmpty(), all);
			assertEquals(1, of(plan, MATCHED, BODY).size(), all);
			assertEquals(2, of(plan, ADD, RECOMMENDATION).size(), all);
			assertTrue(of(plan, ADD, RECOMMENDATION).stream().allMatch(c -> c.owner() == ninth), all);
			assertEquals(1, of(plan, UPDATE, ATTENDANCE).size(), "the meeting had no attendance: " + all);

			w.commit(plan);
			w.reopen();
			Document report = w.document(TargetFixtures.REPORT_SYMBOL);
			Meeting placed = report.getMeeting();
			assertEquals(ninth.getId(), placed.getId());
			assertEquals(2, placed.getRecommendations().size());
			Recommendation a = placed.getRecommendations().get(0);
			assertSame(report, a.getDocument());
			assertEquals("The Secretariat should publish a guide on joint investigations",
					MultilingualTextQuery.value(a.getText(), "en").orElseThrow());
			assertEquals(List.of("BRA", "GHA", "CHL"), placed.getAttendance().getStates().stream().map(State::getIsoCode).toList());
			assertEquals(List.of("JPN"), placed.getAttendance().getObserverStates().stream().map(State::getIsoCode).toList());
		}
	}

	@Test
	void importingTheSameFileIntoTheSameMeetingAgainChangesNothing() throws Exception {
		try (MergeWorkspace w = MergeWorkspace.create(folder)) {
			Meeting ninth = ninth(w);
			w.commit(w.plan(ImportTarget.meeting(ninth), "report-en.txt", TargetFixtures.ENGLISH_REPORT).get(0));
			w.reopen();
			Meeting reopened = MeetingKeys.find(w.store.root(), "CAC/COSP/EG.1/9").orElseThrow();

			ImportPlan again = w.plan(ImportTarget.meeting(reopened), "report-en.txt", TargetFixtures.ENGLISH_REPORT).get(0);
			assertTrue(again.changesNothing(), again.effectiveChanges().toString());
			assertTrue(again.conflict().isEmpty(), again.toString());
			assertEquals(4, of(again, MATCHED, ATTENDANCE).size(), again.changes().toString());
			ImportPlan asTheFileSays = w.plan("report-en.txt", TargetFixtures.ENGLISH_REPORT);
			assertTrue(asTheFileSays.changesNothing(), "the document keeps its meeting: " + asTheFileSays.effectiveChanges());
			assertEquals(1, w.store.root().getDocuments().stream()
					.filter(d -> d.getSymbol().toString().equals(TargetFixtures.REPORT_SYMBOL)).count());
			assertEquals(2, reopened.getRecommendations().size());
		}
	}

	@Test
	void chineseNoteWhoseDaysFallInTheChosenMeetingIsPlacedThereWithoutConflict() throws Exception {
		try (MergeWorkspace w = MergeWorkspace.create(folder)) {
			Meeting ninth = ninth(w);
			ImportPlan plan = w.plan(ImportTarget.meeting(ninth), "note-zh.txt", TargetFixtures.CHINESE_NOTE).get(0);
			String all = plan.changes().toString();
			assertTrue(plan.conflict().isEmpty(), all);
			assertTrue(of(plan, ADD, MEETING).isEmpty(), all);
			w.commit(plan);
			Meeting placed = w.document(TargetFixtures.NOTE_SYMBOL).getMeeting();
			assertSame(ninth, placed);
			assertEquals("秘书处应汇编联合调查协定范本",
					MultilingualTextQuery.value(placed.getRecommendations().get(0).getText(), "zh").orElseThrow());
			assertEquals(List.of("BRA", "GHA", "CHL"), placed.getAttendance().getStates().stream().map(State::getIsoCode).toList());

			ImportPlan again = w.plan(ImportTarget.meeting(ninth), "note-zh.txt", TargetFixtures.CHINESE_NOTE).get(0);
			assertTrue(again.changesNothing(), again.effectiveChanges().toString());
		}
	}

	@Test
	void fileOfAnotherBodyWarnsNamingFileSymbolAndChosenMeetingAndKeepsTheTargetUnlessTheUserFollowsTheFile()
			throws Exception {
		try (MergeWorkspace w = MergeWorkspace.create(folder)) {
			Meeting ninth = ninth(w);
			ImportTarget target = ImportTarget.meeting(ninth);
			ImportPlan kept = w.plan(target, "wg3.txt", TargetFixtures.OTHER_BODY_NOTE).get(0);
			MeetingConflict conflict = kept.conflict().orElseThrow(() -> new AssertionError(kept.changes()));
			assertEquals("wg3.txt", conflict.source());
			assertEquals(TargetFixtures.OTHER_BODY_SYMBOL, conflict.fileSays());
			assertSame(ninth, conflict.target());
			assertTrue(conflict.keptTarget());
			assertTrue(conflict.message().contains("wg3.txt"), conflict.message());
			assertTrue(conflict.message().contains(TargetFixtures.OTHER_BODY_SYMBOL), conflict.message());
			assertTrue(conflict.message().contains("CAC/COSP/EG.1/9 (2021-09-06)"), conflict.message());
			assertTrue(of(kept, ADD, BODY).isEmpty(), kept.changes().toString());
			assertTrue(of(kept, ADD, RECOMMENDATION).stream().allMatch(c -> c.owner() == ninth), kept.changes().toString());

			ImportPlan followed = w.plan(target.followingFile("wg3.txt"), "wg3.txt", TargetFixtures.OTHER_BODY_NOTE).get(0);
			String all = followed.changes().toString();
			assertFalse(followed.conflict().orElseThrow().keptTarget());
			assertEquals("CTOC/COP/WG.3", of(followed, ADD, BODY).get(0).label(), all);
			Meeting own = (Meeting) of(followed, ADD, MEETING).get(0).object();
			assertEquals(LocalDate.of(2021, 9, 6), own.getStartDate());
			assertTrue(of(followed, ADD, RECOMMENDATION).stream().allMatch(c -> c.owner() == own), all);
			assertTrue(target.followingFile("wg3.txt").keepingTarget("wg3.txt").followsFile("wg3.txt") == false);
		}
	}

	@Test
	void chineseNoteOfAnotherSessionWarnsWithItsMeetingLineAndReimportsIdempotentlyEitherWay() throws Exception {
		try (MergeWorkspace w = MergeWorkspace.create(folder)) {
			Meeting ninth = ninth(w);
			ImportTarget target = ImportTarget.meeting(ninth);
			ImportPlan plan = w.plan(target, "eg1-2023-zh.txt", TargetFixtures.OTHER_SESSION_NOTE).get(0);
			MeetingConflict conflict = plan.conflict().orElseThrow(() -> new AssertionError(plan.changes()));
			assertEquals("2023年6月12日至14日，维也纳", conflict.fileSays());
			assertTrue(conflict.message().contains("eg1-2023-zh.txt") && conflict.message().contains("2023年6月12日至14日"),
					conflict.message());

			w.commit(plan);
			Document note = w.document(TargetFixtures.OTHER_SESSION_SYMBOL);
			assertSame(ninth, note.getMeeting(), "the user kept the chosen meeting");
			ImportPlan again = w.plan(target, "eg1-2023-zh.txt", TargetFixtures.OTHER_SESSION_NOTE).get(0);
			assertTrue(again.conflict().isPresent(), "the file still names its own session");
			assertTrue(again.changesNothing(), again.effectiveChanges().toString());

			ImportPlan moved = w.plan(target.followingFile("eg1-2023-zh.txt"), "eg1-2023-zh.txt",
					TargetFixtures.OTHER_SESSION_NOTE).get(0);
			assertTrue(of(moved, ADD, MEETING).isEmpty(), "the document keeps the meeting it is at: " + moved.changes());
			assertTrue(moved.changesNothing(), moved.effectiveChanges().toString());
		}
	}

	@Test
	void documentAlreadyAtAnotherMeetingConflictsAndKeepingTheTargetMovesIt() throws Exception {
		try (MergeWorkspace w = MergeWorkspace.create(folder)) {
			Meeting ninth = ninth(w);
			w.commit(w.plan("note-en.txt", MergeFixtures.ENGLISH));
			Meeting own = w.document(MergeFixtures.SYMBOL).getMeeting();
			assertNotSame(ninth, own);

			ImportPlan plan = w.plan(ImportTarget.meeting(ninth), "note-en.txt", MergeFixtures.ENGLISH).get(0);
			MeetingConflict conflict = plan.conflict().orElseThrow(() -> new AssertionError(plan.changes()));
			assertTrue(conflict.fileSays().contains(own.getId()), conflict.fileSays());
			assertEquals(1, of(plan, UPDATE, DOCUMENT).stream().filter(c -> c.value() == ninth).count(),
					plan.changes().toString());
			assertTrue(of(plan, ADD, RECOMMENDATION).isEmpty(), "its recommendations are matched: " + plan.changes());
		}
	}

	@Test
	void meetingKeysFindByOrdinalKeyOrIdAndListWhatExists() throws Exception {
		try (MergeWorkspace w = MergeWorkspace.create(folder)) {
			Meeting ninth = ninth(w);
			assertSame(ninth, MeetingKeys.find(w.store.root(), "CAC/COSP/EG.1/9").orElseThrow());
			assertSame(ninth, MeetingKeys.find(w.store.root(), "cac/cosp/eg.1/9").orElseThrow());
			assertSame(ninth, MeetingKeys.find(w.store.root(), "meeting-CAC-COSP-EG.1-9").orElseThrow());
			assertTrue(MeetingKeys.find(w.store.root(), "CAC/COSP/EG.1/10").isEmpty());
			assertEquals("CAC/COSP/EG.1/9", MeetingKeys.known(w.store.root()));
			assertEquals("CAC/COSP/EG.1/9 (2021-09-06)", MeetingKeys.describe(ninth));
		}
	}
}
