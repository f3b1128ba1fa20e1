package org.mandateworkbench.ingest.decode;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFAbstractFootnoteEndnote;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.eclipse.osgi.util.NLS;
import org.mandateworkbench.ingest.internal.Messages;

/**
 * Reads the text of a Word DOCX file with Apache POI: body paragraphs and tables in document order
 * (one line per paragraph, table cells separated by tabs, one line per row), then the footnotes after
 * a blank line. Problems are returned, never thrown: empty or oversized files, files that are not zip
 * archives (including old binary .doc files), truncated or damaged archives, possible zip bombs and XML
 * with a document type declaration.
 * <p>
 * Zip bomb limits: POI's {@link ZipSecureFile} limits are process-wide; this class sets them when it is
 * first used. An archive entry may expand to at most {@link #MAX_ENTRY_SIZE} bytes, and an entry larger
 * than POI's grace size (100 KB) must not be compressed below {@link #MIN_INFLATE_RATIO} (compressed
 * size divided by expanded size, i.e. at most 100:1). Real documents stay far from both.
 * <p>
 * External entities: every XML part whose prolog declares a DOCTYPE is refused before POI parses anything,
 * naming the part; POI's own parsers refuse any DOCTYPE as well, so an entity is never resolved. An archive
 * without its end record (cut short) is refused even where POI could read the parts before the cut.
 * Instances are stateless and thread-safe.
 */
public final class DocxDecoder extends BinaryDocumentDecoder {

	/** Largest expanded size of one archive entry: 256 MB. */
	public static final long MAX_ENTRY_SIZE = 256L * 1024 * 1024;

	/** Smallest compressed/expanded ratio of a large entry: 0.01, i.e. at most 100:1. */
	public static final double MIN_INFLATE_RATIO = 0.01;

	private static final String DOCTYPE = "DOCTYPE"; //$NON-NLS-1$
	private static final String DOCTYPE_DECLARATION = "<!DOCTYPE"; //$NON-NLS-1$
	private static final int PROLOG_BYTES = 4096;
	private static final int END_RECORD_SIZE = 22;
	private static final int MAX_ZIP_COMMENT = 0xFFFF;
	private static final String ZIP_BOMB = "Zip bomb"; //$NON-NLS-1$

	static {
		ZipSecureFile.setMaxEntrySize(MAX_ENTRY_SIZE);
		ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
	}

	@Override
	DecodeResult decodeNonEmpty(String sourceName, byte[] bytes) {
		if (DecodedFiles.startsWith(bytes, 0xD0, 0xCF, 0x11, 0xE0)) {
			return DecodedFiles.refused(sourceName, NLS.bind(Messages.DocxDecoder_legacyDoc, sourceName));
		}
		if (!DecodedFiles.startsWith(bytes, 'P', 'K', 3, 4)) {
			return DecodedFiles.refused(sourceName, NLS.bind(Messages.DocxDecoder_notZip, sourceName));
		}
		// POI reads an archive cut after the parts it needs without complaint, losing the rest: refuse it.
		if (!hasEndOfCentralDirectory(bytes)) {
			return DecodedFiles.refused(sourceName, NLS.bind(Messages.DocxDecoder_truncated, sourceName));
		}
		// POI refuses a DOCTYPE only in the parts it parses, and ignores some broken parts: look at all of them.
		String doctypePart = partDeclaringDoctype(bytes);
		if (doctypePart != null) {
			return DecodedFiles.refused(sourceName, NLS.bind(Messages.DocxDecoder_doctype, sourceName, doctypePart));
		}
		String text;
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(bytes))) {
			text = text(document);
		} catch (Exception | LinkageError e) {
			return DecodedFiles.refused(sourceName, explain(sourceName, e));
		}
		if (text.isBlank()) {
			return DecodedFiles.refused(sourceName, NLS.bind(Messages.DocxDecoder_noText, sourceName));
		}
		return DecodedFiles.decoded(text, DecodeMethod.DOCX_TEXT);
	}

	private static String explain(String name, Throwable error) {
		if (DecodedFiles.causeMentions(error, ZIP_BOMB)) {
			return NLS.bind(Messages.DocxDecoder_zipBomb,
					new Object[] { name, MAX_ENTRY_SIZE, Math.round(1 / MIN_INFLATE_RATIO) });
		}
		if (DecodedFiles.causeMentions(error, DOCTYPE)) {
			return NLS.bind(Messages.DocxDecoder_doctype, name, "?"); //$NON-NLS-1$
		}
		return NLS.bind(Messages.DocxDecoder_damaged, name, DecodedFiles.rootMessage(error));
	}

	// The end-of-central-directory record (PK 5 6) sits in the last 22 bytes plus at most a 64 KB comment.
	private static boolean hasEndOfCentralDirectory(byte[] bytes) {
		int lowest = Math.max(0, bytes.length - END_RECORD_SIZE - MAX_ZIP_COMMENT);
		for (int i = bytes.length - END_RECORD_SIZE; i >= lowest; i--) {
			if (bytes[i] == 'P' && bytes[i + 1] == 'K' && bytes[i + 2] == 5 && bytes[i + 3] == 6) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The name of the first XML part whose prolog declares a DOCTYPE, or null. Only the first
	 * {@value #PROLOG_BYTES} bytes of each part are inflated, so a zip bomb costs nothing here; a DOCTYPE
	 * further in is still refused by POI's parsers. A damaged archive is left to POI to report.
	 */
	private static String partDeclaringDoctype(byte[] bytes) {
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
			for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				String name = entry.getName().toLowerCase(Locale.ROOT);
				if ((name.endsWith(".xml") || name.endsWith(".rels"))
						// UTF-16 XML has a NUL beside each ASCII character: drop them before looking.
						&& new String(zip.readNBytes(PROLOG_BYTES), StandardCharsets.ISO_8859_1).replace("\0", "") //$NON-NLS-1$ //$NON-NLS-2$
								.contains(DOCTYPE_DECLARATION)) {
					return entry.getName();
				}
			}
		} catch (IOException | IllegalArgumentException e) {
			return null;
		}
		return null;
	}

	private static String text(XWPFDocument document) {
		List<String> lines = new ArrayList<>();
		for (IBodyElement element : document.getBodyElements()) {
			if (element instanceof XWPFParagraph paragraph) {
				lines.add(paragraph.getText());
			} else if (element instanceof XWPFTable table) {
				addTable(table, lines);
			}
		}
		List<String> notes = new ArrayList<>();
		for (XWPFAbstractFootnoteEndnote note : document.getFootnotes()) {
			for (XWPFParagraph paragraph : note.getParagraphs()) {
				// Word's separator "footnotes" hold no text and are skipped.
				if (!paragraph.getText().isBlank()) {
					notes.add(paragraph.getText());
				}
			}
		}
		if (!notes.isEmpty()) {
			lines.add(""); //$NON-NLS-1$
			lines.addAll(notes);
		}
		return String.join("\n", lines); //$NON-NLS-1$
	}

	private static void addTable(XWPFTable table, List<String> lines) {
		for (XWPFTableRow row : table.getRows()) {
			List<String> cells = new ArrayList<>();
			for (XWPFTableCell cell : row.getTableCells()) {
				cells.add(cell.getText().strip());
			}
			lines.add(String.join("\t", cells)); //$NON-NLS-1$
		}
	}
}
