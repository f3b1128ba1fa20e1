package org.mandateworkbench.ui.mandate.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.Persist;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.core.commands.EHandlerService;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.mandateworkbench.model.Mandate;
import org.mandateworkbench.model.validation.ValidationProblem;
import org.mandateworkbench.store.ModelChangeEvent;
import org.mandateworkbench.store.ModelChangeListener;
import org.mandateworkbench.store.ModelStore;
import org.mandateworkbench.ui.EditorInput;
import org.mandateworkbench.ui.ModelSaving;
import org.mandateworkbench.ui.WidgetIds;
import org.mandateworkbench.ui.mandate.MandateEditorIds;
import org.mandateworkbench.ui.mandate.internal.MandateValidation.Finding;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * The editor of one mandate: a message line over five pages. Every edit is a command on the store's
 * stack; after each change of the model the pages refresh, the part's dirty flag follows the
 * unsaved changes of this mandate and its indicators only, and the validator's findings for the
 * mandate appear in the message line. While the editor is active it handles save (refused, with the
 * message, while the mandate or another unsaved object has errors), validate and new action.
 */
public final class MandateEditorPart {

	private static final int LABEL_LENGTH = 40;

	@Inject
	private MPart part;

	@Inject
	private IEventBroker broker;

	@Inject
	private EHandlerService handlers;

	@Inject
	@Optional
	private ModelStore store;

	private Mandate mandate;
	private Label icon;
	private Label message;
	private CTabFolder tabs;
	private List<MandatePage> pages = List.of();
	private TimelinePage timeline;
	private ModelChangeListener listener;

