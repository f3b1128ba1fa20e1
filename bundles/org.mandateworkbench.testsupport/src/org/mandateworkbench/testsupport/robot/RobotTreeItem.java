package org.mandateworkbench.testsupport.robot;

import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.TreeItem;

/** One tree node. */
public final class RobotTreeItem extends RobotWidget<TreeItem> {

    RobotTreeItem(SwtRobot robot, TreeItem item) {
        super(robot, item);
    }

    /** Polls until {@code children} (read on the UI thread) holds a node showing {@code text}. */
    static RobotTreeItem child(Object parent, SwtRobot robot, Supplier<TreeItem[]> children, String text) {
        TreeItem[] found = new TreeItem[1];
        String[] seen = { "[]" };
        robot.waitUntil(new Condition() {
            @Override
            public boolean test() {
                found[0] = robot.syncExec("find node '" + text + "' under " + parent, () -> {
                    TreeItem[] items = children.get();
                    seen[0] = Arrays.stream(items).map(TreeItem::getText).toList().toString();
                    return Arrays.stream(items).filter(item -> text.equals(item.getText())).findFirst().orElse(null);
                });
                return found[0] != null;
            }

            @Override
            public String description() {
                return "node '" + text + "' under " + parent + "; nodes there: " + seen[0];
            }
        });
        return new RobotTreeItem(robot, found[0]);
    }

    /** The child node showing {@code text}; this node should be expanded first for lazy trees. */
    public RobotTreeItem item(String text) {
        return child(this, robot(), () -> widget().getItems(), text);
    }

    /** @return the texts of the child nodes */
    public List<String> items() {
        return ui("read child nodes", item -> Arrays.stream(item.getItems()).map(TreeItem::getText).toList());
    }

    /** @return the text in {@code column} */
    public String cell(int column) {
        return ui("read cell " + column, item -> item.getText(column));
    }

    /** Fires SWT.Expand (so lazy content providers fill the node) and expands the node. */
    public RobotTreeItem expand() {
        onUi("expand", item -> {
            if (!item.getExpanded()) {
                Events.fire(item.getParent(), SWT.Expand, event -> event.item = item);
                item.setExpanded(true);
            }
        });
        return this;
    }

    /** Fires SWT.Collapse and collapses the node. */
    public RobotTreeItem collapse() {
        onUi("collapse", item -> {
            if (item.getExpanded()) {
                Events.fire(item.getParent(), SWT.Collapse, event -> event.item = item);
                item.setExpanded(false);
            }
        });
        return this;
    }

    /** @return whether the node is expanded */
    public boolean isExpanded() {
        return ui("read expansion", TreeItem::getExpanded);
    }

    /** Selects this node alone and fires Selection. */
    public RobotTreeItem select() {
        onUi("select", item -> {
            item.getParent().setSelection(item);
            Events.fire(item.getParent(), SWT.Selection, event -> event.item = item);
        });
        return this;
    }

    /** Selects the node and double-clicks it: mouse events plus DefaultSelection, as natively. */
    public RobotTreeItem doubleClick() {
        select();
        onUi("double-click", item -> {
            Rectangle bounds = item.getBounds();
            Events.doubleClick(item.getParent(), bounds.x + bounds.width / 2, bounds.y + bounds.height / 2);
            Events.fire(item.getParent(), SWT.DefaultSelection, event -> event.item = item);
        });
        return this;
    }
}
