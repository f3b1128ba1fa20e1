package org.mandateworkbench.ui.dashboard.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;
import org.mandateworkbench.model.Identifiable;
import org.mandateworkbench.model.Mandate;
import org.mandateworkbench.model.MandateStatus;
import org.mandateworkbench.model.MandateWorkspace;
import org.mandateworkbench.model.MandatesFactory;
import org.mandateworkbench.model.NoteVerbale;
import org.mandateworkbench.model.StateResponse;
import org.mandateworkbench.model.demo.DemoModel;
import org.mandateworkbench.model.progress.MandateProgress;
import org.mandateworkbench.model.progress.MandateStatusQuery;
import org.mandateworkbench.model.progress.NoteVerbaleProgress;
import org.mandateworkbench.model.progress.OutstandingRecommendation;
import org.mandateworkbench.model.progress.OutstandingRecommendations;
import org.mandateworkbench.ui.dashboard.figures.NeglectedRecommendations;
import org.mandateworkbench.ui.dashboard.figures.OverdueItems;
import org.mandateworkbench.ui.dashboard.figures.RegionalResponseRates;
import org.mandateworkbench.ui.dashboard.figures.RegionalResponseRates.GroupRate;
import org.mandateworkbench.ui.dashboard.figures.ReplyTimeline;
import org.mandateworkbench.ui.dashboard.figures.StatusCounts;

/** The dashboard's figures on the demo workspace and on small hand-built cases. */
class DashboardFiguresTest {

	private static final LocalDate MARCH_15_2018 = LocalDate.of(2018, 3, 15);
	private static final MandatesFactory F = MandatesFactory.eINSTANCE;

	private final MandateWorkspace demo = DemoModel.create();

	@Test
	void statusCountsCoverEveryMandateOnceWithItsStatusOnTheDate() {
		LocalDate date = LocalDate.of(2019, 6, 1);
		Map<MandateStatus, List<Mandate>> byStatus = StatusCounts.of(demo, date);
		assertEquals(List.of(MandateStatus.values()), List.copyOf(byStatus.keySet()));
		assertEquals(demo.getMandates().size(), byStatus.values().stream().mapToInt(List::size).sum());
		byStatus.forEach((status, mandates) -> mandates
				.forEach(m -> assertEquals(status, MandateStatusQuery.statusAsOf(m, date), m.getId())));
		assertFalse(byStatus.get(MandateStatus.COMPLETED).isEmpty(), "the panel of 2019 completed a mandate");
	}

	@Test
	void replyTimelineOfTheNoteOfNineFebruary2018ReachesThirteenByFifteenMarch() {
		NoteVerbale note = (NoteVerbale) find("nv-2018-02-09");
		List<ReplyTimeline.Point> points = ReplyTimeline.of(note, MARCH_15_2018);
		assertEquals(new ReplyTimeline.Point(note.getDate(), 0, List.of()), points.get(0));
		assertEquals(13, points.get(points.size() - 1).cumulative());
		assertEquals(13, points.get(points.size() - 1).replies().size());
		for (int i = 1; i < points.size(); i++) {
			assertTrue(points.get(i).date().isAfter(points.get(i - 1).date()));
			assertTrue(points.get(i).cumulative() > points.get(i - 1).cumulative());
		}
		int later = ReplyTimeline.of(note, LocalDate.of(2018, 12, 31)).getLast().cumulative();
		assertTrue(later > 13, "the illustrative reply of May 2018 counts later: " + later);
	}

	@Test
	void replyTimelineMergesRepliesOfOneDayAndSkipsUndatedOnes() {
		NoteVerbale note = F.createNoteVerbale();
		note.setDate(LocalDate.of(2020, 1, 10));
		reply(note, LocalDate.of(2020, 2, 1));
		reply(note, LocalDate.of(2020, 1, 20));
		reply(note, LocalDate.of(2020, 2, 1));
		reply(note, null);
		reply(note, LocalDate.of(2020, 3, 1));
		List<ReplyTimeline.Point> points = ReplyTimeline.of(note, LocalDate.of(2020, 2, 15));
		assertEquals(List.of(LocalDate.of(2020, 1, 10), LocalDate.of(2020, 1, 20), LocalDate.of(2020, 2, 1)),
				points.stream().map(ReplyTimeline.Point::date).toList());
		assertEquals(List.of(0, 1, 3), points.stream().map(ReplyTimeline.Point::cumulative).toList());
	}

