package org.mandateworkbench.ui.mandate.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.mandateworkbench.model.Document;
import org.mandateworkbench.model.LanguageVersion;
import org.mandateworkbench.ui.mandate.MandateEditorIds;
import org.mandateworkbench.ui.mandate.internal.RelatedDocuments.Entry;

/** The documents related to the mandate by symbol; opening one asks for it at the cited paragraph. */
final class DocumentsPage implements MandatePage {

	private final MandateEditorContext context;
	private final List<Entry> entries = new ArrayList<>();
	private Table table;

	DocumentsPage(MandateEditorContext context) {
		this.context = context;
	}

	@Override
	public String title() {
		return Messages.page_documents;
	}

	@Override
	public String widgetId() {
		return MandateEditorIds.PAGE_DOCUMENTS;
	}

	@Override
	public Control create(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		page.setLayout(new GridLayout(1, false));
		table = Widgets.id(Widgets.table(page, SWT.SINGLE, 1, Messages.documents_symbol, Messages.documents_paragraph,
				Messages.documents_relation, Messages.documents_title), MandateEditorIds.DOCUMENTS);
		table.getColumn(0).setWidth(220);
		table.getColumn(2).setWidth(200);
		Widgets.widenLast(table, 480);
		table.addListener(SWT.DefaultSelection, event -> openSelected());
		Button open = new Button(page, SWT.PUSH);
		open.setText(Messages.documents_open);
		open.addListener(SWT.Selection, event -> openSelected());
		refresh();
		return page;
	}

	@Override
	public void refresh() {
		entries.clear();
		entries.addAll(RelatedDocuments.of(context.mandate()));
		table.removeAll();
		for (Entry entry : entries) {
			Document document = entry.document();
			TableItem item = new TableItem(table, SWT.NONE);
			item.setText(new String[] { document.getSymbol() == null ? "" : document.getSymbol().toString(), //$NON-NLS-1$
					entry.paragraph() == null ? "" : entry.paragraph(), relation(entry), title(document) }); //$NON-NLS-1$
		}
	}

	private void openSelected() {
		int index = table.getSelectionIndex();
		if (index >= 0) {
			Entry entry = entries.get(index);
			context.open(entry.document(), entry.paragraph());
		}
	}

	private String title(Document document) {
		String language = context.language();
		String any = ""; //$NON-NLS-1$
		for (LanguageVersion version : document.getVersions()) {
			if (version.getTitle() != null && language.equals(version.getLanguage())) {
				return version.getTitle();
			}
			if (any.isEmpty() && version.getTitle() != null) {
				any = version.getTitle();
			}
		}
		return any;
	}

	private static String relation(Entry entry) {
		return switch (entry.relation()) {
			case RESOLUTION -> Messages.relation_resolution;
			case RECOMMENDATION -> Messages.relation_recommendation;
			case REITERATED -> Messages.relation_reiterated;
			case ISSUED -> Messages.relation_issued;
			case REPORTED -> Messages.relation_reported;
		};
	}
}
