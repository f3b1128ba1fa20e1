package org.mandateworkbench.ui.dashboard;

/**
 * The dashboard's strings, injected with {@code @Translation}; values come from
 * OSGi-INF/l10n/bundle*.properties of this bundle.
 */
public final class DashboardMessages {
	public String dashboard_title;
	public String dashboard_asOf;
	public String dashboard_asOfTooltip;
	public String dashboard_today;
	public String dashboard_statusChart;
	public String dashboard_repliesChart;
	public String dashboard_regionChart;
	public String dashboard_count;
	public String dashboard_replies;
	public String dashboard_rate;
	public String dashboard_mandatesAll;
	public String dashboard_mandatesWithStatus;
	public String dashboard_repliesHint;
	public String dashboard_repliesOf;
	public String dashboard_reply;
	public String dashboard_regionHint;
	public String dashboard_regionOf;
	public String dashboard_stateTally;
	public String dashboard_overdue;
	public String dashboard_overdueMandate;
	public String dashboard_overdueNote;
	public String dashboard_neglected;
	public String dashboard_neglectedItem;
	public String dashboard_unnamedState;
}
