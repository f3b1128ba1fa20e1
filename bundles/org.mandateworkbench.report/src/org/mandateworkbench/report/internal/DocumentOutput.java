package org.mandateworkbench.report.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

import org.eclipse.osgi.util.NLS;
import org.mandateworkbench.cli.UsageException;
import org.mandateworkbench.report.document.DocxRenderer;
import org.mandateworkbench.report.document.HtmlRenderer;
import org.mandateworkbench.report.document.ReportDocument;
import org.mandateworkbench.store.AtomicFileWriter;

/**
 * Writes a drafted document to the file the user named, as DOCX or HTML by the file's extension, in
 * one atomic step so a failed run never leaves half a file.
 */
public final class DocumentOutput {

    private DocumentOutput() {
    }

    /** Checks the extension before any work is done, so a typo is reported at once. */
    public static void checkExtension(Path target) throws UsageException {
        String name = lowerName(target);
        if (!name.endsWith(".docx") && !name.endsWith(".html")) { //$NON-NLS-1$ //$NON-NLS-2$
            throw new UsageException(NLS.bind(Messages.ReportOutput_badExtension, target.getFileName(), ".docx, .html")); //$NON-NLS-1$
        }
    }

    /** Checks that the target names a workbook, before any work is done. */
    public static void checkWorkbookExtension(Path target) throws UsageException {
        if (!lowerName(target).endsWith(".xlsx")) { //$NON-NLS-1$
            throw new UsageException(NLS.bind(Messages.ReportOutput_badExtension, target.getFileName(), ".xlsx")); //$NON-NLS-1$
        }
    }

    /** Renders the document by the target's extension and writes it atomically. */
    public static void write(ReportDocument document, Path target) throws UsageException {
        checkExtension(target);
        try {
            if (lowerName(target).endsWith(".docx")) { //$NON-NLS-1$
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                new DocxRenderer().write(document, bytes);
                AtomicFileWriter.write(target, bytes.toByteArray());
            } else {
                AtomicFileWriter.writeString(target, new HtmlRenderer().render(document));
            }
        } catch (IOException e) {
            throw unwritable(target, e);
        }
    }

    /** @return the user-facing error for a file that could not be written */
    public static UsageException unwritable(Path target, IOException cause) {
        return new UsageException(NLS.bind(Messages.ReportOutput_unwritable, target, cause.getMessage()), cause);
    }

    /** @return the file name in lower case, for comparing extensions */
    public static String lowerName(Path target) {
        return target.getFileName().toString().toLowerCase(Locale.ROOT);
    }
}
