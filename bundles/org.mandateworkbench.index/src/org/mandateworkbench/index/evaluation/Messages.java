package org.mandateworkbench.index.evaluation;

import org.eclipse.osgi.util.NLS;

/** Translated messages of the search evaluation. */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.mandateworkbench.index.evaluation.messages"; //$NON-NLS-1$

    public static String Judgments_unreadable;
    public static String Judgments_line;
    public static String Judgments_kindExpected;
    public static String Judgments_floorExpected;
    public static String Judgments_seedExpected;
    public static String Judgments_queryExpected;
    public static String Judgments_duplicate;
    public static String Judgments_floorsMissing;
    public static String Judgments_noQueries;
    public static String Seeds_unsupported;
    public static String Seeds_missing;
    public static String Seeds_planProblem;
    public static String Evaluation_syntaxError;
    public static String Report_head;
    public static String Report_columns;
    public static String Report_missed;
    public static String Report_means;
    public static String EvaluateCommand_usage;
    public static String EvaluateCommand_unknownOption;
    public static String EvaluateCommand_notFolder;
    public static String EvaluateCommand_belowFloors;
    public static String EvaluateCommand_allMet;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
