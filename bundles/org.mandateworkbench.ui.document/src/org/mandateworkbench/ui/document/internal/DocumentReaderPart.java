package org.mandateworkbench.ui.document.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.nls.Translation;
import org.eclipse.e4.core.services.translation.TranslationService;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Widget;
import org.mandateworkbench.ingest.segment.Segmentation.Span;
import org.mandateworkbench.model.Document;
import org.mandateworkbench.model.LanguageVersion;
import org.mandateworkbench.store.ModelChangeEvent;
import org.mandateworkbench.store.ModelStore;
import org.mandateworkbench.ui.EditorInput;
import org.mandateworkbench.ui.ModelSubscription;
import org.mandateworkbench.ui.OpenRequest;
import org.mandateworkbench.ui.UiPreferences;
import org.mandateworkbench.ui.WidgetIds;
import org.mandateworkbench.ui.document.DocumentReaderIds;
import org.mandateworkbench.ui.document.Reveal;
import org.mandateworkbench.ui.document.RevealQuery;
import org.mandateworkbench.ui.document.VersionChoice;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Shows one language version of a document read-only: symbol, date and the version's title above a
 * switch between the document's versions, then the text with the paragraph (or footnote, passage,
 * line) an open request asked for highlighted and scrolled to the top. Switching the language keeps
 * the paragraph if the other version has it. Follows the model: a changed text is shown again, a
 * removed document says so.
 */
public final class DocumentReaderPart {

	private static final int LABEL_LENGTH = 40;
	// a light yellow that keeps the text readable in both the light and the selection colours
	private static final Color HIGHLIGHT = new Color(255, 236, 153);

	@Inject
	private MPart part;

	@Inject
	@Translation
	private ReaderMessages messages;

	@Inject
	@Named(TranslationService.LOCALE)
	private Locale locale;

	private final ModelSubscription subscription = new ModelSubscription(this::modelChanged);
	private Document document;
	private LanguageVersion version;
	private final List<LanguageVersion> versions = new ArrayList<>();
	private String shownText;
	private Reveal reveal = Reveal.NONE;

	private Label symbol;
	private Label title;
	private Combo language;
	private Label message;
	private StyledText text;

