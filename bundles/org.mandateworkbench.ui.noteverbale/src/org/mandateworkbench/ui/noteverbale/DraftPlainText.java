package org.mandateworkbench.ui.noteverbale;

import org.mandateworkbench.report.document.CoverBlock;
import org.mandateworkbench.report.document.DocumentBlock;
import org.mandateworkbench.report.document.Heading;
import org.mandateworkbench.report.document.LetteredList;
import org.mandateworkbench.report.document.NumberedParagraph;
import org.mandateworkbench.report.document.ReportDocument;
import org.mandateworkbench.report.document.Table;
import org.mandateworkbench.report.format.LetteredItems;

/** A draft as plain text for a read-only preview; the DOCX written on save is the real output. */
final class DraftPlainText {

	private DraftPlainText() {
	}

	static String of(ReportDocument document) {
		StringBuilder text = new StringBuilder();
		CoverBlock cover = document.cover();
		line(text, cover.date());
		line(text, cover.symbol());
		line(text, cover.title());
		line(text, cover.subtitle());
		text.append('\n');
		for (DocumentBlock block : document.blocks()) {
			switch (block) {
			case Heading heading -> line(text, (heading.numeral() + ' ' + heading.text()).trim());
			case NumberedParagraph paragraph -> line(text, paragraph.number() + ". " + paragraph.text()); //$NON-NLS-1$
			case LetteredList list -> {
				for (int i = 0; i < list.items().size(); i++) {
					line(text, "    " + LetteredItems.label(i + 1) + ' ' + list.items().get(i)); //$NON-NLS-1$
				}
			}
			case Table table -> {
				line(text, String.join("\t", table.header())); //$NON-NLS-1$
				table.rows().forEach(row -> line(text, String.join("\t", row))); //$NON-NLS-1$
			}
			}
		}
		return text.toString();
	}

	private static void line(StringBuilder text, String line) {
		if (!line.isEmpty()) {
			text.append(line).append('\n');
		}
	}
}
