package org.mandateworkbench.testsupport.tests;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.nebula.widgets.nattable.data.IDataProvider;
import org.eclipse.nebula.widgets.nattable.grid.data.DefaultColumnHeaderDataProvider;
import org.eclipse.nebula.widgets.nattable.grid.layer.DefaultGridLayer;
import org.eclipse.nebula.widgets.nattable.selection.SelectionLayer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.mandateworkbench.testsupport.robot.WidgetIds;

/**
 * A shell with one widget of every kind the robot drives. Listeners append to {@link #log()}, so
 * tests on the test thread can see which events arrived. Build it on the UI thread.
 */
final class SampleUi {

    static final String TITLE = "Robot Sample";
    static final String[][] SESSIONS = {
            { "A/RES/78/1", "2023-10-05", "12" },
            { "A/RES/78/2", "2023-11-20", "7" },
            { "A/RES/78/3", "2024-01-15", "0" },
    };

    private final List<String> log = new CopyOnWriteArrayList<>();
    private final Shell shell;
    private SelectionLayer natSelection;

    SampleUi(Display display) {
        shell = new Shell(display);
        shell.setText(TITLE);
        shell.setLayout(new GridLayout(3, false));
        createMenuBar();
        createToolBar();
        createForm();
        createTable();
        createTree();
        createTabs();
        createNatTable();
        shell.setBounds(20, 20, 900, 760);
        shell.open();
    }

    Shell shell() {
        return shell;
    }

    List<String> log() {
        return log;
    }

    SelectionLayer natSelection() {
        return natSelection;
    }

    private void createMenuBar() {
        Menu bar = new Menu(shell, SWT.BAR);
        shell.setMenuBar(bar);
        MenuItem file = new MenuItem(bar, SWT.CASCADE);
        file.setText("&File");
        Menu fileMenu = new Menu(shell, SWT.DROP_DOWN);
        file.setMenu(fileMenu);
        MenuItem save = new MenuItem(fileMenu, SWT.PUSH);
        save.setText("&Save\tCtrl+S");
        save.addListener(SWT.Selection, e -> log.add("menu:Save"));
        MenuItem recent = new MenuItem(fileMenu, SWT.CASCADE);
        recent.setText("Recent");
        Menu recentMenu = new Menu(shell, SWT.DROP_DOWN);
        recent.setMenu(recentMenu);
        recentMenu.addListener(SWT.Show, e -> {
            // Filled on show, as e4 fills dynamic menus.
            for (MenuItem old : recentMenu.getItems()) {
                old.dispose();
            }
            MenuItem item = new MenuItem(recentMenu, SWT.PUSH);
            item.setText("A/RES/78/1");
            item.addListener(SWT.Selection, ev -> log.add("menu:recent"));
        });
        MenuItem help = new MenuItem(bar, SWT.CASCADE);
        help.setText("\u5e2e\u52a9(&H)");
        Menu helpMenu = new Menu(shell, SWT.DROP_DOWN);
        help.setMenu(helpMenu);
        new MenuItem(helpMenu, SWT.PUSH).setText("\u5173\u4e8e(&A)\tF1");
        MenuItem details = new MenuItem(fileMenu, SWT.CHECK);
        details.setText("Show &Details");
        details.addListener(SWT.Selection, e -> log.add("menu:details=" + details.getSelection()));
    }

    private void createToolBar() {
        ToolBar toolBar = new ToolBar(shell, SWT.FLAT);
        toolBar.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
        ToolItem refresh = new ToolItem(toolBar, SWT.PUSH);
        refresh.setText("Refresh");
        refresh.setToolTipText("Reload the mandates");
        refresh.addListener(SWT.Selection, e -> log.add("tool:refresh"));
        ToolItem pin = new ToolItem(toolBar, SWT.CHECK);
        pin.setText("Pin");
        pin.setData(WidgetIds.KEY, "sample.pin");
        pin.addListener(SWT.Selection, e -> log.add("tool:pin=" + pin.getSelection()));
    }

