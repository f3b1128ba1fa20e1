package org.mandateworkbench.testsupport.robot;

import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Widget;

/** Types text one character at a time: KeyDown, insertion (unless vetoed), KeyUp. UI thread only. */
final class Typing {

    private Typing() {
    }

    static void type(Widget widget, String text, Consumer<String> insert) {
        text.codePoints().forEach(codePoint -> {
            String typed = Character.toString(codePoint);
            char character = typed.charAt(0);
            Event down = Events.fire(widget, SWT.KeyDown, keyOf(codePoint, character));
            if (down.doit && !widget.isDisposed()) {
                insert.accept(typed);
            }
            Events.fire(widget, SWT.KeyUp, keyOf(codePoint, character));
        });
    }

    private static Consumer<Event> keyOf(int codePoint, char character) {
        return event -> {
            event.character = character;
            event.keyCode = Character.isBmpCodePoint(codePoint) ? Character.toLowerCase(character) : 0;
            event.doit = true;
        };
    }
}
