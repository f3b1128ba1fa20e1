package org.mandateworkbench.ui.properties;

import java.util.Objects;
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
 * on the store's command stack, so it can be undone and redone and makes the workspace dirty.
 */
final class PropertyEditingSupport extends EditingSupport {

	private final Supplier<ModelStore> model;
	private final Messages messages;
	private final Consumer<String> problem;
	private PropertyEditor current;

	PropertyEditingSupport(ColumnViewer viewer, Supplier<ModelStore> model, Messages messages, Consumer<String> problem) {
		super(viewer);
		this.model = model;
		this.messages = messages;
		this.problem = problem;
	}

	@Override
	protected boolean canEdit(Object element) {
		return model.get() != null && element instanceof PropertyRow row && PropertyEditor.canEdit(row);
	}

	@Override
	protected CellEditor getCellEditor(Object element) {
		if (current != null) {
			current.editor().dispose();
		}
		current = PropertyEditor.create((Composite) getViewer().getControl(), (PropertyRow) element, messages);
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
		return current.toEditor().apply(((PropertyRow) element).rawValue());
	}

	@Override
	protected void setValue(Object element, Object value) {
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
