package org.mandateworkbench.testsupport.robot;

import java.util.List;
import java.util.function.Predicate;

import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.ToolItem;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.Widget;

/**
 * The finders shared by {@link SwtRobot} (searching every open shell) and {@link RobotShell}
 * (searching one shell). Each finder waits until a visible match exists, for the robot's timeout
 * (10 s unless changed with {@link SwtRobot#withTimeout}), and otherwise throws
 * {@link WidgetNotFoundException} listing what it found. Texts are compared without mnemonic
 * ampersands; ids are read with {@code widget.getData(robot.idKey())}.
 */
public abstract class WidgetFinders {

    WidgetFinders() {
    }

    /** @return the robot whose timeouts and id key apply */
    public abstract SwtRobot robot();

    /** The widgets to search under; called on the UI thread. */
    abstract List<? extends Widget> searchRoots();

    /** How failure messages name the searched area. */
    abstract String scope();

    /** A push, check, radio or toggle button showing {@code label}. */
    public RobotButton button(String label) {
        return new RobotButton(robot(), find(WidgetQuery.withText(Button.class, label), 0));
    }

    /** The button with the given id. */
    public RobotButton buttonWithId(String id) {
        return new RobotButton(robot(), find(WidgetQuery.withId(Button.class, idKey(), id), 0));
    }

    /** The first visible text field. */
    public RobotText text() {
        return text(0);
    }

    /** The {@code index}-th visible text field (0-based, in widget tree order). */
    public RobotText text(int index) {
        return new RobotText(robot(), find(WidgetQuery.ofType(Text.class), index));
    }

    /** The text field with the given id. */
    public RobotText textWithId(String id) {
        return new RobotText(robot(), find(WidgetQuery.withId(Text.class, idKey(), id), 0));
    }

    /** A Label or CLabel showing {@code text}. */
    public RobotWidget<Widget> label(String text) {
        WidgetQuery<Widget> query = new WidgetQuery<>(Widget.class, "Label with text '" + text + "'",
                widget -> (widget instanceof Label || widget instanceof CLabel)
                        && text.equals(WidgetTexts.plain(WidgetTexts.textOf(widget))));
        return new RobotWidget<>(robot(), find(query, 0));
    }

    /** The label with the given id. */
    public RobotWidget<Label> labelWithId(String id) {
        return new RobotWidget<>(robot(), find(WidgetQuery.withId(Label.class, idKey(), id), 0));
    }

    /** The first visible tree. */
    public RobotTree tree() {
        return new RobotTree(robot(), find(WidgetQuery.ofType(Tree.class), 0));
    }

    /** The tree with the given id. */
    public RobotTree treeWithId(String id) {
        return new RobotTree(robot(), find(WidgetQuery.withId(Tree.class, idKey(), id), 0));
    }

    /** The first visible table. */
    public RobotTable table() {
        return new RobotTable(robot(), find(WidgetQuery.ofType(Table.class), 0));
    }

    /** The table with the given id. */
    public RobotTable tableWithId(String id) {
        return new RobotTable(robot(), find(WidgetQuery.withId(Table.class, idKey(), id), 0));
    }

    /** The first visible combo. */
    public RobotCombo combo() {
        return combo(0);
    }

    /** The {@code index}-th visible combo (0-based). */
    public RobotCombo combo(int index) {
        return new RobotCombo(robot(), find(WidgetQuery.ofType(Combo.class), index));
    }

    /** The combo with the given id. */
    public RobotCombo comboWithId(String id) {
        return new RobotCombo(robot(), find(WidgetQuery.withId(Combo.class, idKey(), id), 0));
    }

    /** The first visible list. */
    public RobotList list() {
        return new RobotList(robot(), find(WidgetQuery.ofType(org.eclipse.swt.widgets.List.class), 0));
    }

    /** The list with the given id. */
    public RobotList listWithId(String id) {
        return new RobotList(robot(),
                find(WidgetQuery.withId(org.eclipse.swt.widgets.List.class, idKey(), id), 0));
    }

    /** A tool item whose tooltip or text (without mnemonics) equals {@code tooltipOrText}. */
    public RobotToolItem toolItem(String tooltipOrText) {
        WidgetQuery<ToolItem> query = new WidgetQuery<>(ToolItem.class,
                "ToolItem with tooltip or text '" + tooltipOrText + "'",
                item -> tooltipOrText.equals(item.getToolTipText())
                        || tooltipOrText.equals(WidgetTexts.plain(item.getText())));
        return new RobotToolItem(robot(), find(query, 0));
    }

    /** The tool item with the given id. */
    public RobotToolItem toolItemWithId(String id) {
        return new RobotToolItem(robot(), find(WidgetQuery.withId(ToolItem.class, idKey(), id), 0));
    }

    /** The CTabFolder item (e4 part stack tab) titled {@code title}. */
    public RobotCTabItem ctabItem(String title) {
        return new RobotCTabItem(robot(), find(WidgetQuery.withText(CTabItem.class, title), 0));
    }

    /** The CTabFolder item with the given id. */
    public RobotCTabItem ctabItemWithId(String id) {
        return new RobotCTabItem(robot(), find(WidgetQuery.withId(CTabItem.class, idKey(), id), 0));
    }

    /** The first visible NatTable. Needs the NatTable bundle at run time. */
    public RobotNatTable natTable() {
        return RobotNatTable.find(this, null);
    }

    /** The NatTable with the given id. Needs the NatTable bundle at run time. */
    public RobotNatTable natTableWithId(String id) {
        return RobotNatTable.find(this, id);
    }

    /** The first visible widget of {@code type}. */
    public <T extends Widget> RobotWidget<T> widget(Class<T> type) {
        return new RobotWidget<>(robot(), find(WidgetQuery.ofType(type), 0));
    }

    /**
     * The first visible widget of {@code type} passing {@code test}, which runs on the UI thread.
     *
     * @param description names the wanted widget in failure messages
     */
    public <T extends Widget> RobotWidget<T> widget(Class<T> type, String description, Predicate<? super T> test) {
        return new RobotWidget<>(robot(), find(new WidgetQuery<>(type, description, test), 0));
    }

    /** The visible widget of any type with the given id. */
    public RobotWidget<Widget> widgetWithId(String id) {
        return new RobotWidget<>(robot(), find(WidgetQuery.withId(Widget.class, idKey(), id), 0));
    }

    /**
     * The {@code index}-th visible match of {@code query}, as the raw widget: for custom widgets
     * that need their own handle.
     */
    public <T extends Widget> T find(WidgetQuery<T> query, int index) {
        return WidgetLocator.find(robot(), this::searchRoots, scope(), query, index);
    }

    private String idKey() {
        return robot().idKey();
    }
}