    private void createForm() {
        new Label(shell, SWT.NONE).setText("Symbol:");
        Text symbol = new Text(shell, SWT.BORDER | SWT.SINGLE);
        symbol.setData(WidgetIds.KEY, "sample.symbol");
        symbol.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        symbol.addListener(SWT.Modify, e -> log.add("modify:" + symbol.getText()));
        symbol.addListener(SWT.KeyDown, e -> log.add("key:" + e.character));
        symbol.addListener(SWT.DefaultSelection, e -> log.add("enter:" + symbol.getText()));
        Button apply = new Button(shell, SWT.PUSH);
        apply.setText("&Apply");
        apply.addListener(SWT.Selection, e -> log.add("button:apply"));

        Button urgent = new Button(shell, SWT.CHECK);
        urgent.setText("Urgent");
        urgent.setData(WidgetIds.KEY, "sample.urgent");
        urgent.addListener(SWT.Selection, e -> log.add("check:" + urgent.getSelection()));
        Button low = new Button(shell, SWT.RADIO);
        low.setText("Low");
        low.setSelection(true);
        low.addListener(SWT.Selection, e -> log.add("radio:low=" + low.getSelection()));
        Button high = new Button(shell, SWT.RADIO);
        high.setText("High");
        high.addListener(SWT.Selection, e -> log.add("radio:high=" + high.getSelection()));

        Combo kind = new Combo(shell, SWT.READ_ONLY);
        kind.setItems("Resolution", "Recommendation", "Decision");
        kind.addListener(SWT.Selection, e -> log.add("combo:" + kind.getText()));
        Combo state = new Combo(shell, SWT.DROP_DOWN);
        state.setData(WidgetIds.KEY, "sample.state");
        state.addListener(SWT.Modify, e -> log.add("state:" + state.getText()));
        Button disabled = new Button(shell, SWT.PUSH);
        disabled.setText("Disabled");
        disabled.setEnabled(false);
    }

    private void createTable() {
        Table table = new Table(shell, SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI);
        table.setHeaderVisible(true);
        table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 3, 1));
        for (String name : new String[] { "Symbol", "Adopted", "Replies" }) {
            TableColumn column = new TableColumn(table, SWT.NONE);
            column.setText(name);
            column.setWidth(140);
        }
        for (String[] row : SESSIONS) {
            new TableItem(table, SWT.NONE).setText(row);
        }
        table.addListener(SWT.Selection, e -> log.add("table:" + ((TableItem) e.item).getText()));
        table.addListener(SWT.DefaultSelection, e -> log.add("table-open:" + ((TableItem) e.item).getText()));
    }

    private void createTree() {
        Tree tree = new Tree(shell, SWT.BORDER);
        tree.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 3, 1));
        TreeItem resolutions = new TreeItem(tree, SWT.NONE);
        resolutions.setText("Resolutions");
        TreeItem session = new TreeItem(resolutions, SWT.NONE);
        session.setText("78th session");
        new TreeItem(session, SWT.NONE).setText("A/RES/78/1");
        new TreeItem(tree, SWT.NONE).setText("Decisions");
        tree.addListener(SWT.Expand, e -> log.add("expand:" + ((TreeItem) e.item).getText()));
        tree.addListener(SWT.Selection, e -> log.add("tree:" + ((TreeItem) e.item).getText()));
        tree.addListener(SWT.DefaultSelection, e -> log.add("tree-open:" + ((TreeItem) e.item).getText()));
    }

    private void createTabs() {
        CTabFolder folder = new CTabFolder(shell, SWT.BORDER);
        folder.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, false, 3, 1));
        for (String title : new String[] { "Mandates", "Responses" }) {
            CTabItem item = new CTabItem(folder, SWT.NONE);
            item.setText(title);
            Label content = new Label(folder, SWT.NONE);
            content.setText(title + " content");
            item.setControl(content);
        }
        folder.setSelection(0);
        folder.addListener(SWT.Selection, e -> log.add("tab:" + ((CTabItem) e.item).getText()));
    }

    private void createNatTable() {
        IDataProvider body = new ArrayDataProvider(SESSIONS);
        DefaultGridLayer grid = new DefaultGridLayer(body,
                new DefaultColumnHeaderDataProvider(new String[] { "Symbol", "Adopted", "Replies" }));
        natSelection = grid.getBodyLayer().getSelectionLayer();
        NatTable natTable = new NatTable(shell, grid);
        natTable.setData(WidgetIds.KEY, "sample.nattable");
        natTable.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 3, 1));
    }

    /** Read-only rows of strings. */
    private record ArrayDataProvider(String[][] rows) implements IDataProvider {

        @Override
        public Object getDataValue(int columnIndex, int rowIndex) {
            return rows[rowIndex][columnIndex];
        }

        @Override
        public void setDataValue(int columnIndex, int rowIndex, Object newValue) {
            throw new UnsupportedOperationException("The sample table is read-only");
        }

        @Override
        public int getColumnCount() {
            return rows[0].length;
        }

        @Override
        public int getRowCount() {
            return rows.length;
        }
    }
}
