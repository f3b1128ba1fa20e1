package org.mandateworkbench.ui.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

import org.mandateworkbench.model.Mandate;
import org.mandateworkbench.model.MandateWorkspace;
import org.mandateworkbench.model.Meeting;
import org.mandateworkbench.model.NoteVerbale;
import org.mandateworkbench.report.document.DocxRenderer;
import org.mandateworkbench.report.document.ReportDocument;
import org.mandateworkbench.report.format.DraftLanguage;
import org.mandateworkbench.report.noteverbale.NoteVerbaleDraftBuilder;
import org.mandateworkbench.report.noteverbale.ReminderDraftBuilder;
import org.mandateworkbench.report.progress.ProgressNoteBuilder;
import org.mandateworkbench.report.stats.StatisticsWorkbookBuilder;

/**
 * What the wizard's page asks for, checked, and how it becomes a draft. Holds no SWT, so the Job can
 * use it off the UI thread.
 *
 * @param kind       the draft to make
 * @param meeting    the meeting of a progress note; null for other kinds
 * @param mandates   the mandates of a progress note or note verbale
 * @param noteVerbale the note a reminder follows up; null for other kinds
 * @param date       the "as of" date of a progress note or workbook, else the date of the note
 * @param deadline   the reply date of a note verbale or reminder; null for other kinds
 * @param language   the draft language
 */
public record DraftRequest(DraftKind kind, Meeting meeting, List<Mandate> mandates, NoteVerbale noteVerbale,
		LocalDate date, LocalDate deadline, DraftLanguage language) {

	/** Copies the mandates. */
	public DraftRequest {
		mandates = List.copyOf(mandates);
	}

	/** @return the draft as a document; not for {@link DraftKind#STATISTICS} */
	public ReportDocument document(MandateWorkspace workspace) {
		return switch (kind) {
		case PROGRESS_NOTE -> new ProgressNoteBuilder(workspace, meeting, date, language).mandates(mandates).build();
		case NOTE_VERBALE -> new NoteVerbaleDraftBuilder(mandates, date, deadline, language).build();
		case REMINDER -> new ReminderDraftBuilder(noteVerbale, date, language).deadline(deadline).build();
		case STATISTICS -> throw new IllegalStateException("the statistics workbook is not a document"); //$NON-NLS-1$
		};
	}

	/** @return the content of the file to save: DOCX, or XLSX for the workbook */
	public byte[] file(MandateWorkspace workspace) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		if (kind == DraftKind.STATISTICS) {
			new StatisticsWorkbookBuilder(workspace, date, language).write(bytes);
		} else {
			new DocxRenderer().write(document(workspace), bytes);
		}
		return bytes.toByteArray();
	}
}
