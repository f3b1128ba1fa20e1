package org.mandateworkbench.model.validation.internal;

import org.eclipse.osgi.util.NLS;

/**
 * Messages of the model validation rules; see messages.properties and messages_zh.properties.
 * {0} is always the label of the object the problem is about.
 */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "org.mandateworkbench.model.validation.internal.messages"; //$NON-NLS-1$

    public static String Document_symbolPresent;
    public static String Document_symbolWellFormed;
    public static String StateResponse_receivedAfterNote;
    public static String StateResponse_stateAddressed;
    public static String Recommendation_meetingPresent;
    public static String Mandate_sourcePresent;
    public static String Mandate_successorWhenSuperseded;
    public static String Mandate_statusHistoryOrdered;
    public static String MandateWorkspace_uniqueDocumentSymbols;
    public static String NoteVerbaleReminder_afterNote;
    public static String NoteVerbale_deadlineAfterDate;
    public static String NoteVerbaleReminder_deadlineAfterDate;
    public static String Observation_datePresent;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
