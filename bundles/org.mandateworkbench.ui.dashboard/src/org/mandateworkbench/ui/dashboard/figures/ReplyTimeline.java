package org.mandateworkbench.ui.dashboard.figures;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.mandateworkbench.model.NoteVerbale;
import org.mandateworkbench.model.StateResponse;
import org.mandateworkbench.model.progress.MandateStatusQuery;

/** How the replies to a note verbale accumulated: one point per day on which replies arrived. */
public final class ReplyTimeline {

	/**
	 * @param date       a day with replies (or the note's date, with none)
	 * @param cumulative the replies received up to and including that day
	 * @param replies    those replies, oldest first
	 */
	public record Point(LocalDate date, int cumulative, List<StateResponse> replies) {
	}

	private ReplyTimeline() {
	}

	/**
	 * The note's date with no reply (when the note is dated), then each day with replies received on or
	 * before {@code asOf}; responses without a received date are not counted.
	 */
	public static List<Point> of(NoteVerbale note, LocalDate asOf) {
		List<Point> points = new ArrayList<>();
		if (note.getDate() != null && !note.getDate().isAfter(asOf)) {
			points.add(new Point(note.getDate(), 0, List.of()));
		}
		List<StateResponse> received = MandateStatusQuery.responsesAsOf(note, asOf);
		for (int i = 0; i < received.size(); i++) {
			LocalDate day = received.get(i).getReceivedDate();
			if (i + 1 < received.size() && received.get(i + 1).getReceivedDate().equals(day)) {
				continue;
			}
			Point last = points.isEmpty() ? null : points.get(points.size() - 1);
			List<StateResponse> upTo = List.copyOf(received.subList(0, i + 1));
			if (last != null && last.date().equals(day)) {
				points.set(points.size() - 1, new Point(day, i + 1, upTo));
			} else {
				points.add(new Point(day, i + 1, upTo));
			}
		}
		return points;
	}
}
