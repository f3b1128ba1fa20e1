package org.mandateworkbench.testsupport.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.junit.jupiter.api.Test;
import org.mandateworkbench.testsupport.robot.Condition;
import org.mandateworkbench.testsupport.robot.RobotTimeoutException;
import org.mandateworkbench.testsupport.robot.WidgetNotFoundException;

class SwtRobotTest extends SampleUiTestCase {

    @Test
    void findsShellByTitleAndTheActiveShell() {
        assertEquals(SampleUi.TITLE, robot.shell(SampleUi.TITLE).getText());
        assertEquals(SampleUi.TITLE, robot.activeShell().getText());
        assertTrue(robot.shellTitles().contains(SampleUi.TITLE));
    }

    @Test
    void findsWidgetsByIdLabelTypeAndPredicate() {
        assertEquals("sample.symbol", robot.textWithId("sample.symbol").id());
        assertEquals("Symbol:", robot.label("Symbol:").getText());
        assertEquals("Urgent", robot.buttonWithId("sample.urgent").getText());
        assertEquals("&Apply", robot.button("Apply").getText());
        var combo = robot.widget(Combo.class);
        assertEquals("Resolution", robot.syncExec("read the first item", () -> combo.widget().getItem(0)));
        assertEquals("Disabled", robot.widget(Button.class, "disabled button", button -> !button.isEnabled()).getText());
        assertEquals("sample.nattable", robot.widgetWithId("sample.nattable").id());
        assertEquals("sample.state", robot.shell(SampleUi.TITLE).find().comboWithId("sample.state").id());
        assertEquals("Pin", robot.shell(SampleUi.TITLE).widgetWithId("sample.pin").getText());
        assertEquals("Urgent", robot.activeShell().buttonWithId("sample.urgent").getText());
    }

    @Test
    void finderFailureListsWhatItFound() {
        long start = System.nanoTime();
        WidgetNotFoundException failure = assertThrows(WidgetNotFoundException.class,
                () -> robot.withTimeout(Duration.ofMillis(300)).button("Missing"));
        assertTrue(elapsedMillis(start) >= 300);
        String message = failure.getMessage();
        assertTrue(message.contains("No visible Button with text 'Missing' in any shell after 300 ms"), message);
        assertTrue(message.contains("Button 'Apply'"), message);
        assertTrue(message.contains("Button 'Urgent' [id=sample.urgent]"), message);
    }

    @Test
    void clickingPushButtonFiresSelection() {
        robot.button("Apply").click();
        assertEquals(List.of("button:apply"), log());
    }

    @Test
    void clickingCheckBoxTogglesIt() {
        var urgent = robot.button("Urgent");
        urgent.click();
        assertTrue(urgent.isSelected());
        urgent.click();
        assertFalse(urgent.isSelected());
        assertEquals(List.of("check:true", "check:false"), log());
    }

    @Test
    void clickingRadioDeselectsTheRestOfItsGroup() {
        robot.button("High").click();
        assertTrue(robot.button("High").isSelected());
        assertFalse(robot.button("Low").isSelected());
        assertEquals(List.of("radio:low=false", "radio:high=true"), log());
    }

    @Test
    void clickingDisabledButtonTimesOutNamingIt() {
        RobotTimeoutException failure = assertThrows(RobotTimeoutException.class,
                () -> robot.withTimeout(Duration.ofMillis(300)).button("Disabled").click());
        assertTrue(failure.getMessage().contains("Button 'Disabled' to be enabled"), failure.getMessage());
    }

    @Test
    void typingFiresKeyAndModifyPerCharacter() {
        var symbol = robot.textWithId("sample.symbol");
        symbol.typeText("A/7");
        assertEquals("A/7", symbol.getText());
        assertEquals(List.of("key:A", "modify:A", "key:/", "modify:A/", "key:7", "modify:A/7"), log());
        symbol.pressEnter();
        assertTrue(log().contains("enter:A/7"), log().toString());
    }

    @Test
    void setTextReplacesTextAndFiresModify() {
        var symbol = robot.text();
        symbol.setText("\u5927\u4f1a\u51b3\u8bae");
        assertEquals("\u5927\u4f1a\u51b3\u8bae", symbol.getText());
        assertEquals(List.of("modify:\u5927\u4f1a\u51b3\u8bae"), log());
    }

    @Test
    void comboSelectsByTextAndIndex() {
        var kind = robot.combo();
        kind.select("Decision");
        assertEquals("Decision", kind.getText());
        kind.select(0);
        assertEquals(0, kind.selectionIndex());
        assertEquals(List.of("combo:Decision", "combo:Resolution"), log());
        IllegalArgumentException failure = assertThrows(IllegalArgumentException.class, () -> kind.select("Treaty"));
        assertTrue(failure.getMessage().contains("[Resolution, Recommendation, Decision]"), failure.getMessage());
    }

    @Test
    void editableComboTypingFiresModifyPerCharacter() {
        var state = robot.comboWithId("sample.state");
        state.typeText("ok");
        assertEquals("ok", state.getText());
        assertEquals(List.of("state:o", "state:ok"), log());
    }

