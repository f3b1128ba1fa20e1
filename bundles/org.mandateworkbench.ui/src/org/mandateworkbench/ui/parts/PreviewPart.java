package org.mandateworkbench.ui.parts;

import java.util.Locale;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.nls.Translation;
import org.eclipse.e4.core.services.translation.TranslationService;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.mandateworkbench.store.ModelStore;
import org.mandateworkbench.store.Workspace;
import org.mandateworkbench.store.WorkspaceEntry;
import org.mandateworkbench.ui.Messages;
import org.mandateworkbench.ui.WidgetIds;
import org.mandateworkbench.ui.navigator.ModelLabels;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Shows the facts and the text of what is selected in the navigator: a model object or a source document. */
public final class PreviewPart {

	@Inject
	@Translation
	private Messages messages;

	@Inject
	@Named(TranslationService.LOCALE)
	private Locale locale;

	@Inject
	@Optional
	private Workspace workspace;

	@Inject
	@Optional
	private ModelStore model;

	private Label title;
	private Label facts;
	private Text text;

	@PostConstruct
	public void createControls(Composite parent) {
		GridLayoutFactory.fillDefaults().margins(8, 8).applyTo(parent);
		title = new Label(parent, SWT.NONE);
		title.setData(WidgetIds.KEY, WidgetIds.PREVIEW_TITLE);
		title.setFont(JFaceResources.getHeaderFont());
		GridDataFactory.fillDefaults().grab(true, false).applyTo(title);
		facts = new Label(parent, SWT.WRAP);
		facts.setData(WidgetIds.KEY, WidgetIds.PREVIEW_FACTS);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(facts);
		text = new Text(parent, SWT.MULTI | SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL | SWT.BORDER);
		text.setData(WidgetIds.KEY, WidgetIds.PREVIEW_TEXT);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(text);
		show(null);
	}

	@Inject
	public void setSelection(@Optional @Named(IServiceConstants.ACTIVE_SELECTION) Object selected) {
		if (title != null && !title.isDisposed()) {
			show(selected);
		}
	}

	private void show(Object selected) {
		EntryFacts shown = switch (selected) {
		case WorkspaceEntry entry when workspace != null -> EntryFacts.of(entry, entry.resolve(workspace.root()),
				messages, locale);
		case EObject object when model != null -> ModelFacts.of(object, model,
				new ModelLabels(model.adapterFactory(), messages, locale), messages);
		case null, default -> new EntryFacts(messages.preview_nothingSelected, "", ""); //$NON-NLS-1$ //$NON-NLS-2$
		};
		title.setText(shown.title());
		facts.setText(shown.facts());
		text.setText(shown.text());
		title.getParent().layout(true, true);
	}

	@Focus
	public void setFocus() {
		text.setFocus();
	}
}
