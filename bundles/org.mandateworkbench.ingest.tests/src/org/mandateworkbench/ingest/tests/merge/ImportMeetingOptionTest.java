package org.mandateworkbench.ingest.tests.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mandateworkbench.cli.ExitCodes;
import org.mandateworkbench.cli.UsageException;
import org.mandateworkbench.model.Document;
import org.mandateworkbench.model.symbol.DocumentSymbol;
import org.mandateworkbench.store.ModelStore;
import org.mandateworkbench.store.Workspace;
import org.mandateworkbench.store.Workspaces;

/** {@code mwb import --meeting KEY [--on-conflict target|file] FILE...}. */
class ImportMeetingOptionTest {

	@TempDir
	Path folder;

	private ImportCommandHarness command;

	private int run(Path workspace, String... arguments) throws Exception {
		if (command == null) {
			command = new ImportCommandHarness(folder);
		}
		return command.run(workspace, arguments);
	}

	private Path workspace() throws Exception {
		Path workspace = folder.resolve("ws");
		try (MergeWorkspace w = MergeWorkspace.create(workspace)) {
			w.addMeeting(TargetFixtures.ORDINAL, LocalDate.of(2021, 9, 6), LocalDate.of(2021, 9, 8));
		}
		Files.writeString(folder.resolve("report-en.txt"), TargetFixtures.ENGLISH_REPORT);
		Files.writeString(folder.resolve("note-zh.txt"), TargetFixtures.CHINESE_NOTE);
		Files.writeString(folder.resolve("wg3.txt"), TargetFixtures.OTHER_BODY_NOTE);
		return workspace;
	}

	/** The id of the meeting the document with this symbol is at, or "none"; "absent" without the document. */
	private static String meetingOf(Path workspace, String symbol) throws Exception {
		try (Workspace opened = Workspaces.open(workspace); ModelStore store = ModelStore.open(opened)) {
			Optional<Document> document = store.root().getDocuments().stream()
					.filter(d -> DocumentSymbol.parse(symbol).equals(d.getSymbol())).findFirst();
			return document.map(d -> d.getMeeting() == null ? "none" : d.getMeeting().getId()).orElse("absent");
		}
	}

	@Test
	void importsIntoTheMeetingNamedByBodyAndOrdinalOnce() throws Exception {
		Path workspace = workspace();
		assertEquals(ExitCodes.OK, run(workspace, "--meeting", "CAC/COSP/EG.1/9", "report-en.txt"), command.err());
		assertEquals("meeting-CAC-COSP-EG.1-9", meetingOf(workspace, TargetFixtures.REPORT_SYMBOL));

		assertEquals(ExitCodes.OK, run(workspace, "--meeting", "CAC/COSP/EG.1/9", "report-en.txt"), command.err());
		String report = command.out();
		assertTrue(report.contains("report-en.txt: CAC/COSP/EG.1/2021/4: already in the workspace"), report);
		assertTrue(report.contains("Nothing to change"), report);
	}

	@Test
	void importsIntoTheMeetingNamedByItsId() throws Exception {
		Path workspace = workspace();
		assertEquals(ExitCodes.OK, run(workspace, "--meeting", "meeting-CAC-COSP-EG.1-9", "note-zh.txt"), command.err());
		assertEquals("meeting-CAC-COSP-EG.1-9", meetingOf(workspace, TargetFixtures.NOTE_SYMBOL));
	}

	@Test
	void unknownMeetingKeyIsRefusedNamingTheKeyHowToFindKeysAndTheKnownOnes() throws Exception {
		Path workspace = workspace();
		UsageException refused = assertThrows(UsageException.class,
				() -> run(workspace, "--meeting", "CAC/COSP/EG.1/12", "report-en.txt"));
		String message = refused.getMessage();
		assertTrue(message.contains("\"CAC/COSP/EG.1/12\""), message);
		assertTrue(message.contains("navigator") && message.contains("Properties"), message);
		assertTrue(message.endsWith("Meetings in this workspace: CAC/COSP/EG.1/9."), message);
		assertEquals("absent", meetingOf(workspace, TargetFixtures.REPORT_SYMBOL));
	}

	@Test
	void fileNamingAnotherMeetingStopsTheImportUntilOnConflictDecides() throws Exception {
		Path workspace = workspace();
		assertEquals(ExitCodes.USER_ERROR, run(workspace, "--meeting", "CAC/COSP/EG.1/9", "wg3.txt", "report-en.txt"));
		String warning = command.err();
		assertTrue(warning.contains("wg3.txt names another meeting") && warning.contains("CTOC/COP/WG.3/2021/2")
				&& warning.contains("CAC/COSP/EG.1/9 (2021-09-06)"), warning);
		assertTrue(warning.contains("--on-conflict target") && warning.contains("--on-conflict file"), warning);
		assertEquals("absent", meetingOf(workspace, TargetFixtures.OTHER_BODY_SYMBOL));
		assertEquals("absent", meetingOf(workspace, TargetFixtures.REPORT_SYMBOL), "all files or none");

		assertEquals(ExitCodes.OK, run(workspace, "--meeting", "CAC/COSP/EG.1/9", "--on-conflict", "file", "wg3.txt",
				"report-en.txt"), command.err());
		assertTrue(meetingOf(workspace, TargetFixtures.OTHER_BODY_SYMBOL).startsWith("meeting-CTOC-COP-WG.3-"));
		assertEquals("meeting-CAC-COSP-EG.1-9", meetingOf(workspace, TargetFixtures.REPORT_SYMBOL),
				"only a conflicting file follows its own meeting");
	}

	@Test
	void onConflictTargetKeepsTheChosenMeeting() throws Exception {
		Path workspace = workspace();
		assertEquals(ExitCodes.OK, run(workspace, "--meeting", "CAC/COSP/EG.1/9", "--on-conflict", "target", "wg3.txt"),
				command.err());
		assertTrue(command.err().contains("wg3.txt names another meeting"), command.err());
		assertEquals("meeting-CAC-COSP-EG.1-9", meetingOf(workspace, TargetFixtures.OTHER_BODY_SYMBOL));
	}

	@Test
	void dryRunWithMeetingShowsThePlansAndSavesNothing() throws Exception {
		Path workspace = workspace();
		assertEquals(ExitCodes.OK, run(workspace, "--dry-run", "--meeting", "CAC/COSP/EG.1/9", "report-en.txt"), command.err());
		assertTrue(command.out().contains("report-en.txt: CAC/COSP/EG.1/2021/4: 7 added, 2 updated, 4 linked"),
				command.out());
		assertEquals("absent", meetingOf(workspace, TargetFixtures.REPORT_SYMBOL));
	}

	@Test
	void onConflictNeedsMeetingAndOneOfItsTwoValues() throws Exception {
		Path workspace = workspace();
		UsageException alone = assertThrows(UsageException.class,
				() -> run(workspace, "--on-conflict", "file", "report-en.txt"));
		assertTrue(alone.getMessage().contains("--meeting"), alone.getMessage());
		UsageException bad = assertThrows(UsageException.class,
				() -> run(workspace, "--meeting", "CAC/COSP/EG.1/9", "--on-conflict", "both", "report-en.txt"));
		assertTrue(bad.getMessage().contains("both"), bad.getMessage());
	}
}
