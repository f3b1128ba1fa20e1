package org.mandateworkbench.testsupport.robot;

import java.util.Arrays;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;

/**
 * A menu item: a menu-bar entry, a cascade or a leaf. {@link #menu(String)} opens the cascade's
 * submenu (firing SWT.Show so that dynamic menus fill themselves) and finds an entry in it.
 */
public final class RobotMenu extends RobotWidget<MenuItem> {

    RobotMenu(SwtRobot robot, MenuItem item) {
        super(robot, item);
    }

    /**
     * The entry {@code name} of this cascade's submenu, compared without mnemonic and accelerator.
     * Polls for the robot's timeout, since menus may fill themselves late.
     */
    public RobotMenu menu(String name) {
        MenuItem[] found = new MenuItem[1];
        String[] seen = { "" };
        robot().waitUntil(new Condition() {
            @Override
            public boolean test() {
                found[0] = ui("open submenu", item -> {
                    Menu submenu = item.getMenu();
                    if (submenu == null) {
                        throw new IllegalStateException(RobotMenu.this + " has no submenu");
                    }
                    Events.fire(submenu, SWT.Show);
                    seen[0] = names(submenu).toString();
                    return itemNamed(submenu, name);
                });
                return found[0] != null;
            }

            @Override
            public String description() {
                return "menu entry '" + name + "' under " + RobotMenu.this + "; entries: " + seen[0];
            }
        });
        return new RobotMenu(robot(), found[0]);
    }

    /** Waits until enabled, arms the item, toggles check/radio items and fires Selection. */
    public RobotMenu click() {
        waitUntilEnabled();
        onUi("click", item -> {
            Events.fire(item, SWT.Arm);
            SelectionToggles.beforeClick(item);
            Events.fire(item, SWT.Selection);
        });
        return this;
    }

    @Override
    public boolean isEnabled() {
        return ui("read enabled state", MenuItem::isEnabled);
    }

    /** @return whether a check or radio item is selected */
    public boolean isSelected() {
        return ui("read selection", MenuItem::getSelection);
    }

    /** @return the entries of this cascade's submenu (after firing SWT.Show) */
    public List<String> menuItems() {
        return ui("list submenu", item -> {
            Menu submenu = item.getMenu();
            if (submenu == null) {
                return List.of();
            }
            Events.fire(submenu, SWT.Show);
            return names(submenu);
        });
    }

    static MenuItem itemNamed(Menu menu, String name) {
        return Arrays.stream(menu.getItems())
                .filter(item -> name.equals(WidgetTexts.plain(item.getText())))
                .findFirst().orElse(null);
    }

    static List<String> names(Menu menu) {
        if (menu == null) {
            return List.of();
        }
        return Arrays.stream(menu.getItems()).map(item -> WidgetTexts.plain(item.getText())).toList();
    }
}
