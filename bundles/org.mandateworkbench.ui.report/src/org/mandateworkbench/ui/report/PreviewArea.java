package org.mandateworkbench.ui.report;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.SWTError;
import org.eclipse.swt.browser.Browser;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.mandateworkbench.report.document.CoverBlock;
import org.mandateworkbench.report.document.DocumentBlock;
import org.mandateworkbench.report.document.Footnote;
import org.mandateworkbench.report.document.Heading;
import org.mandateworkbench.report.document.LetteredList;
import org.mandateworkbench.report.document.NumberedParagraph;
import org.mandateworkbench.report.document.ReportDocument;
import org.mandateworkbench.report.document.Table;
import org.mandateworkbench.report.format.LetteredItems;

/**
 * Shows a draft: its HTML in an SWT Browser where the platform has one (WebKitGTK on Linux), otherwise
 * the same document as styled text, headings in bold, so the preview works on machines without a
 * browser engine too; footnotes are numbered in brackets and listed at the end.
 */
final class PreviewArea {

	private final Browser browser;
	private final StyledText text;

	PreviewArea(Composite parent) {
		Browser created = null;
		try {
			created = new Browser(parent, SWT.BORDER);
		} catch (SWTError noBrowserEngine) {
			// No WebKitGTK here: fall back to the styled text below.
		}
		browser = created;
		text = browser == null ? new StyledText(parent, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL | SWT.READ_ONLY)
				: null;
		control().setData(ReportWidgetIds.KEY, ReportWidgetIds.PREVIEW);
	}

	Control control() {
		return browser != null ? browser : text;
	}

	/** @return whether the HTML is shown in a browser, not as styled text */
	boolean usesBrowser() {
		return browser != null;
	}

	void showMessage(String message) {
		if (browser != null) {
			browser.setText("<html><body><p>" + escape(message) + "</p></body></html>"); //$NON-NLS-1$ //$NON-NLS-2$
		} else {
			text.setText(message);
			text.setStyleRanges(new StyleRange[0]);
		}
	}

	void show(ReportDocument document, String html) {
		if (browser != null) {
			browser.setText(html);
			return;
		}
		StringBuilder content = new StringBuilder();
		List<StyleRange> bold = new ArrayList<>();
		CoverBlock cover = document.cover();
		String agendaItem = cover.agendaItem() + (cover.hasAgendaFootnote() ? CoverBlock.AGENDA_MARK : ""); //$NON-NLS-1$
		for (String line : List.of(cover.distribution(), cover.date(), cover.symbol(), cover.originalLanguage(),
				cover.bodyName(), cover.meetingLine(), agendaItem)) {
			if (!line.isEmpty()) {
				content.append(line).append('\n');
			}
		}
		content.append('\n');
		line(content, bold, cover.title(), true);
		line(content, bold, cover.subtitle(), true);
		if (cover.hasAgendaFootnote()) {
			line(content, bold, CoverBlock.AGENDA_MARK + ' ' + cover.agendaFootnote(), false);
		}
		List<Footnote> footnotes = new ArrayList<>();
		for (DocumentBlock block : document.blocks()) {
			switch (block) {
			case Heading heading -> line(content, bold, '\n' + heading.numeral() + ' ' + heading.text(), true);
			case NumberedParagraph paragraph -> {
				StringBuilder markers = new StringBuilder();
				for (Footnote footnote : paragraph.footnotes()) {
					footnotes.add(footnote);
					markers.append(" [").append(footnotes.size()).append(']'); //$NON-NLS-1$
				}
				line(content, bold, paragraph.number() + ".  " + paragraph.text() + markers, false); //$NON-NLS-1$
			}
			case LetteredList list -> {
				for (int i = 0; i < list.items().size(); i++) {
					line(content, bold, "      " + LetteredItems.label(i + 1) + ' ' + list.items().get(i), false); //$NON-NLS-1$
				}
			}
			case Table table -> {
				line(content, bold, String.join("  |  ", table.header()), true); //$NON-NLS-1$
				table.rows().forEach(row -> line(content, bold, String.join("  |  ", row), false)); //$NON-NLS-1$
			}
			}
		}
		if (!footnotes.isEmpty()) {
			content.append("\n____________\n"); //$NON-NLS-1$
			for (int i = 0; i < footnotes.size(); i++) {
				line(content, bold, "[" + (i + 1) + "] " + footnotes.get(i).text(), false); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}
		text.setText(content.toString());
		text.setStyleRanges(bold.toArray(StyleRange[]::new));
	}

	private static void line(StringBuilder content, List<StyleRange> bold, String line, boolean strong) {
		if (strong) {
			bold.add(new StyleRange(content.length(), line.length(), null, null, SWT.BOLD));
		}
		content.append(line).append('\n');
	}

	private static String escape(String message) {
		return message.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
	}
}
