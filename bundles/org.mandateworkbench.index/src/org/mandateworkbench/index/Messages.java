package org.mandateworkbench.index;

import org.eclipse.osgi.util.NLS;

/** Localized messages of the index service and its job. */
final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.mandateworkbench.index.messages"; //$NON-NLS-1$

    public static String Index_opening;
    public static String Index_rebuilding;
    public static String Job_open;
    public static String Job_rebuild;
    public static String Job_failed;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
