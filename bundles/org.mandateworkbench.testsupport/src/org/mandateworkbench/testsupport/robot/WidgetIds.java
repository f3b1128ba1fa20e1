package org.mandateworkbench.testsupport.robot;

/**
 * The key under which widgets carry a stable test id, set with
 * {@code widget.setData("org.mandateworkbench.widgetId", "mandate.list")}.
 * <p>
 * Production UI code cannot depend on this test bundle, so the UI bundle defines the same string
 * constant, {@code "org.mandateworkbench.widgetId"}, on its own. The robot uses {@link #KEY} unless
 * told otherwise through {@link SwtRobot#withIdKey(String)}.
 */
public final class WidgetIds {

    /** Data key of the widget id: {@value}. */
    public static final String KEY = "org.mandateworkbench.widgetId";

    private WidgetIds() {
    }
}
