package org.mandateworkbench.ui.properties;

import java.util.Objects;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnViewer;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.ICellEditorListener;
import org.eclipse.swt.widgets.Composite;
import org.mandateworkbench.store.ModelStore;
import org.mandateworkbench.ui.Messages;

/**
 * Edits the value column of the properties part. Each change is an EMF {@link SetCommand} executed
 * on the store's command stack, so it can be undone and redone and makes the workspace dirty; a
 * language of a multilingual text is changed by its own command and leaves the other languages.
 * Nothing is edited while the part is read-only.
 */
final class PropertyEditingSupport extends EditingSupport {

	private final Supplier<ModelStore> model;
	private final Messages messages;
	private final Consumer<String> problem;
	private final BooleanSupplier readOnly;
	private PropertyEditor current;

	PropertyEditingSupport(ColumnViewer viewer, Supplier<ModelStore> model, BooleanSupplier readOnly, Messages messages,
			Consumer<String> problem) {
		super(viewer);
		this.model = model;
		this.readOnly = readOnly;
		this.messages = messages;
		this.problem = problem;
	}

	@Override
	protected boolean canEdit(Object element) {
		if (model.get() == null || readOnly.getAsBoolean()) {
			return false;
		}
		return element instanceof MultilingualRow || element instanceof PropertyRow row && PropertyEditor.canEdit(row);
	}

	@Override
	protected CellEditor getCellEditor(Object element) {
		if (current != null) {
			current.editor().dispose();
		}
		Composite table = (Composite) getViewer().getControl();
		current = element instanceof PropertyRow row ? PropertyEditor.create(table, row, messages)
				: PropertyEditor.plainText(table);
		CellEditor editor = current.editor();
		editor.addListener(new ICellEditorListener() {
			@Override
			public void editorValueChanged(boolean oldValidState, boolean newValidState) {
				problem.accept(newValidState ? "" : editor.getErrorMessage()); //$NON-NLS-1$
			}

			@Override
			public void cancelEditor() {
				problem.accept(""); //$NON-NLS-1$
			}

			@Override
			public void applyEditorValue() {
				problem.accept(editor.isValueValid() ? "" : editor.getErrorMessage()); //$NON-NLS-1$
			}
		});
		return editor;
	}

	@Override
	protected Object getValue(Object element) {
		return current.toEditor().apply(switch ((PropertiesRow) element) {
		case PropertyRow row -> row.rawValue();
		case MultilingualRow row -> row.valueText();
		});
	}

	@Override
	protected void setValue(Object element, Object value) {
		if (element instanceof MultilingualRow row) {
			if (!Objects.equals(value, row.valueText())) {
				model.get().execute(row.command(model.get().editingDomain(), (String) value));
				getViewer().update(element, null);
			}
			return;
		}
		PropertyRow row = (PropertyRow) element;
		Object newValue;
		try {
			newValue = current.toModel().apply(value);
		} catch (RuntimeException e) {
			return;
		}
		if (Objects.equals(newValue, row.rawValue())) {
			return;
		}
		ModelStore store = model.get();
		Command command = SetCommand.create(store.editingDomain(), row.object(), row.feature(),
				newValue == null ? SetCommand.UNSET_VALUE : newValue);
		store.execute(command);
		getViewer().update(element, null);
	}
}
