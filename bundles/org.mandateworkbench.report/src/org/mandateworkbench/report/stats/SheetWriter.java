package org.mandateworkbench.report.stats;

import java.time.LocalDate;
import java.util.List;
import java.util.OptionalInt;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * Fills one sheet row by row below a bold, frozen header and sizes the columns to their longest text,
 * so the workbook opens readable without autosizing (which needs fonts a headless machine may lack).
 */
final class SheetWriter {

    private static final int MAX_WIDTH_CHARS = 60;

    private final Sheet sheet;
    private final CellStyle dateStyle;
    private final int[] widths;
    private Row row;
    private int column;

    SheetWriter(Sheet sheet, List<String> header, CellStyle headerStyle, CellStyle dateStyle) {
        this.sheet = sheet;
        this.dateStyle = dateStyle;
        this.widths = new int[header.size()];
        nextRow();
        for (String title : header) {
            Cell cell = text(title);
            cell.setCellStyle(headerStyle);
        }
        sheet.createFreezePane(0, 1);
    }

    void nextRow() {
        row = sheet.createRow(sheet.getPhysicalNumberOfRows());
        column = 0;
    }

    Cell text(String value) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        widen(value.length());
        return cell;
    }

    void date(LocalDate value) {
        if (value == null) {
            skip();
            return;
        }
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(dateStyle);
        widen(10);
    }

    void number(OptionalInt value) {
        if (value.isEmpty()) {
            skip();
            return;
        }
        row.createCell(column).setCellValue(value.getAsInt());
        widen(Integer.toString(value.getAsInt()).length());
    }

    void bool(boolean value) {
        row.createCell(column).setCellValue(value);
        widen(5);
    }

    private void skip() {
        column++;
    }

    private void widen(int chars) {
        widths[column] = Math.max(widths[column], Math.min(chars, MAX_WIDTH_CHARS));
        column++;
    }

    /** Sets the column widths; call once after the last row. */
    void finish() {
        for (int c = 0; c < widths.length; c++) {
            // Width is in 1/256 of a character; two characters of margin.
            sheet.setColumnWidth(c, (widths[c] + 2) * 256);
        }
    }
}
