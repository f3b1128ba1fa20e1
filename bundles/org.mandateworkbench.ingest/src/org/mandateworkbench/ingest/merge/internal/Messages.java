package org.mandateworkbench.ingest.merge.internal;

import org.eclipse.osgi.util.NLS;

/** Translated messages of matching, committing and the import command. */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.mandateworkbench.ingest.merge.internal.messages"; //$NON-NLS-1$

	public static String Matcher_noSymbol;
	public static String Matcher_meetingWithoutBody;
	public static String Matcher_noAgendaItem;
	public static String Matcher_documentNotInWorkspace;
	public static String Matcher_resolutionNotInWorkspace;
	public static String Matcher_noMeeting;
	public static String Matcher_noRemindedNote;
	public static String Matcher_noNoteForResponse;
	public static String Matcher_unknownState;
	public static String Matcher_targetConflict;
	public static String Matcher_placedAt;
	public static String Committer_label;
	public static String Committer_cannotExecute;
	public static String Committer_failed;
	public static String Committer_sourceNotWritten;
	public static String Committer_sourceConflict;
	public static String ImportCommand_noWorkspace;
	public static String ImportCommand_notCommitted;
	public static String ImportCommand_planned;
	public static String ImportCommand_unchanged;
	public static String ImportCommand_unmatched;
	public static String ImportCommand_saved;
	public static String ImportCommand_nothingSaved;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