	@PostConstruct
	public void create(Composite parent) {
		parent.setLayout(GridLayoutFactory.fillDefaults().numColumns(3).margins(6, 6).create());
		symbol = id(new Label(parent, SWT.NONE), DocumentReaderIds.HEADER);
		symbol.setFont(JFaceResources.getBannerFont());
		GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).applyTo(symbol);
		new Label(parent, SWT.NONE).setText(messages.reader_language);
		language = id(new Combo(parent, SWT.READ_ONLY), DocumentReaderIds.LANGUAGE);
		language.addListener(SWT.Selection, event -> switchLanguage());
		title = new Label(parent, SWT.WRAP);
		GridDataFactory.fillDefaults().span(3, 1).grab(true, false).hint(200, SWT.DEFAULT).applyTo(title);
		message = id(new Label(parent, SWT.WRAP), DocumentReaderIds.MESSAGE);
		GridDataFactory.fillDefaults().span(3, 1).grab(true, false).hint(200, SWT.DEFAULT).applyTo(message);
		text = id(new StyledText(parent, SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL | SWT.BORDER), DocumentReaderIds.TEXT);
		text.setMargins(8, 6, 8, 6);
		GridDataFactory.fillDefaults().span(3, 1).grab(true, true).applyTo(text);
		OpenRequest pending = part.getTransientData().get(DocumentReaderIds.PENDING_REQUEST) instanceof OpenRequest request
				? request : null;
		document = find(subscription.model(), part.getPersistedState().get(DocumentReaderIds.DOCUMENT_KEY));
		show(pending);
	}

	@Inject
	public void setModel(@Optional ModelStore loaded) {
		subscription.follow(loaded);
		if (text != null && !text.isDisposed()) {
			document = find(loaded, part.getPersistedState().get(DocumentReaderIds.DOCUMENT_KEY));
			show(null);
		}
	}

	/**
	 * Shows the request: its language version, or the one {@link VersionChoice} takes, with its
	 * paragraph or offset revealed. A null request shows the version in the UI language, revealing
	 * nothing.
	 */
	public void show(OpenRequest request) {
		if (text == null || text.isDisposed()) {
			return;
		}
		if (!inModel(document)) {
			showGone();
			return;
		}
		String wanted = request == null || request.language() == null ? locale.getLanguage() : request.language();
		showVersion(VersionChoice.of(document, wanted), request == null ? null : request.paragraph(),
				request == null ? OpenRequest.NO_OFFSET : request.offset());
	}

	/** The language of the version shown, or null. */
	public String shownLanguage() {
		return version == null ? null : version.getLanguage();
	}

	/** The text shown: the version's text, empty for none. */
	public String shownText() {
		return shownText;
	}

	/** What is revealed in the text shown. */
	public Reveal shownReveal() {
		return reveal;
	}

	/** The text of the highlighted ranges, joined by line breaks; empty for none. */
	public String highlightedText() {
		StringBuilder joined = new StringBuilder();
		for (Span range : reveal.ranges()) {
			joined.append(joined.isEmpty() ? "" : "\n").append(shownText, range.start(), range.end()); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return joined.toString();
	}

	/** The message line's text, empty when it has nothing to say. */
	public String messageText() {
		return message.getText();
	}

	private void showVersion(LanguageVersion shown, String paragraph, int offset) {
		version = shown;
		showHeader();
		if (version == null) {
			showText("", Reveal.NONE, messages.reader_noVersions); //$NON-NLS-1$
			return;
		}
		if (!VersionChoice.hasText(version)) {
			showText("", Reveal.NONE, NLS.bind(messages.reader_noText, plainLanguageName(version))); //$NON-NLS-1$
			return;
		}
		Reveal found = RevealQuery.of(version.getText(), paragraph, offset);
		showText(version.getText(), found, describe(found));
	}

	private void showHeader() {
		String symbolText = document.getSymbol() == null ? document.getKey() : document.getSymbol().toString();
		String date = document.getDate() == null ? messages.reader_undated
				: UiPreferences.dateFormatter(locale).format(document.getDate());
		symbol.setText(symbolText);
		String titleText = version == null || version.getTitle() == null || version.getTitle().isBlank()
				? messages.reader_untitled : version.getTitle();
		// The date goes with the title, which wraps, so a narrow reader still shows it whole.
		title.setText(date + "  \u2014  " + titleText); //$NON-NLS-1$
		part.setLabel(symbolText.length() > LABEL_LENGTH ? symbolText.substring(0, LABEL_LENGTH - 1) + '\u2026' : symbolText);
		part.setTooltip(symbolText + '\n' + titleText);
		part.getTransientData().put(EditorInput.TRANSIENT_KEY, document);
		versions.clear();
		versions.addAll(VersionChoice.ordered(document));
		language.setItems(versions.stream().map(this::languageName).toArray(String[]::new));
		language.select(versions.indexOf(version));
		language.setEnabled(versions.size() > 1);
		symbol.getParent().layout(true, true);
	}

	private void showText(String content, Reveal found, String note) {
		shownText = content;
		reveal = found;
		text.setText(content);
		List<StyleRange> styles = new ArrayList<>();
		for (Span range : found.ranges()) {
			StyleRange style = new StyleRange(range.start(), range.end() - range.start(), null, HIGHLIGHT);
			styles.add(style);
		}
		text.setStyleRanges(styles.toArray(StyleRange[]::new));
		showMessage(note);
		scrollToReveal();
		// a new part is laid out after this: scroll again once it has its size
		text.getDisplay().asyncExec(this::scrollToReveal);
	}

	private void scrollToReveal() {
		if (text.isDisposed() || !Objects.equals(shownText, text.getText())) {
			return;
		}
		int top = reveal.top();
		if (top < 0) {
			text.setTopIndex(0);
			return;
		}
		text.setCaretOffset(top);
		// the line's top just below the top margin (setTopIndex would leave it half under the margin)
		text.setTopPixel(text.getTopPixel() + text.getLinePixel(text.getLineAtOffset(top)) - text.getTopMargin());
	}

	private void showMessage(String note) {
		message.setText(note);
		message.setVisible(!note.isEmpty());
		((GridData) message.getLayoutData()).exclude = note.isEmpty();
		message.getParent().layout(true, true);
	}

	private String describe(Reveal found) {
		return switch (found.kind()) {
		case PARAGRAPH -> NLS.bind(messages.reader_paragraphShown, found.label());
		case MISSING_PARAGRAPH -> NLS.bind(messages.reader_paragraphMissing, found.label(), plainLanguageName(version));
		case FOOTNOTE -> NLS.bind(messages.reader_footnoteShown, found.label());
		case PASSAGE -> messages.reader_passageShown;
		case LINE -> messages.reader_lineShown;
		case NOTHING -> ""; //$NON-NLS-1$
		};
	}

	private void switchLanguage() {
		int index = language.getSelectionIndex();
		if (index < 0 || index >= versions.size() || versions.get(index) == version) {
			return;
		}
		// the paragraph's number carries over; an offset belongs to the other text and does not
		showVersion(versions.get(index), reveal.paragraph(), OpenRequest.NO_OFFSET);
	}

	private void showGone() {
		String key = part.getPersistedState().get(DocumentReaderIds.DOCUMENT_KEY);
		version = null;
		versions.clear();
		symbol.setText(key == null ? "" : key); //$NON-NLS-1$
		title.setText(""); //$NON-NLS-1$
		language.removeAll();
		language.setEnabled(false);
		part.getTransientData().remove(EditorInput.TRANSIENT_KEY);
		showText("", Reveal.NONE, NLS.bind(messages.reader_gone, key)); //$NON-NLS-1$
	}

	private void modelChanged(ModelChangeEvent event) {
		if (text != null && !text.isDisposed()) {
			text.getDisplay().asyncExec(this::refresh);
		}
	}

	// Shows the model as it is now; keeps the version, the revealed paragraph and, if the text did not
	// change, the scroll position.
	private void refresh() {
		if (text.isDisposed()) {
			return;
		}
		Document now = inModel(document) ? document
				: find(subscription.model(), part.getPersistedState().get(DocumentReaderIds.DOCUMENT_KEY));
		if (now == null) {
			if (document != null || !text.getText().isEmpty()) {
				document = null;
				showGone();
			}
			return;
		}
		boolean sameVersion = now == document && version != null && version.eContainer() == document;
		document = now;
		if (sameVersion && Objects.equals(version.getText() == null ? "" : version.getText(), shownText)) { //$NON-NLS-1$
			showHeader();
			return;
		}
		String keep = sameVersion ? version.getLanguage() : shownLanguage();
		LanguageVersion next = keep == null ? null : VersionChoice.inLanguage(document, keep);
		showVersion(next != null ? next : VersionChoice.of(document, locale.getLanguage()), reveal.paragraph(),
				OpenRequest.NO_OFFSET);
	}

	// the switch marks the original; sentences name the language only
	private String languageName(LanguageVersion shown) {
		String name = plainLanguageName(shown);
		return shown.isOriginal() ? NLS.bind(messages.reader_original, name) : name;
	}

	private String plainLanguageName(LanguageVersion shown) {
		String code = shown.getLanguage() == null ? "" : shown.getLanguage().toLowerCase(Locale.ROOT); //$NON-NLS-1$
		return switch (code) {
		case "en" -> messages.reader_languageEnglish; //$NON-NLS-1$
		case "zh" -> messages.reader_languageChinese; //$NON-NLS-1$
		default -> code;
		};
	}

	// A removed document has left the workspace's containment (and its resource).
	private static boolean inModel(Document shown) {
		return shown != null && shown.eContainer() != null && shown.eResource() != null;
	}

	private static Document find(ModelStore store, String key) {
		return store == null || key == null ? null
				: store.root().getDocuments().stream().filter(d -> key.equals(d.getKey())).findFirst().orElse(null);
	}

	private static <T extends Widget> T id(T widget, String id) {
		widget.setData(WidgetIds.KEY, id);
		return widget;
	}

	@Focus
	public void setFocus() {
		text.setFocus();
	}

	@PreDestroy
	public void dispose() {
		subscription.close();
	}
}
