package org.mandateworkbench.ui.mandate.internal;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The mandate editor's strings, from messages.properties and messages_zh.properties beside this
 * class; format them with {@code NLS.bind}. They are read in the JVM's locale when the class is
 * first used, that is when the first editor opens: by then the workbench has set the locale of the
 * UI language chosen in the preferences. (Equinox's {@code NLS} would use the locale it saw first,
 * possibly before that choice was applied.)
 */
public final class Messages {

	private static final String BUNDLE_NAME = Messages.class.getPackageName() + ".messages"; //$NON-NLS-1$

	public static String action_document;
	public static String action_noteVerbale;
	public static String action_panel;
	public static String action_reminder;
	public static String action_reported;
	public static String addAction_badDate;
	public static String addAction_date;
	public static String addAction_description;
	public static String addAction_kind;
	public static String addAction_message;
	public static String addAction_title;
	public static String addressee_allStates;
	public static String addressee_secretariat;
	public static String command_addAction;
	public static String command_addResponse;
	public static String command_changeStatus;
	public static String command_editObservation;
	public static String date_hint;
	public static String documents_open;
	public static String documents_paragraph;
	public static String documents_relation;
	public static String documents_symbol;
	public static String documents_title;
	public static String close_cancel;
	public static String close_cannotDiscard;
	public static String close_discard;
	public static String close_invalid;
	public static String close_question;
	public static String close_save;
	public static String close_title;
	public static String editor_notSavedElsewhere;
	public static String editor_missing;
	public static String editor_moreFindings;
	public static String editor_notSaved;
	public static String editor_removed;
	public static String editor_saveFailed;
	public static String editor_saved;
	public static String editor_savedWithWarnings;
	public static String editor_valid;
	public static String group_african;
	public static String group_all;
	public static String group_asiaPacific;
	public static String group_easternEuropean;
	public static String group_latinAmerican;
	public static String group_none;
	public static String group_westernEuropean;
	public static String history_author;
	public static String history_date;
	public static String history_reason;
	public static String history_status;
	public static String indicators_add;
	public static String indicators_badDate;
	public static String indicators_badValue;
	public static String indicators_change;
	public static String indicators_chartTitle;
	public static String indicators_date;
	public static String indicators_indicator;
	public static String indicators_noIndicator;
	public static String indicators_remove;
	public static String indicators_value;
	public static String meeting_numbered;
	public static String newResponse_chooseState;
	public static String newResponse_date;
	public static String newResponse_message;
	public static String newResponse_note;
	public static String newResponse_state;
	public static String newResponse_summaryChinese;
	public static String newResponse_summaryEnglish;
	public static String newResponse_title;
	public static String overview_addressees;
	public static String overview_badDueDate;
	public static String overview_badStatusDate;
	public static String overview_changeStatus;
	public static String overview_dueDate;
	public static String overview_history;
	public static String overview_officer;
	public static String overview_progress;
	public static String overview_reportTo;
	public static String overview_sources;
	public static String overview_status;
	public static String overview_statusDate;
	public static String page_documents;
	public static String page_indicators;
	public static String page_overview;
	public static String page_responses;
	public static String page_timeline;
	public static String progress_actionsDone;
	public static String progress_daysSinceLastAction;
	public static String progress_none;
	public static String progress_notOverdue;
	public static String progress_overdue;
	public static String progress_percent;
	public static String progress_replies;
	public static String progress_responseRate;
	public static String relation_issued;
	public static String relation_recommendation;
	public static String relation_reiterated;
	public static String relation_reported;
	public static String relation_resolution;
	public static String responses_asOf;
	public static String responses_badAsOf;
	public static String responses_group;
	public static String responses_noState;
	public static String responses_note;
	public static String responses_outstanding;
	public static String responses_received;
	public static String responses_receivedCount;
	public static String responses_receivedUndated;
	public static String responses_sort;
	public static String responses_total;
	public static String responses_totalCell;
	public static String sort_replyTime;
	public static String sort_state;
	public static String source_paragraph;
	public static String source_recommendation;
	public static String source_resolution;
	public static String source_unknown;
	public static String timeline_add;
	public static String timeline_date;
	public static String timeline_description;
	public static String timeline_kind;
	public static String timeline_reference;
	public static String value_none;

	static {
		ResourceBundle strings = ResourceBundle.getBundle(BUNDLE_NAME, Locale.getDefault(), Messages.class.getClassLoader(),
				ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
		for (Field field : Messages.class.getFields()) {
			if (Modifier.isStatic(field.getModifiers())) {
				try {
					field.set(null, strings.getString(field.getName()));
				} catch (IllegalAccessException e) {
					throw new IllegalStateException(e);
				}
			}
		}
	}

	private Messages() {
	}
}
