package org.mandateworkbench.ui.properties;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.mandateworkbench.ui.Messages;

/**
 * The cell editor for one property and the conversions between the model value and the editor's
 * value. Text for strings, numbers and other data types (parsed by EMF, dates as yyyy-MM-dd, an
 * empty text clears an optional value); a read-only combo for booleans, enumerations and single
 * references (the choices the edit bundle offers).
 *
 * @param editor   the cell editor
 * @param toEditor model value to editor value
 * @param toModel  editor value to model value
 */
record PropertyEditor(CellEditor editor, Function<Object, Object> toEditor, Function<Object, Object> toModel) {

	/** Whether the properties part can edit this row: a settable single-valued, non-containment feature. */
	static boolean canEdit(PropertyRow row) {
		EStructuralFeature feature = row.feature();
		if (feature == null || feature.isMany() || !row.descriptor().canSetProperty(row.object())) {
			return false;
		}
		return feature instanceof EAttribute || feature instanceof EReference reference && !reference.isContainment();
	}

	static PropertyEditor create(Composite parent, PropertyRow row, Messages messages) {
		EStructuralFeature feature = row.feature();
		Class<?> type = feature.getEType().getInstanceClass();
		if (feature instanceof EReference || feature.getEType() instanceof EEnum) {
			return choices(parent, row, choiceValues(row));
		}
		if (type == boolean.class || type == Boolean.class) {
			return choices(parent, row, List.of(Boolean.TRUE, Boolean.FALSE));
		}
		if (type == LocalDate.class) {
			return text(parent, value -> value == null ? "" : value.toString(), //$NON-NLS-1$
					text -> text.isBlank() ? null : LocalDate.parse(text.strip()),
					NLS.bind(messages.properties_invalidDate, row.name()));
		}
		EDataType dataType = (EDataType) feature.getEType();
		return text(parent, value -> value == null ? "" : EcoreUtil.convertToString(dataType, value), //$NON-NLS-1$
				text -> text.isEmpty() && !type.isPrimitive() ? null : EcoreUtil.createFromString(dataType, text.strip()),
				NLS.bind(messages.properties_invalidValue, row.name()));
	}

	/** A plain text editor: the text is the value; an empty text is an empty value. */
	static PropertyEditor plainText(Composite parent) {
		return new PropertyEditor(new TextCellEditor(parent), value -> value == null ? "" : value, text -> text); //$NON-NLS-1$
	}

	private static List<Object> choiceValues(PropertyRow row) {
		Collection<?> offered = row.descriptor().getChoiceOfValues(row.object());
		List<Object> values = new ArrayList<>();
		if (row.feature() instanceof EReference && !row.feature().isRequired()) {
			values.add(null);
		}
		if (offered != null) {
			offered.stream().filter(value -> value != null).forEach(values::add);
		}
		return values;
	}

	private static PropertyEditor choices(Composite parent, PropertyRow row, List<Object> values) {
		String[] labels = values.stream().map(row::choiceText).toArray(String[]::new);
		ComboBoxCellEditor editor = new ComboBoxCellEditor(parent, labels, SWT.READ_ONLY);
		return new PropertyEditor(editor, value -> Math.max(0, values.indexOf(value)),
				index -> values.get((Integer) index < 0 ? 0 : (Integer) index));
	}

	private static PropertyEditor text(Composite parent, Function<Object, String> show, Function<String, Object> parse,
			String invalid) {
		TextCellEditor editor = new TextCellEditor(parent);
		editor.setValidator(value -> {
			try {
				parse.apply((String) value);
				return null;
			} catch (DateTimeParseException | IllegalArgumentException e) {
				return invalid;
			}
		});
		return new PropertyEditor(editor, show::apply, text -> parse.apply((String) text));
	}
}
