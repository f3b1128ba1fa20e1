package org.mandateworkbench.ui.dashboard;

/**
 * Ids of the dashboard's widgets, set under {@link org.mandateworkbench.ui.WidgetIds#KEY} so that UI
 * tests find them whatever the UI language.
 */
public final class DashboardWidgetIds {

	public static final String AS_OF = "dashboard.asOf"; //$NON-NLS-1$
	public static final String TODAY = "dashboard.today"; //$NON-NLS-1$
	public static final String STATUS_CHART = "dashboard.statusChart"; //$NON-NLS-1$
	public static final String STATUS_CAPTION = "dashboard.statusCaption"; //$NON-NLS-1$
	public static final String STATUS_LIST = "dashboard.statusList"; //$NON-NLS-1$
	public static final String REPLIES_CHART = "dashboard.repliesChart"; //$NON-NLS-1$
	public static final String REPLIES_CAPTION = "dashboard.repliesCaption"; //$NON-NLS-1$
	public static final String REPLIES_LIST = "dashboard.repliesList"; //$NON-NLS-1$
	public static final String REGION_CHART = "dashboard.regionChart"; //$NON-NLS-1$
	public static final String REGION_CAPTION = "dashboard.regionCaption"; //$NON-NLS-1$
	public static final String REGION_LIST = "dashboard.regionList"; //$NON-NLS-1$
	public static final String OVERDUE_LIST = "dashboard.overdueList"; //$NON-NLS-1$
	public static final String NEGLECTED_YEARS = "dashboard.neglectedYears"; //$NON-NLS-1$
	public static final String NEGLECTED_CAPTION = "dashboard.neglectedCaption"; //$NON-NLS-1$
	public static final String NEGLECTED_LIST = "dashboard.neglectedList"; //$NON-NLS-1$

	private DashboardWidgetIds() {
	}
}
