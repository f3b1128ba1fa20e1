package org.mandateworkbench.store.internal;

import org.eclipse.osgi.util.NLS;

/** Translated messages of the workspace store. */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.mandateworkbench.store.internal.messages";

	public static String WorkspaceLock_held;
	public static String WorkspaceLock_recoveredStale;
	public static String Workspaces_notAFolder;
	public static String Workspaces_notAWorkspace;
	public static String Workspaces_badProperty;
	public static String Workspaces_tooNew;
	public static String Workspaces_noMigration;
	public static String Workspaces_migrated;
	public static String Workspaces_tempFilesDeleted;
	public static String DemoWorkspace_notEmpty;
	public static String DemoWorkspace_missingResource;

	public static String ModelStore_unreadableFile;
	public static String ModelStore_unreadableFileAtLine;
	public static String ModelStore_missingRootFile;
	public static String ModelStore_unexpectedObject;
	public static String ModelStore_unknownFile;
	public static String ModelStore_missingBodyFile;
	public static String ModelStore_unlistedBodyFile;
	public static String ModelStore_danglingReferences;
	public static String ModelStore_damagedPendingSave;
	public static String ModelStore_pendingSaveFinished;
	public static String ModelStore_journalRepaired;
	public static String ModelStore_commandFailed;
	public static String ModelStore_listenerFailed;
	public static String ChangeJournal_badLine;

	public static String WorkspaceCommand_missingAction;
	public static String WorkspaceCommand_unknownAction;
	public static String WorkspaceCommand_initNeedsOneFolder;
	public static String WorkspaceCommand_infoTakesOneFolder;
	public static String WorkspaceCommand_notNew;
	public static String WorkspaceCommand_noWorkspace;
	public static String WorkspaceCommand_created;
	public static String WorkspaceCommand_createdDemo;
	public static String WorkspaceCommand_infoFolder;
	public static String WorkspaceCommand_infoVersion;
	public static String WorkspaceCommand_infoCreated;
	public static String WorkspaceCommand_infoEntry;

	public static String ValidateCommand_takesOneFolder;
	public static String ValidateCommand_summary;
	public static String ValidateCommand_error;
	public static String ValidateCommand_warning;
	public static String ValidateCommand_info;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
