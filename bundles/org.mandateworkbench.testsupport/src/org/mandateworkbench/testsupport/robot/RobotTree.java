package org.mandateworkbench.testsupport.robot;

import java.util.Arrays;
import java.util.List;

import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;

/** A tree: read its nodes, expand paths, select and double-click nodes. */
public final class RobotTree extends RobotWidget<Tree> {

    RobotTree(SwtRobot robot, Tree tree) {
        super(robot, tree);
    }

    /** @return the texts of the top-level nodes */
    public List<String> items() {
        return ui("read nodes", tree -> Arrays.stream(tree.getItems()).map(TreeItem::getText).toList());
    }

    /** @return the texts of the selected nodes */
    public List<String> selection() {
        return ui("read selection", tree -> Arrays.stream(tree.getSelection()).map(TreeItem::getText).toList());
    }

    /**
     * The node at {@code path} (texts from the top level down), expanding every node before it.
     * Each step polls for the robot's timeout, so lazily filled nodes are found.
     */
    public RobotTreeItem item(String... path) {
        if (path.length == 0) {
            throw new IllegalArgumentException("An empty path names no node of " + this);
        }
        RobotTreeItem node = RobotTreeItem.child(this, robot(), () -> widget().getItems(), path[0]);
        for (int i = 1; i < path.length; i++) {
            node = node.expand().item(path[i]);
        }
        return node;
    }

    /** Expands every node on {@code path}, the last one included, and returns the last. */
    public RobotTreeItem expandNode(String... path) {
        return item(path).expand();
    }

    /** Selects the node at {@code path} (expanding the nodes before it) and fires Selection. */
    public RobotTreeItem select(String... path) {
        return item(path).select();
    }
}
