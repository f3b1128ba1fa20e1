package org.mandateworkbench.report.tests.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.mandateworkbench.cli.ExitCodes;
import org.mandateworkbench.cli.UsageException;
import org.mandateworkbench.model.Mandate;
import org.mandateworkbench.model.MandateWorkspace;
import org.mandateworkbench.model.NoteVerbale;
import org.mandateworkbench.model.demo.DemoModel;
import org.mandateworkbench.model.progress.OutstandingRecommendations;

class StatsCommandTest extends DemoWorkspaceFixture {

    private static final LocalDate AS_OF = LocalDate.of(2018, 3, 20);

    private XSSFWorkbook workbook(String... arguments) throws Exception {
        assertEquals(ExitCodes.OK, run.report(arguments));
        try (InputStream in = Files.newInputStream(temp.resolve("stats.xlsx"))) {
            return new XSSFWorkbook(in);
        }
    }

    private static List<String> header(Sheet sheet) {
        List<String> titles = new ArrayList<>();
        sheet.getRow(0).forEach(cell -> titles.add(cell.getStringCellValue()));
        return titles;
    }

    @Test
    void theMandatesSheetHasAHeaderAndOneRowPerDemoMandate() throws Exception {
        MandateWorkspace demo = DemoModel.create();
        try (XSSFWorkbook workbook = workbook("stats", "--out", "stats.xlsx", "--as-of", "2018-03-20")) {
            Sheet mandates = workbook.getSheet("Mandates");
            assertNotNull(mandates);
            assertEquals(demo.getMandates().size() + 1, mandates.getPhysicalNumberOfRows());
            assertEquals(List.of("ID", "Title", "Status on 2018-03-20", "Addressees", "Due date", "Overdue"), header(mandates));
            assertTrue(workbook.getSheetAt(0).getRow(0).getCell(0).getCellStyle().getFont().getBold());
            assertTrue(mandates.getPaneInformation().isFreezePane());
            assertEquals(1, mandates.getPaneInformation().getHorizontalSplitPosition());
            List<String> ids = new ArrayList<>();
            for (Row row : mandates) {
                if (row.getRowNum() > 0) {
                    ids.add(row.getCell(0).getStringCellValue());
                }
            }
            assertEquals(demo.getMandates().stream().map(Mandate::getId).sorted().toList(), ids);
            assertTrue(mandates.getColumnWidth(1) > mandates.getColumnWidth(5), "titles get a wider column");
        }
    }

    @Test
    void theRecommendationsSheetListsTheOutstandingOnes() throws Exception {
        int outstanding = OutstandingRecommendations.of(DemoModel.create(), AS_OF).size();
        try (XSSFWorkbook workbook = workbook("stats", "--out", "stats.xlsx", "--as-of", "2018-03-20")) {
            Sheet recommendations = workbook.getSheet("Recommendations");
            assertEquals(outstanding + 1, recommendations.getPhysicalNumberOfRows());
            assertEquals(List.of("Meeting", "Paragraph", "Addressees", "Age in years", "Times reiterated"),
                    header(recommendations));
            assertTrue(recommendations.getPaneInformation().isFreezePane());
        }
    }

    @Test
    void theResponsesSheetCountsTheDaysEachStateTookToReply() throws Exception {
        NoteVerbale note = DemoModel.create().getMandates().stream().flatMap(m -> m.getActions().stream())
                .filter(a -> "nv-2018-02-09".equals(a.getId())).map(NoteVerbale.class::cast).findFirst().orElseThrow();
        String noteLabel = note.getReference() == null || note.getReference().isBlank() ? note.getId() : note.getReference();
        try (XSSFWorkbook workbook = workbook("stats", "--out", "stats.xlsx", "--as-of", "2018-03-20")) {
            Sheet responses = workbook.getSheet("Responses");
            Row argentina = null;
            for (Row row : responses) {
                if ("Argentina".equals(row.getCell(0).getStringCellValue())) {
                    argentina = row;
                    break;
                }
            }
            assertNotNull(argentina, "no row for Argentina");
            assertEquals(noteLabel, argentina.getCell(1).getStringCellValue());
            assertEquals(LocalDate.of(2018, 3, 15), argentina.getCell(3).getLocalDateTimeCellValue().toLocalDate());
            assertEquals(34, (int) argentina.getCell(4).getNumericCellValue());
        }
    }

    @Test
    void responsesAfterTheDateAreLeftOut() throws Exception {
        try (XSSFWorkbook workbook = workbook("stats", "--out", "stats.xlsx", "--as-of", "2018-03-01")) {
            Sheet responses = workbook.getSheet("Responses");
            for (Row row : responses) {
                assertFalse("Argentina".equals(row.getCell(0).getStringCellValue()), "Argentina replied on 15 March");
            }
        }
    }

    @Test
    void chineseHeadersWithLangZh() throws Exception {
        try (XSSFWorkbook workbook = workbook("stats", "--out", "stats.xlsx", "--as-of", "2018-03-20", "--lang", "zh")) {
            assertNotNull(workbook.getSheet("\u4efb\u52a1\u6388\u6743"));
        }
    }

    @Test
    void onlyXlsxIsAccepted() {
        UsageException refusal = assertThrows(UsageException.class, () -> run.report("stats", "--out", "stats.csv"));
        assertTrue(refusal.getMessage().contains("stats.csv"), refusal.getMessage());
        assertTrue(refusal.getMessage().contains(".xlsx"), refusal.getMessage());
        assertFalse(Files.exists(temp.resolve("stats.csv")));
    }

    @Test
    void aBadAsOfDateIsRefused() {
        UsageException refusal = assertThrows(UsageException.class,
                () -> run.report("stats", "--out", "stats.xlsx", "--as-of", "2018-02-30"));
        assertTrue(refusal.getMessage().contains("2018-02-30"), refusal.getMessage());
        assertFalse(Files.exists(Path.of(temp.toString(), "stats.xlsx")));
    }
}
