package org.mandateworkbench.ui.internal.table;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes a table as an XLSX workbook of one sheet: a bold, frozen header row, then one row per table
 * row, cells as text except whole numbers, which become numbers so that the sheet can sum and sort
 * them. Column widths follow the longest text (capped), since autosizing needs fonts a headless
 * machine may lack.
 */
public final class XlsxTableWriter {

	private static final int MAX_WIDTH_CHARS = 60;
	private static final int CHAR_WIDTH_UNITS = 256;

	private XlsxTableWriter() {
	}

	/** The bytes of the workbook; {@code sheetName} names its one sheet. */
	public static byte[] bytes(TableSnapshot table, String sheetName) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet(sheetName);
			int[] widths = new int[table.headers().size()];
			CellStyle bold = workbook.createCellStyle();
			Font font = workbook.createFont();
			font.setBold(true);
			bold.setFont(font);
			Row header = sheet.createRow(0);
			for (int column = 0; column < widths.length; column++) {
				String title = table.headers().get(column);
				header.createCell(column).setCellValue(title);
				header.getCell(column).setCellStyle(bold);
				widths[column] = title.length();
			}
			sheet.createFreezePane(0, 1);
			int rowIndex = 1;
			for (List<String> cells : table.rows()) {
				Row row = sheet.createRow(rowIndex++);
				for (int column = 0; column < widths.length; column++) {
					String text = cells.get(column);
					if (isWholeNumber(text)) {
						row.createCell(column).setCellValue(Long.parseLong(text));
					} else {
						row.createCell(column).setCellValue(text);
					}
					widths[column] = Math.max(widths[column], text.length());
				}
			}
			for (int column = 0; column < widths.length; column++) {
				sheet.setColumnWidth(column, (Math.min(widths[column], MAX_WIDTH_CHARS) + 2) * CHAR_WIDTH_UNITS);
			}
			workbook.write(out);
			return out.toByteArray();
		}
	}

	static boolean isWholeNumber(String text) {
		if (text == null || text.isEmpty() || text.length() > 15) {
			return false;
		}
		for (int i = 0; i < text.length(); i++) {
			if (text.charAt(i) < '0' || text.charAt(i) > '9') {
				return false;
			}
		}
		return true;
	}
}
