package org.mandateworkbench.cli.internal;

import org.eclipse.osgi.util.NLS;

/** The translated texts of mwb; the language follows the platform locale (-nl). */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.mandateworkbench.cli.internal.messages"; //$NON-NLS-1$

	public static String ProductName;
	public static String Version;
	public static String HelpSynopsis;
	public static String HelpCommandsHeading;
	public static String HelpNoCommands;
	public static String HelpOptionsHeading;
	public static String HelpOptionWorkspace;
	public static String HelpOptionDebug;
	public static String HelpOptionHelp;
	public static String HelpOptionVersion;
	public static String HelpFooter;
	public static String CommandHeading;
	public static String UnknownCommand;
	public static String UnknownCommandWithSuggestion;
	public static String ListCommandsHint;
	public static String UnknownOption;
	public static String MissingOptionValue;
	public static String WorkspaceValueName;
	public static String HelpTakesOneName;
	public static String SubcommandUsageError;
	public static String SubcommandUsageHint;
	public static String InternalError;
	public static String InternalErrorWithLog;
	public static String InternalErrorLogEntry;
	public static String NotASubcommand;
	public static String ContributionIgnored;
	public static String ContributionMissingAttribute;
	public static String ContributionBadName;
	public static String ContributionReservedName;
	public static String ContributionDuplicateName;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
