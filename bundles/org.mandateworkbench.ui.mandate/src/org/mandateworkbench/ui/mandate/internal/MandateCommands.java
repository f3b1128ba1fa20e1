package org.mandateworkbench.ui.mandate.internal;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.mandateworkbench.model.Indicator;
import org.mandateworkbench.model.Mandate;
import org.mandateworkbench.model.MandateAction;
import org.mandateworkbench.model.MandateStatus;
import org.mandateworkbench.model.MandatesFactory;
import org.mandateworkbench.model.MandatesPackage.Literals;
import org.mandateworkbench.model.NoteVerbale;
import org.mandateworkbench.model.NoteVerbaleReminder;
import org.mandateworkbench.model.Observation;
import org.mandateworkbench.model.State;
import org.mandateworkbench.model.StateResponse;
import org.mandateworkbench.model.StatusChange;
import org.mandateworkbench.model.TopicSummary;
import org.mandateworkbench.model.query.MultilingualTextQuery;
import org.mandateworkbench.store.ModelStore;

/**
 * The editor's edits as EMF commands on the store's editing domain, so that each is one undoable
 * step that makes the store dirty.
 */
public final class MandateCommands {

	private MandateCommands() {
	}

	/**
	 * Sets the status and records the change in the history: one command.
	 *
	 * @param date   the date of the change, appended to the history as given (the validator checks
	 *               the order)
	 * @param author who made the change
	 */
	public static Command changeStatus(ModelStore store, Mandate mandate, MandateStatus status, LocalDate date, String author) {
		EditingDomain domain = store.editingDomain();
		StatusChange change = MandatesFactory.eINSTANCE.createStatusChange();
		change.setStatus(status);
		change.setDate(date);
		change.setAuthor(author);
		CompoundCommand command = new CompoundCommand(Messages.command_changeStatus);
		command.append(SetCommand.create(domain, mandate, Literals.MANDATE__STATUS, status));
		command.append(AddCommand.create(domain, mandate, Literals.MANDATE__STATUS_CHANGES, change));
		return command;
	}

	/** Sets or clears the due date. */
	public static Command setDueDate(ModelStore store, Mandate mandate, LocalDate dueDate) {
		return SetCommand.create(store.editingDomain(), mandate, Literals.MANDATE__DUE_DATE, dueDate);
	}

	/**
	 * Adds a new action of the kind. A reminder follows up the mandate's latest note verbale dated
	 * on or before it, if there is one.
	 *
	 * @param language the language of the description
	 */
	public static Command addAction(ModelStore store, Mandate mandate, ActionKind kind, LocalDate date, String description,
			String language) {
		MandateAction action = switch (kind) {
			case NOTE_VERBALE -> MandatesFactory.eINSTANCE.createNoteVerbale();
			case REMINDER -> {
				NoteVerbaleReminder reminder = MandatesFactory.eINSTANCE.createNoteVerbaleReminder();
				mandate.getActions().stream()
						.filter(NoteVerbale.class::isInstance).map(NoteVerbale.class::cast)
						.filter(n -> n.getDate() != null && !n.getDate().isAfter(date))
						.max(Comparator.comparing(NoteVerbale::getDate))
						.ifPresent(reminder::setReminded);
				yield reminder;
			}
			case PANEL -> MandatesFactory.eINSTANCE.createExpertPanel();
			case DOCUMENT -> MandatesFactory.eINSTANCE.createDocumentIssued();
		};
		action.setId(freeId(store, "action-" + mandate.getId() + '-' + kind.name().toLowerCase() + '-' + date)); //$NON-NLS-1$
		action.setDate(date);
		if (!description.isBlank()) {
			action.setNote(MultilingualTextQuery.of(language, description.strip()));
		}
		Command add = AddCommand.create(store.editingDomain(), mandate, Literals.MANDATE__ACTIONS, action);
		return new CompoundCommand(Messages.command_addAction, List.of(add));
	}

	/**
	 * Adds a State's response to a note verbale. A summary in either language makes it substantive and
	 * is kept as the summary of the note's first topic (of no topic when the note names none).
	 */
	public static Command addResponse(ModelStore store, NoteVerbale note, State state, LocalDate received,
			String summaryEnglish, String summaryChinese) {
		StateResponse response = MandatesFactory.eINSTANCE.createStateResponse();
		String who = state.getIsoCode() == null ? state.getId() : state.getIsoCode().toLowerCase();
		response.setId(freeId(store, "response-" + note.getId() + '-' + who + '-' + received)); //$NON-NLS-1$
		response.setState(state);
		response.setReceivedDate(received);
		if (!summaryEnglish.isBlank() || !summaryChinese.isBlank()) {
			TopicSummary summary = MandatesFactory.eINSTANCE.createTopicSummary();
			summary.setTopic(note.getTopics().isEmpty() ? null : note.getTopics().getFirst());
			summary.setSummary(MandatesFactory.eINSTANCE.createMultilingualText());
			if (!summaryEnglish.isBlank()) {
				MultilingualTextQuery.put(summary.getSummary(), "en", summaryEnglish.strip()); //$NON-NLS-1$
			}
			if (!summaryChinese.isBlank()) {
				MultilingualTextQuery.put(summary.getSummary(), "zh", summaryChinese.strip()); //$NON-NLS-1$
			}
			response.getTopicSummaries().add(summary);
			response.setSubstantive(true);
		}
		Command add = AddCommand.create(store.editingDomain(), note, Literals.NOTE_VERBALE__RESPONSES, response);
		return new CompoundCommand(Messages.command_addResponse, List.of(add));
	}

	/** Adds a dated observation to an indicator. */
	public static Command addObservation(ModelStore store, Indicator indicator, LocalDate date, double value) {
		Observation observation = MandatesFactory.eINSTANCE.createObservation();
		observation.setDate(date);
		observation.setValue(value);
		return AddCommand.create(store.editingDomain(), indicator, Literals.INDICATOR__OBSERVATIONS, observation);
	}

	/** Changes an observation's date and value: one command. */
	public static Command editObservation(ModelStore store, Observation observation, LocalDate date, double value) {
		CompoundCommand command = new CompoundCommand(Messages.command_editObservation);
		command.append(SetCommand.create(store.editingDomain(), observation, Literals.OBSERVATION__DATE, date));
		command.append(SetCommand.create(store.editingDomain(), observation, Literals.OBSERVATION__VALUE, value));
		return command;
	}

	/** Removes an observation. */
	public static Command removeObservation(ModelStore store, Observation observation) {
		return RemoveCommand.create(store.editingDomain(), observation);
	}

	private static String freeId(ModelStore store, String base) {
		String id = base;
		for (int n = 2; store.resource().getEObject(id) != null; n++) {
			id = base + '-' + n;
		}
		return id;
	}
}
