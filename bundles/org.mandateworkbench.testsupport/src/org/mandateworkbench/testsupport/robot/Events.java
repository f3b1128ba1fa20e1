package org.mandateworkbench.testsupport.robot;

import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Widget;

/**
 * Sends synthetic SWT events to a widget's listeners, the way SWTBot does: the native control does
 * not see them, so state changes (selection, text) are made by the caller before notifying.
 * Every method runs on the UI thread.
 */
final class Events {

    private Events() {
    }

    static Event fire(Widget widget, int type) {
        return fire(widget, type, event -> {
        });
    }

    static Event fire(Widget widget, int type, Consumer<Event> setup) {
        Event event = new Event();
        event.time = (int) System.currentTimeMillis();
        setup.accept(event);
        if (!widget.isDisposed()) {
            widget.notifyListeners(type, event);
        }
        return event;
    }

    /** Fires the mouse sequence of one left click at (x, y), as a user's press and release would. */
    static void click(Widget widget, int x, int y) {
        fire(widget, SWT.MouseEnter);
        fire(widget, SWT.MouseDown, mouse(x, y, 1));
        fire(widget, SWT.MouseUp, mouse(x, y, 1));
    }

    /** Fires the mouse sequence of a double click at (x, y): two presses, the second one counted 2. */
    static void doubleClick(Widget widget, int x, int y) {
        click(widget, x, y);
        fire(widget, SWT.MouseDown, mouse(x, y, 2));
        fire(widget, SWT.MouseDoubleClick, mouse(x, y, 2));
        fire(widget, SWT.MouseUp, mouse(x, y, 2));
    }

    /**
     * Fires KeyDown and KeyUp for one key.
     *
     * @return whether the KeyDown listeners let the key through (event.doit)
     */
    static boolean key(Widget widget, int keyCode, char character) {
        Event down = fire(widget, SWT.KeyDown, keyEvent(keyCode, character));
        fire(widget, SWT.KeyUp, keyEvent(keyCode, character));
        return down.doit;
    }

    private static Consumer<Event> mouse(int x, int y, int count) {
        return event -> {
            event.button = 1;
            event.count = count;
            event.x = x;
            event.y = y;
        };
    }

    private static Consumer<Event> keyEvent(int keyCode, char character) {
        return event -> {
            event.keyCode = keyCode;
            event.character = character;
            event.doit = true;
        };
    }
}
