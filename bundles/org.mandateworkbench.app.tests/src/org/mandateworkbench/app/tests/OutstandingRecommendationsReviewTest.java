package org.mandateworkbench.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.mandateworkbench.model.Recommendation;
import org.mandateworkbench.model.progress.OutstandingRecommendation;
import org.mandateworkbench.model.progress.OutstandingRecommendations;
import org.mandateworkbench.store.ModelStore;
import org.mandateworkbench.testsupport.robot.Condition;
import org.mandateworkbench.testsupport.robot.RobotNatTable;
import org.mandateworkbench.testsupport.robot.RobotWidget;
import org.mandateworkbench.testsupport.robot.ScreenshotOnFailureExtension;
import org.mandateworkbench.testsupport.robot.SwtRobot;
import org.mandateworkbench.ui.Roles;
import org.mandateworkbench.ui.WidgetIds;
import org.mandateworkbench.ui.internal.table.CsvTableReader;
import org.mandateworkbench.ui.review.OutstandingRecommendationsPart;

/**
 * The Bureau layout's review of outstanding recommendations, in English on the demo workspace: the
 * table lists what the query finds, the free filter and the filter row narrow it, and the CSV export
 * writes what is shown.
 */
@ExtendWith(ScreenshotOnFailureExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OutstandingRecommendationsReviewTest {

	/** Table positions: the row-number header takes column 0; the column header and filter row take rows 0 and 1. */
	private static final int PARAGRAPH_COLUMN = 3;
	private static final int ADDRESSEE_COLUMN = 4;
	private static final int FILTER_ROW = 1;
	private static final int FIRST_BODY_ROW = 2;
	private static final String REVIEW_PART_ID = "org.mandateworkbench.ui.part.review"; //$NON-NLS-1$
	private static final String HEADER_LINE = "Body,Meeting,Paragraph,Addressee,Text,Mandates,Status,Age (years),Reiterated,Last action"; //$NON-NLS-1$

	private static RunningWorkbench workbench;
	private static SwtRobot robot;
	private static List<OutstandingRecommendation> outstanding;

	@TempDir
	Path folder;

	@BeforeAll
	static void startWorkbench() throws Exception {
		workbench = RunningWorkbench.startInLanguage("en"); //$NON-NLS-1$
		robot = workbench.robot();
		robot.toolItem("Bureau").click(); //$NON-NLS-1$
		workbench.waitForRole(Roles.BUREAU);
		ModelStore store = robot.syncExec("find the model store", () -> workbench.window().getContext().get(ModelStore.class)); //$NON-NLS-1$
		outstanding = robot.syncExec("query outstanding recommendations", //$NON-NLS-1$
				() -> OutstandingRecommendations.of(store.root(), LocalDate.now()));
	}

	@AfterAll
	static void closeWorkbench() throws Exception {
		workbench.close();
	}

	@Test
	@Order(1)
	void listsTheOutstandingRecommendationsAndFiltersThemByAnyColumn() {
		int total = outstanding.size();
		assertTrue(total > 0, "the demo workspace has outstanding recommendations"); //$NON-NLS-1$
		RobotNatTable table = robot.natTableWithId(WidgetIds.REVIEW_TABLE);
		assertEquals(total + " of " + total + " recommendations", countText()); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals("Paragraph", table.cellText(0, PARAGRAPH_COLUMN)); //$NON-NLS-1$
		int shownRows = table.rowCount() - FIRST_BODY_ROW;
		assertTrue(shownRows > 0 && shownRows <= total, () -> shownRows + " rows for " + total); //$NON-NLS-1$
		capture("review-en-all"); //$NON-NLS-1$

		robot.textWithId(WidgetIds.REVIEW_FILTER).typeText("47"); //$NON-NLS-1$
		robot.waitUntil(Condition.of("the filter to narrow the rows", () -> !countText().startsWith(total + " of"))); //$NON-NLS-1$ //$NON-NLS-2$
		int matching = shownCount();
		assertTrue(matching > 0 && matching < total, countText());
		assertEquals(matching, table.rowCount() - FIRST_BODY_ROW, "every matching row is shown"); //$NON-NLS-1$
		for (int row = FIRST_BODY_ROW; row < FIRST_BODY_ROW + matching; row++) {
			List<String> cells = table.row(row);
			assertTrue(String.join("|", cells).contains("47"), () -> "row without 47: " + cells); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
		capture("review-en-filtered"); //$NON-NLS-1$
		robot.textWithId(WidgetIds.REVIEW_FILTER).setText(""); //$NON-NLS-1$
		robot.waitUntil(Condition.of("every row to come back", () -> countText().startsWith(total + " of"))); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Test
	@Order(2)
	void filterRowKeepsTheSecretariatsRecommendationsAndTheCsvExportHoldsThem() throws IOException {
		List<Recommendation> expected = outstanding.stream().map(OutstandingRecommendation::recommendation)
				.filter(r -> r.getAddressees() != null && r.getAddressees().isSecretariat()).toList();
		assertTrue(!expected.isEmpty() && expected.size() < outstanding.size(),
				() -> expected.size() + " of " + outstanding.size() + " addressed to the Secretariat"); //$NON-NLS-1$ //$NON-NLS-2$

		RobotNatTable table = robot.natTableWithId(WidgetIds.REVIEW_TABLE);
		table.click(FILTER_ROW, ADDRESSEE_COLUMN);
		RobotWidget<Text> editor = robot.widget(Text.class, "the filter row's editor", //$NON-NLS-1$
				text -> text.getParent() instanceof NatTable && text.isVisible());
		robot.syncExec("type the addressee filter", () -> editor.widget().insert("Secretariat")); //$NON-NLS-1$ //$NON-NLS-2$
		editor.pressKey(SWT.CR, '\r'); // the editor commits and closes on Enter
		robot.waitUntil(Condition.of("the filter row to keep the Secretariat's recommendations", //$NON-NLS-1$
				() -> shownCount() == expected.size()));
		assertEquals(expected.size() + " of " + outstanding.size() + " recommendations", countText()); //$NON-NLS-1$ //$NON-NLS-2$
		int visible = table.rowCount() - FIRST_BODY_ROW;
		assertTrue(visible > 0 && visible <= expected.size(), () -> visible + " rows shown"); //$NON-NLS-1$
		for (int row = FIRST_BODY_ROW; row < FIRST_BODY_ROW + visible; row++) {
			String addressee = table.cellText(row, ADDRESSEE_COLUMN);
			assertTrue(addressee.contains("Secretariat"), addressee); //$NON-NLS-1$
		}
		capture("review-en-secretariat"); //$NON-NLS-1$

		Path csv = folder.resolve("review.csv"); //$NON-NLS-1$
		assertTrue(robot.syncExec("export CSV", () -> reviewPart().exportTo(csv, "csv"))); //$NON-NLS-1$ //$NON-NLS-2$
		byte[] bytes = Files.readAllBytes(csv);
		assertEquals((byte) 0xEF, bytes[0], "UTF-8 byte order mark"); //$NON-NLS-1$
		List<List<String>> records = CsvTableReader.parse(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8));
		assertEquals(HEADER_LINE, String.join(",", records.get(0))); //$NON-NLS-1$
		assertEquals(expected.size(), records.size() - 1, "one record per shown recommendation"); //$NON-NLS-1$
		List<String> exportedParagraphs = new ArrayList<>();
		for (List<String> record : records.subList(1, records.size())) {
			assertEquals(10, record.size(), record::toString);
			assertTrue(record.get(3).contains("Secretariat"), record::toString); //$NON-NLS-1$
			exportedParagraphs.add(record.get(2));
		}
		List<String> expectedParagraphs = new ArrayList<>(expected.stream().map(OutstandingRecommendationsReviewTest::paragraph).toList());
		exportedParagraphs.sort(null);
		expectedParagraphs.sort(null);
		assertEquals(expectedParagraphs, exportedParagraphs);

		Path xlsx = folder.resolve("review.xlsx"); //$NON-NLS-1$
		assertTrue(robot.syncExec("export XLSX", () -> reviewPart().exportTo(xlsx, "xlsx"))); //$NON-NLS-1$ //$NON-NLS-2$
		byte[] workbook = Files.readAllBytes(xlsx);
		assertTrue(workbook.length > 1000 && workbook[0] == 'P' && workbook[1] == 'K', "an XLSX (zip) file"); //$NON-NLS-1$
	}

	@Test
	@Order(3)
	void groupsByStatus() {
		robot.comboWithId(WidgetIds.REVIEW_GROUP_BY).select("Status"); //$NON-NLS-1$
		RobotNatTable table = robot.natTableWithId(WidgetIds.REVIEW_TABLE);
		robot.waitUntil(Condition.of("a group header first", //$NON-NLS-1$
				() -> table.cellText(FIRST_BODY_ROW, 1).matches("(No mandate|Pending|In progress|Recurrent) \\(\\d+\\)") //$NON-NLS-1$
						&& table.cellText(FIRST_BODY_ROW, PARAGRAPH_COLUMN).isEmpty()));
		capture("review-en-grouped"); //$NON-NLS-1$
		robot.comboWithId(WidgetIds.REVIEW_GROUP_BY).select("No grouping"); //$NON-NLS-1$
	}

	private static String paragraph(Recommendation recommendation) {
		return recommendation.getParagraphNumber()
				+ (recommendation.getLetter() == null ? "" : " (" + recommendation.getLetter() + ')'); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** Paints the table before the capture, so the picture shows what the rows hold now. */
	private static void capture(String name) {
		NatTable table = robot.natTableWithId(WidgetIds.REVIEW_TABLE).widget();
		robot.syncExec("paint the table", () -> { //$NON-NLS-1$
			table.redraw();
			table.update();
		});
		robot.captureScreenshot(name);
	}

	private static OutstandingRecommendationsPart reviewPart() {
		EModelService models = workbench.window().getContext().get(EModelService.class);
		MPart part = (MPart) models.find(REVIEW_PART_ID, workbench.window());
		return (OutstandingRecommendationsPart) part.getObject();
	}

	private static String countText() {
		return robot.labelWithId(WidgetIds.REVIEW_COUNT).getText();
	}

	private static int shownCount() {
		String count = countText();
		return Integer.parseInt(count.substring(0, count.indexOf(' ')));
	}
}
