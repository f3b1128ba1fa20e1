package org.mandateworkbench.ui.preferences;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.mandateworkbench.ui.Messages;
import org.mandateworkbench.ui.UiLanguage;
import org.mandateworkbench.ui.UiPreferences;
import org.mandateworkbench.ui.WidgetIds;
import org.osgi.service.prefs.BackingStoreException;

/**
 * File > Preferences: the UI language (applies at the next start, like File > Language), the date
 * format (applies at once to the dates the parts show) and the workspace folder opened when none is
 * given with -data (applies at the next start).
 */
public final class PreferencesDialog extends Dialog {

	private final Messages messages;
	private final Locale locale;
	private Combo language;
	private Combo dateFormat;
	private Text workspace;

	public PreferencesDialog(Shell parent, Messages messages, Locale locale) {
		super(parent);
		this.messages = messages;
		this.locale = locale;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(messages.preferences_title);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		Composite fields = new Composite(area, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(3).applyTo(fields);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(fields);

		new Label(fields, SWT.NONE).setText(messages.preferences_language);
		language = new Combo(fields, SWT.READ_ONLY | SWT.DROP_DOWN);
		language.setData(WidgetIds.KEY, WidgetIds.PREFERENCES_LANGUAGE);
		language.setItems(messages.preferences_languageEn, messages.preferences_languageZh);
		String current = UiLanguage.preferred().map(Locale::getLanguage).orElse(locale.getLanguage());
		language.select(Math.max(0, UiLanguage.SUPPORTED.indexOf(current)));
		GridDataFactory.fillDefaults().span(2, 1).applyTo(language);

		new Label(fields, SWT.NONE).setText(messages.preferences_dateFormat);
		dateFormat = new Combo(fields, SWT.READ_ONLY | SWT.DROP_DOWN);
		dateFormat.setData(WidgetIds.KEY, WidgetIds.PREFERENCES_DATE_FORMAT);
		LocalDate example = LocalDate.of(2019, 5, 31);
		for (String pattern : UiPreferences.DATE_PATTERNS) {
			dateFormat.add(NLS.bind(messages.preferences_dateExample, pattern,
					DateTimeFormatter.ofPattern(pattern, locale).format(example)));
		}
		dateFormat.select(UiPreferences.DATE_PATTERNS.indexOf(UiPreferences.datePattern()));
		GridDataFactory.fillDefaults().span(2, 1).applyTo(dateFormat);

		new Label(fields, SWT.NONE).setText(messages.preferences_workspace);
		workspace = new Text(fields, SWT.BORDER);
		workspace.setData(WidgetIds.KEY, WidgetIds.PREFERENCES_WORKSPACE);
		workspace.setMessage(messages.preferences_workspaceHint);
		workspace.setText(UiPreferences.defaultWorkspace().map(Object::toString).orElse("")); //$NON-NLS-1$
		GridDataFactory.fillDefaults().grab(true, false).hint(320, SWT.DEFAULT).applyTo(workspace);
		Button browse = new Button(fields, SWT.PUSH);
		browse.setText(messages.preferences_browse);
		browse.addListener(SWT.Selection, event -> {
			DirectoryDialog chooser = new DirectoryDialog(getShell());
			chooser.setFilterPath(workspace.getText());
			String chosen = chooser.open();
			if (chosen != null) {
				workspace.setText(chosen);
			}
		});

		Label note = new Label(fields, SWT.WRAP);
		note.setText(messages.preferences_restartNote);
		GridDataFactory.fillDefaults().span(3, 1).grab(true, false).hint(420, SWT.DEFAULT).applyTo(note);
		return area;
	}

	@Override
	protected void okPressed() {
		try {
			UiLanguage.setPreferred(UiLanguage.SUPPORTED.get(language.getSelectionIndex()));
			UiPreferences.store(UiPreferences.DATE_PATTERNS.get(dateFormat.getSelectionIndex()), workspace.getText());
			super.okPressed();
		} catch (BackingStoreException e) {
			MessageDialog.openError(getShell(), messages.preferences_title, messages.language_notSaved + ' ' + e.getMessage());
		}
	}
}
