package org.mandateworkbench.ui.ingest;

/**
 * The import wizard's strings, injected with {@code @Translation} so that they follow the workbench
 * locale. Values come from OSGi-INF/l10n/bundle*.properties of this bundle.
 */
public final class Messages {
	public String wizard_title;
	public String choose_title;
	public String choose_description;
	public String choose_path;
	public String choose_add;
	public String choose_browse;
	public String choose_remove;
	public String choose_notFound;
	public String choose_unsupported;
	public String choose_meeting;
	public String choose_asTheFileSays;
	public String review_keepTarget;
	public String review_conflict;
	public String review_followFile;
	public String analysis_task;
	public String analysis_failedTitle;
	public String review_title;
	public String review_description;
	public String review_accepted;
	public String review_problems;
	public String column_kind;
	public String column_category;
	public String column_label;
	public String column_value;
	public String column_where;
	public String column_confidence;
	public String where_paragraph;
	public String commit_failedTitle;
	public String commit_nothing;
	public String kind_add;
	public String kind_update;
	public String kind_link;
	public String kind_matched;
	public String kind_unmatched;
	public String category_document;
	public String category_languageVersion;
	public String category_supersedes;
	public String category_citation;
	public String category_resolution;
	public String category_body;
	public String category_meeting;
	public String category_agendaItem;
	public String category_recommendation;
	public String category_state;
	public String category_mandate;
	public String category_noteVerbale;
	public String category_reminder;
	public String category_stateResponse;
	public String category_indicator;
	public String category_observation;
	public String category_attendance;
}
