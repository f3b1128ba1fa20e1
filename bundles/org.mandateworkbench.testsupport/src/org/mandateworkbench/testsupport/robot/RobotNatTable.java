package org.mandateworkbench.testsupport.robot;

import java.util.List;
import java.util.stream.IntStream;

import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.nebula.widgets.nattable.config.CellConfigAttributes;
import org.eclipse.nebula.widgets.nattable.config.IConfigRegistry;
import org.eclipse.nebula.widgets.nattable.data.convert.IDisplayConverter;
import org.eclipse.nebula.widgets.nattable.layer.cell.ILayerCell;

/**
 * A NatTable. Rows and columns are <em>positions of the NatTable's top layer</em>, counting from
 * 0: header rows and columns included, and only what the viewport shows. With a column header
 * and a row header, body cell (0, 0) is position (1, 1).
 * <p>
 * This class is the robot's only link to NatTable (an optional dependency): it is loaded only when
 * a NatTable finder is used.
 */
public final class RobotNatTable extends RobotWidget<NatTable> {

    RobotNatTable(SwtRobot robot, NatTable table) {
        super(robot, table);
    }

    static RobotNatTable find(WidgetFinders finders, String id) {
        WidgetQuery<NatTable> query = id == null ? WidgetQuery.ofType(NatTable.class)
                : WidgetQuery.withId(NatTable.class, finders.robot().idKey(), id);
        return new RobotNatTable(finders.robot(), finders.find(query, 0));
    }

    /** @return the number of row positions (headers included) */
    public int rowCount() {
        return ui("count rows", NatTable::getRowCount);
    }

    /** @return the number of column positions (headers included) */
    public int columnCount() {
        return ui("count columns", NatTable::getColumnCount);
    }

    /** @return the data value of a cell, through {@code getDataValueByPosition(column, row)} */
    public Object cellValue(int row, int column) {
        return ui("read cell " + row + "," + column, table -> {
            checkPosition(table, row, column);
            return table.getDataValueByPosition(column, row);
        });
    }

    /**
     * @return the cell as the table displays it: its data value through the configured display
     *         converter, "" for an empty cell
     */
    public String cellText(int row, int column) {
        return ui("read cell text " + row + "," + column, table -> {
            checkPosition(table, row, column);
            return displayed(table, table.getCellByPosition(column, row));
        });
    }

    /** @return the displayed texts of one row position */
    public List<String> row(int row) {
        return ui("read row " + row, table -> {
            checkPosition(table, row, 0);
            return IntStream.range(0, table.getColumnCount())
                    .mapToObj(column -> displayed(table, table.getCellByPosition(column, row))).toList();
        });
    }

    /** Clicks the middle of a cell: MouseDown and MouseUp with button 1, which NatTable binds to selection. */
    public RobotNatTable click(int row, int column) {
        onUi("click cell " + row + "," + column, table -> {
            checkPosition(table, row, column);
            Events.click(table, centerX(table, column), centerY(table, row));
        });
        return this;
    }

    /** Double-clicks the middle of a cell. */
    public RobotNatTable doubleClick(int row, int column) {
        onUi("double-click cell " + row + "," + column, table -> {
            checkPosition(table, row, column);
            Events.doubleClick(table, centerX(table, column), centerY(table, row));
        });
        return this;
    }

    private static int centerX(NatTable table, int column) {
        return table.getStartXOfColumnPosition(column) + table.getColumnWidthByPosition(column) / 2;
    }

    private static int centerY(NatTable table, int row) {
        return table.getStartYOfRowPosition(row) + table.getRowHeightByPosition(row) / 2;
    }

    private void checkPosition(NatTable table, int row, int column) {
        if (row < 0 || row >= table.getRowCount() || column < 0 || column >= table.getColumnCount()) {
            throw new IllegalArgumentException("Cell " + row + "," + column + " is outside " + this + " with "
                    + table.getRowCount() + " rows and " + table.getColumnCount() + " columns");
        }
    }

    private static String displayed(NatTable table, ILayerCell cell) {
        if (cell == null) {
            return "";
        }
        Object value = cell.getDataValue();
        IConfigRegistry registry = table.getConfigRegistry();
        IDisplayConverter converter = registry == null ? null
                : registry.getConfigAttribute(CellConfigAttributes.DISPLAY_CONVERTER, cell.getDisplayMode(),
                        cell.getConfigLabels());
        Object shown = converter == null ? value : converter.canonicalToDisplayValue(cell, registry, value);
        return shown == null ? "" : shown.toString();
    }
}
