package org.mandateworkbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.util.List;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.mandateworkbench.ui.internal.table.TableSnapshot;
import org.mandateworkbench.ui.internal.table.XlsxTableWriter;

class XlsxTableWriterTest {

	@Test
	void writesABoldFrozenHeaderTextCellsAndWholeNumbers() throws Exception {
		TableSnapshot table = new TableSnapshot(List.of("Paragraph", "Age (years)", "Text"),
				List.of(List.of("47 (f)", "6", "\u79d8\u4e66\u5904\u5e94\u2026"), List.of("12", "", "x")));
		byte[] bytes = XlsxTableWriter.bytes(table, "Review");
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
			assertEquals(1, workbook.getNumberOfSheets());
			Sheet sheet = workbook.getSheet("Review");
			assertEquals("Age (years)", sheet.getRow(0).getCell(1).getStringCellValue());
			assertTrue(workbook.getFontAt(sheet.getRow(0).getCell(0).getCellStyle().getFontIndex()).getBold());
			assertEquals(1, sheet.getPaneInformation().getHorizontalSplitPosition());
			assertEquals("47 (f)", sheet.getRow(1).getCell(0).getStringCellValue());
			assertEquals(CellType.NUMERIC, sheet.getRow(1).getCell(1).getCellType());
			assertEquals(6.0, sheet.getRow(1).getCell(1).getNumericCellValue());
			assertEquals("\u79d8\u4e66\u5904\u5e94\u2026", sheet.getRow(1).getCell(2).getStringCellValue());
			assertEquals(12.0, sheet.getRow(2).getCell(0).getNumericCellValue());
			assertEquals(CellType.STRING, sheet.getRow(2).getCell(1).getCellType());
			assertEquals(2, sheet.getLastRowNum());
		}
	}
}