	@Test
	void replyTimelineOfANoteRepliedOnItsOwnDateHasOnePointForThatDay() {
		NoteVerbale note = F.createNoteVerbale();
		note.setDate(LocalDate.of(2020, 1, 10));
		reply(note, LocalDate.of(2020, 1, 10));
		List<ReplyTimeline.Point> points = ReplyTimeline.of(note, LocalDate.of(2020, 1, 10));
		assertEquals(1, points.size());
		assertEquals(1, points.get(0).cumulative());
		assertTrue(ReplyTimeline.of(note, LocalDate.of(2020, 1, 9)).isEmpty(), "nothing before the note");
	}

	@Test
	void regionalRatesAddUpToTheNotesProgress() {
		LocalDate date = LocalDate.of(2019, 6, 1);
		int addressed = 0;
		int replied = 0;
		for (Mandate mandate : demo.getMandates()) {
			for (NoteVerbaleProgress note : MandateProgress.of(mandate, date).noteVerbales()) {
				addressed += note.addressed().size();
				replied += (int) note.addressed().stream().filter(note.replied()::contains).count();
			}
		}
		List<GroupRate> rates = RegionalResponseRates.of(demo, date);
		assertFalse(rates.isEmpty());
		assertEquals(addressed, rates.stream().mapToInt(GroupRate::addressed).sum());
		assertEquals(replied, rates.stream().mapToInt(GroupRate::replied).sum());
		for (GroupRate rate : rates) {
			assertTrue(rate.rate() >= 0 && rate.rate() <= 1, rate.group() + " " + rate.rate());
			rate.states().forEach(s -> assertEquals(rate.group(), s.state().getRegionalGroup()));
		}
	}

	@Test
	void neglectedRecommendationsAreOldEnoughAndNeverActedOn() {
		LocalDate date = LocalDate.of(2019, 6, 1);
		List<OutstandingRecommendation> three = NeglectedRecommendations.of(demo, date, 3);
		List<OutstandingRecommendation> zero = NeglectedRecommendations.of(demo, date, 0);
		assertTrue(zero.containsAll(three));
		assertTrue(zero.size() <= OutstandingRecommendations.of(demo, date).size());
		for (OutstandingRecommendation o : three) {
			assertTrue(o.ageYears().getAsInt() >= 3);
			o.mandates().forEach(m -> assertEquals(0, MandateProgress.of(m, date).actionsDone()));
		}
		assertFalse(three.isEmpty(), "the 2015 working group recommendations are four years old");
		assertTrue(NeglectedRecommendations.of(demo, date, 99).isEmpty());
	}

	@Test
	void overdueItemsAreThoseTheProgressFiguresCallOverdue() {
		Mandate late = F.createMandate();
		late.setDueDate(LocalDate.of(2020, 1, 1));
		Mandate onTime = F.createMandate();
		onTime.setDueDate(LocalDate.of(2021, 1, 1));
		MandateWorkspace workspace = F.createMandateWorkspace();
		workspace.getMandates().add(late);
		workspace.getMandates().add(onTime);
		OverdueItems overdue = OverdueItems.of(workspace, LocalDate.of(2020, 6, 1));
		assertEquals(List.of(late), overdue.mandates().stream().map(MandateProgress::mandate).toList());
		assertTrue(overdue.notes().isEmpty());
	}

	private static void reply(NoteVerbale note, LocalDate received) {
		StateResponse response = F.createStateResponse();
		response.setReceivedDate(received);
		note.getResponses().add(response);
	}

	private EObject find(String id) {
		for (EObject object : (Iterable<EObject>) () -> demo.eAllContents()) {
			if (object instanceof Identifiable identifiable && id.equals(identifiable.getId())) {
				return object;
			}
		}
		throw new AssertionError("no object with id " + id);
	}
}
