package org.mandateworkbench.testsupport.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.mandateworkbench.testsupport.robot.RobotNatTable;

class RobotNatTableTest extends SampleUiTestCase {

    private RobotNatTable natTable() {
        return robot.natTable();
    }

    @Test
    void countsIncludeTheHeaderRowAndColumn() {
        assertEquals(SampleUi.SESSIONS.length + 1, natTable().rowCount());
        assertEquals(SampleUi.SESSIONS[0].length + 1, natTable().columnCount());
    }

    @Test
    void readsBodyAndHeaderCellsByPosition() {
        assertEquals("A/RES/78/1", natTable().cellValue(1, 1));
        assertEquals("0", natTable().cellValue(3, 3));
        assertEquals("Symbol", natTable().cellValue(0, 1));
        assertEquals("2023-11-20", natTable().cellText(2, 2));
        assertEquals(List.of("1", "A/RES/78/1", "2023-10-05", "12"), natTable().row(1));
    }

    @Test
    void isFoundById() {
        assertEquals("sample.nattable", robot.natTableWithId("sample.nattable").id());
    }

    @Test
    void clickingACellSelectsIt() {
        natTable().click(2, 2);
        var selection = sample.natSelection();
        assertTrue(robot.syncExec("read selection", () -> selection.isCellPositionSelected(1, 1)));
        assertFalse(robot.syncExec("read selection", () -> selection.isCellPositionSelected(0, 0)));
    }

    @Test
    void cellOutsideTheTableIsRejectedWithItsSize() {
        IllegalArgumentException failure = assertThrows(IllegalArgumentException.class,
                () -> natTable().cellValue(9, 1));
        assertTrue(failure.getMessage().contains("with 4 rows and 4 columns"), failure.getMessage());
    }
}
