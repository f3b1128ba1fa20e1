package org.mandateworkbench.ui.ingest;

import java.util.Locale;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.provider.AdapterFactoryItemDelegator;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.mandateworkbench.ingest.merge.ImportChange;
import org.mandateworkbench.ingest.merge.SourceSpan;

/** The texts of an {@link ImportChange} in the review table, in the user's language. */
final class ChangeLabels {

	private final Messages messages;
	private final AdapterFactoryItemDelegator items;

	ChangeLabels(Messages messages, ComposedAdapterFactory adapterFactory) {
		this.messages = messages;
		this.items = new AdapterFactoryItemDelegator(adapterFactory);
	}

	String kind(ImportChange change) {
		return switch (change.kind()) {
		case ADD -> messages.kind_add;
		case UPDATE -> messages.kind_update;
		case LINK -> messages.kind_link;
		case MATCHED -> messages.kind_matched;
		case UNMATCHED -> messages.kind_unmatched;
		};
	}

	String category(ImportChange change) {
		return switch (change.category()) {
		case DOCUMENT -> messages.category_document;
		case LANGUAGE_VERSION -> messages.category_languageVersion;
		case SUPERSEDES -> messages.category_supersedes;
		case CITATION -> messages.category_citation;
		case RESOLUTION -> messages.category_resolution;
		case BODY -> messages.category_body;
		case MEETING -> messages.category_meeting;
		case AGENDA_ITEM -> messages.category_agendaItem;
		case RECOMMENDATION -> messages.category_recommendation;
		case STATE -> messages.category_state;
		case MANDATE -> messages.category_mandate;
		case NOTE_VERBALE -> messages.category_noteVerbale;
		case REMINDER -> messages.category_reminder;
		case STATE_RESPONSE -> messages.category_stateResponse;
		case INDICATOR -> messages.category_indicator;
		case OBSERVATION -> messages.category_observation;
		case ATTENDANCE -> messages.category_attendance;
		};
	}

	/** What the change does or finds: the new object, the new value, the linked value or the reason. */
	String value(ImportChange change) {
		return switch (change.kind()) {
		case ADD, MATCHED -> text(change.object());
		case UPDATE -> change.feature().getName() + " = " + text(change.value()); //$NON-NLS-1$
		case LINK -> change.feature().getName() + " + " + text(change.value()); //$NON-NLS-1$
		case UNMATCHED -> change.reason();
		};
	}

	String where(ImportChange change) {
		SourceSpan span = change.span();
		if (span == null) {
			return ""; //$NON-NLS-1$
		}
		return span.paragraph() > 0 ? messages.where_paragraph.replace("{0}", String.valueOf(span.paragraph())) //$NON-NLS-1$
				: String.valueOf(span.start());
	}

	static String confidence(ImportChange change) {
		return String.format(Locale.ROOT, "%.2f", change.confidence()); //$NON-NLS-1$
	}

	private String text(Object value) {
		if (value instanceof EObject object) {
			String text = items.getText(object);
			return text == null ? object.eClass().getName() : text;
		}
		String text = String.valueOf(value);
		return text.length() > 200 ? text.substring(0, 200) + "\u2026" : text; //$NON-NLS-1$
	}
}
