package org.mandateworkbench.index.query;

import org.eclipse.osgi.util.NLS;

/** Localized messages of the query parser. */
final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.mandateworkbench.index.query.messages"; //$NON-NLS-1$

    public static String Query_empty;
    public static String Query_unexpected;
    public static String Query_unterminated;
    public static String Query_badYear;
    public static String Query_badDate;
    public static String Query_unknownState;
    public static String Query_tooManyClauses;
    public static String Query_unknownField;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
