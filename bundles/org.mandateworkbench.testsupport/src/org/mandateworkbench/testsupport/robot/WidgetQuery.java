package org.mandateworkbench.testsupport.robot;

import java.util.function.Predicate;

import org.eclipse.swt.widgets.Widget;

/**
 * What a finder looks for: a widget type, a test on it (run on the UI thread) and a description
 * used in failure messages, e.g. {@code Button with label 'Save'}.
 *
 * @param type the widget class; subclasses match too
 * @param description how failure messages name the wanted widget
 * @param test further condition on a visible widget of that type
 */
public record WidgetQuery<T extends Widget>(Class<T> type, String description, Predicate<? super T> test) {

    /** A query for any visible widget of {@code type}. */
    public static <T extends Widget> WidgetQuery<T> ofType(Class<T> type) {
        return new WidgetQuery<>(type, type.getSimpleName(), widget -> true);
    }

    /** A query for widgets of {@code type} whose plain text (no mnemonics) equals {@code text}. */
    public static <T extends Widget> WidgetQuery<T> withText(Class<T> type, String text) {
        return new WidgetQuery<>(type, type.getSimpleName() + " with text '" + text + "'",
                widget -> text.equals(WidgetTexts.plain(WidgetTexts.textOf(widget))));
    }

    /** A query for widgets of {@code type} whose data under {@code idKey} equals {@code id}. */
    public static <T extends Widget> WidgetQuery<T> withId(Class<T> type, String idKey, String id) {
        return new WidgetQuery<>(type, type.getSimpleName() + " with id '" + id + "'",
                widget -> id.equals(widget.getData(idKey)));
    }

    boolean matches(Widget widget) {
        return type.isInstance(widget) && test.test(type.cast(widget));
    }
}
