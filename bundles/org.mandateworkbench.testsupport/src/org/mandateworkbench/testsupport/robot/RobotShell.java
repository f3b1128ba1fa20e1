package org.mandateworkbench.testsupport.robot;

import java.util.List;

import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Widget;

/** A shell: its finders search only inside it; it also gives access to its menu bar. */
public final class RobotShell extends RobotWidget<Shell> {

    private final Finders finders;

    RobotShell(SwtRobot robot, Shell shell) {
        super(robot, shell);
        finders = new Finders(robot, shell, toString());
    }

    /** @return the finders restricted to this shell: {@code shell.find().button("OK")} */
    public WidgetFinders find() {
        return finders;
    }

    /** A push, check, radio or toggle button in this shell; see {@link WidgetFinders#button(String)}. */
    public RobotButton button(String label) {
        return finders.button(label);
    }

    /** The button with the given id in this shell. */
    public RobotButton buttonWithId(String id) {
        return finders.buttonWithId(id);
    }

    /** The first visible widget of {@code type} in this shell. */
    public <T extends Widget> RobotWidget<T> widget(Class<T> type) {
        return finders.widget(type);
    }

    /** The widget of any type with the given id in this shell. */
    public RobotWidget<Widget> widgetWithId(String id) {
        return finders.widgetWithId(id);
    }

    /** The first text field in this shell. */
    public RobotText text() {
        return finders.text();
    }

    /** The text field with the given id in this shell. */
    public RobotText textWithId(String id) {
        return finders.textWithId(id);
    }

    /** A Label or CLabel showing {@code text} in this shell. */
    public RobotWidget<Widget> label(String text) {
        return finders.label(text);
    }

    /** The first tree in this shell. */
    public RobotTree tree() {
        return finders.tree();
    }

    /** The first table in this shell. */
    public RobotTable table() {
        return finders.table();
    }

    /** The first combo in this shell. */
    public RobotCombo combo() {
        return finders.combo();
    }

    /** A tool item of this shell by tooltip or text. */
    public RobotToolItem toolItem(String tooltipOrText) {
        return finders.toolItem(tooltipOrText);
    }

    /** A CTabFolder item of this shell by title. */
    public RobotCTabItem ctabItem(String title) {
        return finders.ctabItem(title);
    }

    /** The first NatTable in this shell. */
    public RobotNatTable natTable() {
        return finders.natTable();
    }

    /** The NatTable with the given id in this shell. */
    public RobotNatTable natTableWithId(String id) {
        return finders.natTableWithId(id);
    }

    /**
     * The entry {@code name} (without mnemonic and accelerator) of this shell's menu bar; chain
     * {@link RobotMenu#menu(String)} to go down: {@code shell.menu("File").menu("Save").click()}.
     */
    public RobotMenu menu(String name) {
        MenuItem item = robot().syncExec("read the menu bar of " + this, () -> {
            Menu bar = widget().getMenuBar();
            return bar == null ? null : RobotMenu.itemNamed(bar, name);
        });
        if (item == null) {
            throw new WidgetNotFoundException("No menu bar entry '" + name + "' in " + this + "; entries: "
                    + robot().syncExec("list the menu bar", () -> RobotMenu.names(widget().getMenuBar())));
        }
        return new RobotMenu(robot(), item);
    }

    /** Brings the shell to front and asks for activation. */
    public RobotShell activate() {
        onUi("activate", shell -> {
            shell.setActive();
            shell.forceActive();
        });
        return this;
    }

    /** Closes the shell as the window's close button would (listeners may veto). */
    public void close() {
        onUi("close", Shell::close);
    }

    /** @return whether the shell is still open */
    public boolean isOpen() {
        return robot().syncExec("check whether " + this + " is open",
                () -> !widget().isDisposed() && widget().isVisible());
    }

    /** Finders bound to one shell. */
    private static final class Finders extends WidgetFinders {

        private final SwtRobot robot;
        private final Shell shell;
        private final String scope;

        Finders(SwtRobot robot, Shell shell, String scope) {
            this.robot = robot;
            this.shell = shell;
            this.scope = scope;
        }

        @Override
        public SwtRobot robot() {
            return robot;
        }

        @Override
        List<? extends Widget> searchRoots() {
            return shell.isDisposed() ? List.of() : List.of(shell);
        }

        @Override
        String scope() {
            return scope;
        }
    }
}
