package org.mandateworkbench.report.internal;

import org.eclipse.osgi.util.NLS;

/** Translated messages of the report command line. */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.mandateworkbench.report.internal.messages"; //$NON-NLS-1$

    public static String ReportCommand_missingKind;
    public static String ReportCommand_unknownKind;
    public static String ReportCommand_noWorkspace;
    public static String ReportCommand_badMeeting;
    public static String ReportCommand_unknownMeeting;
    public static String ReportCommand_noMeetings;
    public static String ReportCommand_written;
    public static String ReportCommand_unknownMandate;
    public static String ReportCommand_unknownNoteVerbale;
    public static String ReportCommand_deadlineBeforeDate;
    public static String ReportOptions_unknownOption;
    public static String ReportOptions_missingValue;
    public static String ReportOptions_missingOption;
    public static String ReportOptions_repeated;
    public static String ReportOptions_badDate;
    public static String ReportOptions_badLanguage;
    public static String ReportOutput_badExtension;
    public static String ReportOutput_unwritable;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
