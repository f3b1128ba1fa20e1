package org.mandateworkbench.ui;

/**
 * The UI's own strings, injected with {@code @Translation} so that they follow the workbench locale.
 * Values come from OSGi-INF/l10n/bundle*.properties of this bundle.
 */
public final class Messages {
	public String navigator_folder;
	public String navigator_document;
	public String group_bodies;
	public String group_documents;
	public String group_mandates;
	public String group_states;
	public String group_sources;
	public String label_resolution;
	public String label_decision;
	public String label_recommendation;
	public String label_meeting;
	public String preview_properties;
	public String preview_nothingSelected;
	public String preview_kind;
	public String preview_size;
	public String preview_modified;
	public String preview_notText;
	public String preview_unreadable;
	public String save_failedTitle;
	public String about_title;
	public String about_text;
	public String language_title;
	public String language_appliesAtRestart;
	public String language_notSaved;
	public String review_title;
	public String review_filterHint;
	public String review_count;
	public String review_columnBody;
	public String review_columnMeeting;
	public String review_columnParagraph;
	public String review_columnAddressee;
	public String review_columnText;
	public String review_columnMandates;
	public String review_columnAge;
	public String review_columnReiterated;
	public String review_addresseeAllStates;
	public String review_addresseeSecretariat;
	public String review_columnStatus;
	public String review_columnLastAction;
	public String review_statusNoMandate;
	public String review_groupBy;
	public String review_groupNone;
	public String review_groupHeader;
	public String review_groupEmpty;
	public String review_columns;
	public String review_columnsTooltip;
	public String review_exportCsv;
	public String review_exportXlsx;
	public String review_exportTitle;
	public String review_exportFailed;
	public String review_exportFileName;
	public String properties_columnProperty;
	public String properties_columnValue;
	public String properties_nothingSelected;
	public String properties_invalidDate;
	public String properties_invalidValue;
	public String jobs_none;
	public String jobs_cancel;
	public String jobs_cancelTooltip;
	public String navigator_workspaceView;
	public String navigator_byStatus;
	public String navigator_byAddressee;
	public String navigator_byOfficer;
	public String navigator_notSet;
	public String navigator_filterHint;
}