    @Test
    void tableReadsCellsSelectsAndDoubleClicksRows() {
        var table = robot.table();
        assertEquals(3, table.rowCount());
        assertEquals(3, table.columnCount());
        assertEquals(List.of("Symbol", "Adopted", "Replies"), table.columnNames());
        assertEquals("A/RES/78/2", table.cell(1, 0));
        assertEquals(List.of("A/RES/78/3", "2024-01-15", "0"), table.row(2));
        table.select("A/RES/78/3");
        assertEquals(List.of(2), table.selectionIndices());
        table.doubleClick(0);
        assertEquals(List.of("table:A/RES/78/3", "table:A/RES/78/1", "table-open:A/RES/78/1"), log());
    }

    @Test
    void treeExpandsPathsSelectsAndDoubleClicksNodes() {
        var tree = robot.tree();
        assertEquals(List.of("Resolutions", "Decisions"), tree.items());
        var session = tree.expandNode("Resolutions", "78th session");
        assertTrue(session.isExpanded());
        assertEquals(List.of("A/RES/78/1"), session.items());
        tree.select("Resolutions", "78th session", "A/RES/78/1").doubleClick();
        assertEquals(List.of("A/RES/78/1"), tree.selection());
        assertEquals(List.of("expand:Resolutions", "expand:78th session", "tree:A/RES/78/1", "tree:A/RES/78/1",
                "tree-open:A/RES/78/1"), log());
    }

    @Test
    void missingTreeNodeFailureListsSiblings() {
        RobotTimeoutException failure = assertThrows(RobotTimeoutException.class,
                () -> robot.withTimeout(Duration.ofMillis(200)).tree().item("Resolutions", "79th session"));
        assertTrue(failure.getMessage().contains("node '79th session'"), failure.getMessage());
        assertTrue(failure.getMessage().contains("[78th session]"), failure.getMessage());
    }

    @Test
    void toolItemsAreFoundByTooltipTextAndId() {
        robot.toolItem("Reload the mandates").click();
        robot.toolItem("Refresh").click();
        var pin = robot.toolItemWithId("sample.pin");
        pin.click();
        assertTrue(pin.isSelected());
        assertEquals(List.of("tool:refresh", "tool:refresh", "tool:pin=true"), log());
    }

    @Test
    void menusAreClickedThroughTheMenuBar() {
        var shell = robot.shell(SampleUi.TITLE);
        shell.menu("File").menu("Save").click();
        shell.menu("File").menu("Recent").menu("A/RES/78/1").click();
        var details = robot.menu("File").menu("Show Details");
        details.click();
        assertTrue(details.isSelected());
        assertEquals(List.of("menu:Save", "menu:recent", "menu:details=true"), log());
        assertEquals(List.of("Save", "Recent", "Show Details"), shell.menu("File").menuItems());
    }

    @Test
    void findsMenusByChineseLabelsWithoutTheirParenthesizedMnemonic() {
        var shell = robot.shell(SampleUi.TITLE);
        assertEquals(List.of("\u5173\u4e8e"), shell.menu("\u5e2e\u52a9").menuItems());
    }

    @Test
    void missingMenuFailureListsEntries() {
        WidgetNotFoundException failure = assertThrows(WidgetNotFoundException.class,
                () -> robot.shell(SampleUi.TITLE).menu("Edit"));
        assertTrue(failure.getMessage().contains("[File, \u5e2e\u52a9]"), failure.getMessage());
    }

    @Test
    void ctabItemActivationSelectsTheTab() {
        var responses = robot.ctabItem("Responses");
        assertFalse(responses.isActive());
        responses.activate();
        assertTrue(responses.isActive());
        assertFalse(robot.ctabItem("Mandates").isActive());
        assertEquals(List.of("tab:Responses"), log());
    }

    @Test
    void pressEscapeSendsTheKeyToTheControl() {
        robot.textWithId("sample.symbol").pressEscape();
        assertEquals(List.of("key:\u001b"), log());
    }

    @Test
    void waitUntilTimesOutWithTheConditionInTheMessage() {
        long start = System.nanoTime();
        RobotTimeoutException failure = assertThrows(RobotTimeoutException.class,
                () -> robot.waitUntil(Condition.of("the mandate list to refresh", () -> false), Duration.ofMillis(300)));
        long elapsed = elapsedMillis(start);
        assertTrue(elapsed >= 300 && elapsed < 5000, "waited " + elapsed + " ms");
        assertEquals("Timed out after 300 ms waiting for the mandate list to refresh", failure.getMessage());
    }

    @Test
    void waitUntilSeesALaterChangeOnTheUiThread() {
        var apply = robot.button("Apply");
        robot.syncExec("rename later", () -> apply.widget().getDisplay().timerExec(200, () -> apply.widget().setText("Done")));
        assertNotEquals("Done", apply.getText());
        robot.waitUntil(Condition.of("Apply to read Done", () -> "Done".equals(apply.getText())));
        assertEquals("Done", robot.button("Done").getText());
    }

    private static long elapsedMillis(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }
}
