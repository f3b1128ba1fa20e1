package org.mandateworkbench.ui.search;

/**
 * The Search part's strings, injected with {@code @Translation} so that they follow the workbench
 * locale. Values come from OSGi-INF/l10n/bundle*.properties of this bundle.
 */
public final class Messages {
	public String search_queryTooltip;
	public String search_button;
	public String search_orderRelevance;
	public String search_orderDate;
	public String search_preparing;
	public String search_searching;
	public String search_count;
	public String search_countFiltered;
	public String search_error;
	public String search_failed;
	public String column_snippet;
	public String column_symbol;
	public String column_paragraph;
	public String column_section;
	public String column_date;
	public String column_body;
	public String column_kind;
	public String facet_body;
	public String facet_meeting;
	public String facet_year;
	public String facet_type;
	public String facet_lang;
	public String facet_state;
	public String facet_status;
	public String facet_addressee;
	public String facet_addresseeSecretariat;
	public String facet_addresseeStatesParties;
	public String action_open;
	public String action_otherLanguage;
	public String twin_title;
	public String twin_none;
	public String open_gone;
	public String field_symbol;
	public String field_body;
	public String field_meeting;
	public String field_state;
	public String field_year;
	public String field_date;
	public String field_type;
	public String field_status;
	public String field_addressee;
	public String field_lang;
	public String field_resolution;
	public String kind_recommendation;
	public String kind_resolutionParagraph;
	public String kind_mandate;
	public String kind_noteVerbale;
	public String kind_stateResponseTopic;
	public String kind_documentText;
	public String kind_documentParagraph;
	public String kind_documentFootnote;
	public String kind_documentPassage;
}
