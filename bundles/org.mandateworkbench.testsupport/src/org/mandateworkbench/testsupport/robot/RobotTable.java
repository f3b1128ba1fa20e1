package org.mandateworkbench.testsupport.robot;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

/** A table: read rows and cells, select rows, double-click them. Rows and columns count from 0. */
public final class RobotTable extends RobotWidget<Table> {

    RobotTable(SwtRobot robot, Table table) {
        super(robot, table);
    }

    /** @return the number of rows */
    public int rowCount() {
        return ui("count rows", Table::getItemCount);
    }

    /** @return the number of columns; 1 for a table without TableColumns */
    public int columnCount() {
        return ui("count columns", table -> Math.max(1, table.getColumnCount()));
    }

    /** @return the column header texts */
    public List<String> columnNames() {
        return ui("read column names", table -> Arrays.stream(table.getColumns()).map(TableColumn::getText).toList());
    }

    /** @return the text of one cell */
    public String cell(int row, int column) {
        return ui("read cell " + row + "," + column, table -> checkedItem(table, row).getText(column));
    }

    /** @return the texts of one row */
    public List<String> row(int row) {
        return ui("read row " + row, table -> textsOf(table, checkedItem(table, row)));
    }

    /** @return the texts of every row */
    public List<List<String>> rows() {
        return ui("read rows", table -> {
            List<List<String>> rows = new ArrayList<>();
            for (TableItem item : table.getItems()) {
                rows.add(textsOf(table, item));
            }
            return rows;
        });
    }

    /** @return the first row whose cell in {@code column} shows {@code text}, or -1 */
    public int indexOf(String text, int column) {
        return ui("search '" + text + "'", table -> IntStream.range(0, table.getItemCount())
                .filter(row -> text.equals(table.getItem(row).getText(column))).findFirst().orElse(-1));
    }

    /** Selects the given rows (replacing the selection) and fires Selection. */
    public RobotTable select(int... rows) {
        onUi("select rows " + Arrays.toString(rows), table -> {
            for (int row : rows) {
                checkedItem(table, row);
            }
            table.setSelection(rows);
            if (rows.length > 0) {
                Events.fire(table, SWT.Selection, event -> event.item = table.getItem(rows[rows.length - 1]));
            }
        });
        return this;
    }

    /** Selects the rows whose first cell shows one of {@code firstCellTexts} and fires Selection. */
    public RobotTable select(String... firstCellTexts) {
        int[] rows = Arrays.stream(firstCellTexts).mapToInt(text -> rowShowing(text)).toArray();
        return select(rows);
    }

    /** @return the selected row indices, ascending */
    public List<Integer> selectionIndices() {
        return ui("read selection", table -> Arrays.stream(table.getSelectionIndices()).sorted().boxed().toList());
    }

    /** Selects the row and double-clicks it: mouse events plus DefaultSelection, as natively. */
    public RobotTable doubleClick(int row) {
        select(row);
        onUi("double-click row " + row, table -> {
            TableItem item = table.getItem(row);
            Rectangle bounds = item.getBounds(0);
            Events.doubleClick(table, bounds.x + bounds.width / 2, bounds.y + bounds.height / 2);
            Events.fire(table, SWT.DefaultSelection, event -> event.item = item);
        });
        return this;
    }

    /** Double-clicks the row whose first cell shows {@code firstCellText}. */
    public RobotTable doubleClick(String firstCellText) {
        return doubleClick(rowShowing(firstCellText));
    }

    /** Ticks or clears the check box of a CHECK table row and fires Selection with detail CHECK. */
    public RobotTable check(int row, boolean checked) {
        onUi("check row " + row, table -> {
            TableItem item = checkedItem(table, row);
            item.setChecked(checked);
            Events.fire(table, SWT.Selection, event -> {
                event.item = item;
                event.detail = SWT.CHECK;
            });
        });
        return this;
    }

    private int rowShowing(String text) {
        int row = indexOf(text, 0);
        if (row < 0) {
            throw new IllegalArgumentException("No row showing '" + text + "' in " + this + "; rows: " + rows());
        }
        return row;
    }

    private TableItem checkedItem(Table table, int row) {
        if (row < 0 || row >= table.getItemCount()) {
            throw new IllegalArgumentException("Row " + row + " out of range in " + this + " with "
                    + table.getItemCount() + " rows");
        }
        return table.getItem(row);
    }

    private static List<String> textsOf(Table table, TableItem item) {
        int columns = Math.max(1, table.getColumnCount());
        return IntStream.range(0, columns).mapToObj(item::getText).toList();
    }
}
