package org.mandateworkbench.ui.mandate.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.mandateworkbench.model.Mandate;
import org.mandateworkbench.model.MandateAction;
import org.mandateworkbench.model.NoteVerbale;
import org.mandateworkbench.model.RegionalGroup;
import org.mandateworkbench.model.State;
import org.mandateworkbench.model.StateResponse;
import org.mandateworkbench.model.progress.MandateStatusQuery;
import org.mandateworkbench.model.progress.NoteVerbaleProgress;

/**
 * Who answered which note verbale of a mandate, as of a date: one row per State addressed by or
 * replying to any of the notes sent by then, one column per note, oldest first. Replies recorded
 * without a State get a row of their own (State {@code null}). Pure model logic: no SWT.
 */
public final class ResponseMatrix {

	/** How the States are ordered. */
	public enum Sort {
		/** By the State's name. */
		STATE,
		/** By the date of the State's earliest reply counted as of the date; States without one last. */
		REPLY_TIME
	}

	/** What a cell shows. */
	public enum CellState {
		/** A reply received on or before the date. */
		RECEIVED,
		/** A reply recorded without a date: it exists but cannot be placed in time. */
		RECEIVED_UNDATED,
		/** Addressed, no reply by the date. */
		OUTSTANDING,
		/** Neither addressed nor replying. */
		NOT_ADDRESSED
	}

	/**
	 * A cell of the matrix.
	 *
	 * @param state     what it shows
	 * @param date      the first counted reply's date, null unless {@link CellState#RECEIVED}
	 * @param responses the replies behind the cell: counted ones first, then undated ones
	 */
	public record Cell(CellState state, LocalDate date, List<StateResponse> responses) {
	}

	/**
	 * A row: a State, or the replies without a State.
	 *
	 * @param state the State, null for the row of replies recorded without one
	 * @param name  the State's name as shown
	 */
	public record Row(State state, String name) {
	}

	private final LocalDate asOf;
	private final List<NoteVerbale> notes;
	private final List<NoteVerbaleProgress> progress;
	private final List<Row> rows;

	private ResponseMatrix(LocalDate asOf, List<NoteVerbale> notes, List<NoteVerbaleProgress> progress, List<Row> rows) {
		this.asOf = asOf;
		this.notes = notes;
		this.progress = progress;
		this.rows = rows;
	}

	/**
	 * Builds the matrix of a mandate.
	 *
	 * @param group      only States of this regional group (and no row for replies without a State);
	 *                   null for all
	 * @param stateNames the name shown for a State
	 */
	public static ResponseMatrix of(Mandate mandate, LocalDate asOf, RegionalGroup group, Sort sort,
			Function<State, String> stateNames) {
		List<NoteVerbale> notes = new ArrayList<>();
		for (MandateAction action : mandate.getActions()) {
			if (action instanceof NoteVerbale note && note.getDate() != null && !note.getDate().isAfter(asOf)) {
				notes.add(note);
			}
		}
		notes.sort(Comparator.comparing(NoteVerbale::getDate));
		List<NoteVerbaleProgress> progress = notes.stream().map(n -> NoteVerbaleProgress.of(n, asOf)).toList();
		Set<State> states = new LinkedHashSet<>();
		boolean unattributed = false;
		for (int i = 0; i < notes.size(); i++) {
			states.addAll(progress.get(i).addressed());
			for (StateResponse response : notes.get(i).getResponses()) {
				if (response.getState() != null) {
					states.add(response.getState());
				} else {
					unattributed = true;
				}
			}
		}
		List<Row> rows = new ArrayList<>(states.stream()
				.filter(s -> group == null || s.getRegionalGroup() == group)
				.map(s -> new Row(s, Objects.requireNonNullElse(stateNames.apply(s), ""))) //$NON-NLS-1$
				.toList());
		ResponseMatrix unsorted = new ResponseMatrix(asOf, List.copyOf(notes), progress, rows);
		Comparator<Row> byName = Comparator.comparing(Row::name, String.CASE_INSENSITIVE_ORDER);
		rows.sort(sort == Sort.REPLY_TIME
				? Comparator.comparing((Row r) -> unsorted.firstReply(r).orElse(LocalDate.MAX)).thenComparing(byName)
				: byName);
		if (unattributed && group == null) {
			rows.add(new Row(null, "")); //$NON-NLS-1$
		}
		return new ResponseMatrix(asOf, List.copyOf(notes), progress, List.copyOf(rows));
	}

	/** The date the matrix describes. */
	public LocalDate asOf() {
		return asOf;
	}

	/** The notes verbales sent by the date, oldest first: the columns. */
	public List<NoteVerbale> notes() {
		return notes;
	}

	/** The rows, in the requested order; the row of replies without a State, if any, is last. */
	public List<Row> rows() {
		return rows;
	}

	/** The cell of a row and a note column. */
	public Cell cell(int row, int column) {
		Row r = rows.get(row);
		NoteVerbale note = notes.get(column);
		List<StateResponse> counted = new ArrayList<>();
		List<StateResponse> undated = new ArrayList<>();
		for (StateResponse response : note.getResponses()) {
			if (response.getState() == r.state()) {
				if (response.getReceivedDate() == null) {
					undated.add(response);
				} else if (!response.getReceivedDate().isAfter(asOf)) {
					counted.add(response);
				}
			}
		}
		counted.sort(Comparator.comparing(StateResponse::getReceivedDate));
		List<StateResponse> all = new ArrayList<>(counted);
		all.addAll(undated);
		if (!counted.isEmpty()) {
			return new Cell(CellState.RECEIVED, counted.getFirst().getReceivedDate(), all);
		}
		if (!undated.isEmpty()) {
			return new Cell(CellState.RECEIVED_UNDATED, null, all);
		}
		boolean addressed = r.state() != null && progress.get(column).addressed().contains(r.state());
		return new Cell(addressed ? CellState.OUTSTANDING : CellState.NOT_ADDRESSED, null, List.of());
	}

	/** The number of replies to a note received on or before the date, with or without a State. */
	public int receivedCount(int column) {
		return MandateStatusQuery.responsesAsOf(notes.get(column), asOf).size();
	}

	/** The number of States the note addressed. */
	public int addressedCount(int column) {
		return progress.get(column).addressed().size();
	}

	private Optional<LocalDate> firstReply(Row row) {
		LocalDate first = null;
		for (int column = 0; column < notes.size(); column++) {
			for (StateResponse response : notes.get(column).getResponses()) {
				LocalDate date = response.getReceivedDate();
				if (response.getState() == row.state() && date != null && !date.isAfter(asOf)
						&& (first == null || date.isBefore(first))) {
					first = date;
				}
			}
		}
		return Optional.ofNullable(first);
	}
}