	@PostConstruct
	public void create(Composite parent) {
		parent.setLayout(new GridLayout(1, false));
		Composite line = new Composite(parent, SWT.NONE);
		line.setLayout(new GridLayout(2, false));
		line.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		icon = new Label(line, SWT.NONE);
		icon.setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false));
		message = Widgets.id(new Label(line, SWT.WRAP), MandateEditorIds.MESSAGE);
		message.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		String id = part.getPersistedState().get(MandateEditorIds.MANDATE_ID);
		mandate = store == null ? null : findMandate(store, id);
		if (mandate == null) {
			show(SWT.ICON_ERROR, NLS.bind(Messages.editor_missing, id));
			return;
		}
		// also for editors restored at start: the navigator follows the active editor through it
		part.getTransientData().put(EditorInput.TRANSIENT_KEY, mandate);
		MandateEditorContext context = new MandateEditorContext(store, mandate, broker, text -> show(SWT.ICON_ERROR, text));
		timeline = new TimelinePage(context);
		pages = List.of(new OverviewPage(context), timeline, new ResponsesPage(context), new IndicatorsPage(context),
				new DocumentsPage(context));
		tabs = Widgets.id(new CTabFolder(parent, SWT.BOTTOM | SWT.FLAT), MandateEditorIds.TABS);
		tabs.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		for (MandatePage page : pages) {
			CTabItem item = new CTabItem(tabs, SWT.NONE);
			item.setText(page.title());
			item.setData(WidgetIds.KEY, page.widgetId());
		}
		// a page's controls are made when it is first shown: opening stays quick
		tabs.addListener(SWT.Selection, event -> showPage(tabs.getSelectionIndex()));
		tabs.setSelection(0);
		showPage(0);
		String title = context.text(mandate.getTitle()).isEmpty() ? mandate.getId() : context.text(mandate.getTitle());
		part.setLabel(title.length() > LABEL_LENGTH ? title.substring(0, LABEL_LENGTH - 1) + '\u2026' : title);
		part.setTooltip(title);
		listener = this::modelChanged;
		store.addListener(listener);
		handlers.activateHandler(MandateEditorIds.COMMAND_SAVE, new SaveHandler());
		handlers.activateHandler(MandateEditorIds.COMMAND_VALIDATE, new ValidateHandler());
		handlers.activateHandler(MandateEditorIds.COMMAND_NEW_ACTION, new NewActionHandler());
		part.setDirty(hasUnsavedChanges());
		showFindings(MandateValidation.findings(mandate), false);
	}

	/** The mandate with the id in the store, or null. */
	static Mandate findMandate(ModelStore store, String id) {
		return id == null ? null
				: store.root().getMandates().stream().filter(m -> id.equals(m.getId())).findFirst().orElse(null);
	}

	/** The edited mandate; null when it was not found. */
	public Mandate mandate() {
		return mandate;
	}

	private void modelChanged(ModelChangeEvent event) {
		if (tabs == null || tabs.isDisposed()) {
			return;
		}
		part.setDirty(hasUnsavedChanges());
		if (mandate.eContainer() == null) {
			show(SWT.ICON_ERROR, NLS.bind(Messages.editor_removed, mandate.getId()));
			return;
		}
		for (int index = 0; index < pages.size(); index++) {
			if (tabs.getItem(index).getControl() != null) {
				pages.get(index).refresh();
			}
		}
		if (event.kind() != ModelChangeEvent.Kind.SAVE) {
			showFindings(MandateValidation.findings(mandate), false);
		}
	}

	/**
	 * The objects whose unsaved changes belong to this editor: the mandate (with its status history,
	 * actions and their responses) and the indicators linked to it, which have a file of their own.
	 */
	List<EObject> editedObjects() {
		List<EObject> objects = new ArrayList<>();
		objects.add(mandate);
		store.root().getIndicators().stream().filter(i -> i.getMandate() == mandate).forEach(objects::add);
		return objects;
	}

	/** Whether this editor's mandate or its indicators differ from the saved files. */
	boolean hasUnsavedChanges() {
		Set<EObject> dirty = store.dirtyObjects();
		return editedObjects().stream().anyMatch(dirty::contains);
	}

	/**
	 * Saves the store unless the validator finds errors in the mandate or in any other unsaved
	 * object (the save writes them all); then the message line says why nothing was saved.
	 *
	 * @return whether the model was saved
	 */
	public boolean save() {
		List<Finding> findings = MandateValidation.findings(mandate);
		if (MandateValidation.hasErrors(findings)) {
			show(SWT.ICON_ERROR, NLS.bind(Messages.editor_notSaved, summary(findings)));
			return false;
		}
		List<ValidationProblem> elsewhere = ModelSaving.errors(store);
		if (!elsewhere.isEmpty()) {
			ValidationProblem first = elsewhere.getFirst();
			show(SWT.ICON_ERROR, NLS.bind(Messages.editor_notSavedElsewhere, first.objectLabel(), first.message()));
			return false;
		}
		try {
			store.save();
		} catch (IOException e) {
			show(SWT.ICON_ERROR, NLS.bind(Messages.editor_saveFailed, e.getMessage()));
			return false;
		}
		part.setDirty(hasUnsavedChanges());
		show(findings.isEmpty() ? SWT.ICON_INFORMATION : SWT.ICON_WARNING,
				findings.isEmpty() ? Messages.editor_saved : NLS.bind(Messages.editor_savedWithWarnings, summary(findings)));
		return true;
	}

	@Persist
	public void persist() {
		save();
	}

	/**
	 * Asks what to do with the mandate's unsaved changes before the editor closes. A valid mandate
	 * can be saved (which saves the whole model, validated first); an invalid one cannot, so only
	 * discarding remains. Discarding undoes the commands since the last save that changed the
	 * mandate or its indicators and leaves every other change in place; it is refused, with a
	 * message, when those changes were made together with changes of other objects.
	 *
	 * @return whether the editor may close
	 */
	public boolean confirmClose(Shell shell) {
		if (mandate == null || tabs == null || !hasUnsavedChanges()) {
			return true;
		}
		String title = part.getLocalizedLabel();
		List<Finding> findings = MandateValidation.findings(mandate);
		if (MandateValidation.hasErrors(findings)) {
			String listed = findings.stream().filter(Finding::error).map(Finding::message)
					.collect(Collectors.joining("\n")); //$NON-NLS-1$
			int choice = new MessageDialog(shell, Messages.close_title, null,
					NLS.bind(Messages.close_invalid, title, listed), MessageDialog.ERROR, 1, Messages.close_discard,
					Messages.close_cancel).open();
			return choice == 0 && discard(shell, title);
		}
		int choice = new MessageDialog(shell, Messages.close_title, null, NLS.bind(Messages.close_question, title),
				MessageDialog.QUESTION, 0, Messages.close_save, Messages.close_discard, Messages.close_cancel).open();
		return switch (choice) {
		case 0 -> save();
		case 1 -> discard(shell, title);
		default -> false;
		};
	}

	private boolean discard(Shell shell, String title) {
		if (store.discardChanges(editedObjects())) {
			return true;
		}
		MessageDialog.openError(shell, Messages.close_title, NLS.bind(Messages.close_cannotDiscard, title));
		return false;
	}

	/** Runs the validator on the mandate and shows its findings, or that there are none. */
	public void validate() {
		showFindings(MandateValidation.findings(mandate), true);
	}

	/** Shows the timeline and asks for a new action. */
	public void newAction() {
		tabs.setSelection(1);
		showPage(1);
		timeline.addAction();
	}

	/**
	 * Shows the page that lists the object (a note verbale on the timeline, a response or its topic
	 * summary in the responses matrix) and selects it there; other objects leave the page as it is.
	 */
	public void reveal(EObject object) {
		for (int index = 0; tabs != null && index < pages.size(); index++) {
			if (pages.get(index).shows(object)) {
				tabs.setSelection(index);
				showPage(index);
				pages.get(index).reveal(object);
				return;
			}
		}
	}

	/** The widget id of the page shown, or null before the pages exist. */
	public String shownPageId() {
		return tabs == null || tabs.getSelectionIndex() < 0 ? null : pages.get(tabs.getSelectionIndex()).widgetId();
	}

	private void showPage(int index) {
		if (index >= 0 && tabs.getItem(index).getControl() == null) {
			tabs.getItem(index).setControl(pages.get(index).create(tabs));
		}
	}

	private void showFindings(List<Finding> findings, boolean sayWhenValid) {
		if (findings.isEmpty()) {
			show(sayWhenValid ? SWT.ICON_INFORMATION : SWT.NONE, sayWhenValid ? Messages.editor_valid : ""); //$NON-NLS-1$
		} else {
			show(MandateValidation.hasErrors(findings) ? SWT.ICON_ERROR : SWT.ICON_WARNING, summary(findings));
			// the line shows the first finding; the tooltip lists them all
			message.setToolTipText(findings.stream().map(Finding::message).collect(Collectors.joining("\n"))); //$NON-NLS-1$
		}
	}

	private static String summary(List<Finding> findings) {
		String first = findings.getFirst().message();
		return findings.size() == 1 ? first : NLS.bind(Messages.editor_moreFindings, first, findings.size() - 1);
	}

	private void show(int icon, String text) {
		if (message.isDisposed()) {
			return;
		}
		this.icon.setImage(icon == SWT.NONE ? null : message.getDisplay().getSystemImage(icon));
		message.setText(text);
		message.setToolTipText(text.isEmpty() ? null : text);
		message.getParent().getParent().layout(true, true);
	}

	@Focus
	public void setFocus() {
		if (tabs != null && !tabs.isDisposed()) {
			tabs.setFocus();
		} else {
			message.setFocus();
		}
	}

	@PreDestroy
	public void dispose() {
		if (store != null && listener != null) {
			store.removeListener(listener);
		}
	}

	/** Save while the editor is active: validate first. */
	public final class SaveHandler {
		@CanExecute
		public boolean canExecute() {
			// the save writes every unsaved change, not only this mandate's
			return store.isDirty();
		}

		@Execute
		public void execute() {
			save();
		}
	}

	/** Validate while the editor is active. */
	public final class ValidateHandler {
		@Execute
		public void execute() {
			validate();
		}
	}

	/** New action while the editor is active. */
	public final class NewActionHandler {
		@Execute
		public void execute() {
			newAction();
		}
	}
}
