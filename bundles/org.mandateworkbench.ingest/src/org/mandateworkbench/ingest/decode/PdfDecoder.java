package org.mandateworkbench.ingest.decode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.eclipse.osgi.util.NLS;
import org.mandateworkbench.ingest.internal.Messages;

/**
 * Reads the text layer of a PDF with PDFBox, page by page in reading position order, pages joined with
 * form feeds so that {@link org.mandateworkbench.ingest.clean.TextCleaner} can drop running headers
 * and page numbers. Problems are returned, never thrown: empty or oversized files, files without a PDF
 * header, files cut before their end-of-file marker, damaged files, encrypted files (those needing a
 * password, and those whose permissions forbid text extraction) and PDFs whose pages carry no text at
 * all, which are usually scans (OCR is not done). Instances are stateless and thread-safe.
 */
public final class PdfDecoder extends BinaryDocumentDecoder {

	// The PDF specification lets the header and the end marker sit within 1024 bytes of the file's ends.
	private static final int MARKER_WINDOW = 1024;
	private static final String HEADER = "%PDF-"; //$NON-NLS-1$
	private static final String END_OF_FILE = "%%EOF"; //$NON-NLS-1$
	private static final String PAGE_BREAK = "\f"; //$NON-NLS-1$

	@Override
	DecodeResult decodeNonEmpty(String sourceName, byte[] bytes) {
		if (!window(bytes, 0).contains(HEADER)) {
			return DecodedFiles.refused(sourceName, NLS.bind(Messages.PdfDecoder_notPdf, sourceName));
		}
		// PDFBox repairs files that were cut short and may silently lose pages; a missing end marker is refused.
		if (!window(bytes, Math.max(0, bytes.length - MARKER_WINDOW)).contains(END_OF_FILE)) {
			return DecodedFiles.refused(sourceName, NLS.bind(Messages.PdfDecoder_truncated, sourceName));
		}
		List<String> pages;
		try (PDDocument document = Loader.loadPDF(bytes)) {
			if (document.isEncrypted() && !document.getCurrentAccessPermission().canExtractContent()) {
				return DecodedFiles.refused(sourceName, NLS.bind(Messages.PdfDecoder_extractionForbidden, sourceName));
			}
			if (document.getNumberOfPages() == 0) {
				return DecodedFiles.refused(sourceName, NLS.bind(Messages.PdfDecoder_noPages, sourceName));
			}
			pages = pageTexts(document);
		} catch (InvalidPasswordException e) {
			return DecodedFiles.refused(sourceName, NLS.bind(Messages.PdfDecoder_encrypted, sourceName));
		} catch (IOException | RuntimeException e) {
			return DecodedFiles.refused(sourceName,
					NLS.bind(Messages.PdfDecoder_damaged, sourceName, DecodedFiles.rootMessage(e)));
		}
		if (pages.stream().allMatch(String::isBlank)) {
			return DecodedFiles.refused(sourceName, NLS.bind(Messages.PdfDecoder_noTextLayer, sourceName));
		}
		return DecodedFiles.decoded(String.join(PAGE_BREAK, pages), DecodeMethod.PDF_TEXT_LAYER);
	}

	private static List<String> pageTexts(PDDocument document) throws IOException {
		PDFTextStripper stripper = new PDFTextStripper();
		stripper.setSortByPosition(true);
		List<String> pages = new ArrayList<>();
		for (int page = 1; page <= document.getNumberOfPages(); page++) {
			stripper.setStartPage(page);
			stripper.setEndPage(page);
			pages.add(stripper.getText(document).replace(PAGE_BREAK, "")); //$NON-NLS-1$
		}
		return pages;
	}

	private static String window(byte[] bytes, int from) {
		return new String(bytes, from, Math.min(MARKER_WINDOW, bytes.length - from), StandardCharsets.ISO_8859_1);
	}
}
