package org.mandateworkbench.testsupport.robot;

import java.lang.reflect.Method;
import java.util.regex.Pattern;

import org.eclipse.swt.widgets.Widget;

/** Reads the text shown by any widget and describes widgets for failure messages. */
final class WidgetTexts {

    private WidgetTexts() {
    }

    /**
     * The widget's text through its public {@code getText()}, which every text-bearing SWT widget
     * (Button, Label, Text, Combo, Shell, items, custom widgets) has; "" when it has none.
     * Must run on the UI thread.
     */
    static String textOf(Widget widget) {
        try {
            Method getter = widget.getClass().getMethod("getText");
            Object text = getter.getReturnType() == String.class ? getter.invoke(widget) : null;
            return text == null ? "" : (String) text;
        } catch (NoSuchMethodException noText) {
            return "";
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot read the text of " + widget.getClass().getName(), e);
        }
    }

    /** A trailing mnemonic in parentheses, as CJK labels carry it: "文件(&F)". */
    private static final Pattern TRAILING_MNEMONIC = Pattern.compile("\\(&\\p{Alnum}\\)$");

    /**
     * The text as a user reads it: mnemonic ampersands removed ("&&" stays one "&"), a trailing
     * parenthesized mnemonic such as "(&F)" dropped, and the accelerator part of menu items (after a
     * tab) dropped.
     */
    static String plain(String text) {
        int tab = text.indexOf('\t');
        String shown = TRAILING_MNEMONIC.matcher(tab >= 0 ? text.substring(0, tab) : text).replaceFirst("");
        StringBuilder plain = new StringBuilder(shown.length());
        for (int i = 0; i < shown.length(); i++) {
            char c = shown.charAt(i);
            if (c == '&' && i + 1 < shown.length()) {
                c = shown.charAt(++i);
            } else if (c == '&') {
                continue;
            }
            plain.append(c);
        }
        return plain.toString();
    }

    /** "Button 'Save' [id=mandate.save]": type, plain text and id when present. Runs on the UI thread. */
    static String describe(Widget widget, String idKey) {
        if (widget.isDisposed()) {
            return widget.getClass().getSimpleName() + " (disposed)";
        }
        StringBuilder description = new StringBuilder(widget.getClass().getSimpleName());
        String text = plain(textOf(widget));
        if (!text.isEmpty()) {
            description.append(" '").append(abbreviate(text)).append('\'');
        }
        Object id = widget.getData(idKey);
        if (id != null) {
            description.append(" [id=").append(id).append(']');
        }
        return description.toString();
    }

    private static String abbreviate(String text) {
        String oneLine = text.replace('\n', ' ');
        return oneLine.length() <= 40 ? oneLine : oneLine.substring(0, 37) + "...";
    }
}
