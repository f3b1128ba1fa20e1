package org.mandateworkbench.ui.internal.table;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes a table as CSV (RFC 4180: comma separated, CRLF line ends, fields quoted when they hold a
 * comma, a quote or a line break). UTF-8 with a byte order mark, so that spreadsheet programs read
 * Chinese text correctly.
 */
public final class CsvTableWriter {

	private static final byte[] BYTE_ORDER_MARK = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

	private CsvTableWriter() {
	}

	/** The CSV text of the table, without the byte order mark. */
	public static String text(TableSnapshot table) {
		StringBuilder csv = new StringBuilder();
		line(csv, table.headers());
		for (List<String> row : table.rows()) {
			line(csv, row);
		}
		return csv.toString();
	}

	/** The bytes of the CSV file: byte order mark, then the UTF-8 text. */
	public static byte[] bytes(TableSnapshot table) {
		byte[] text = text(table).getBytes(StandardCharsets.UTF_8);
		byte[] file = new byte[BYTE_ORDER_MARK.length + text.length];
		System.arraycopy(BYTE_ORDER_MARK, 0, file, 0, BYTE_ORDER_MARK.length);
		System.arraycopy(text, 0, file, BYTE_ORDER_MARK.length, text.length);
		return file;
	}

	private static void line(StringBuilder csv, List<String> cells) {
		for (int i = 0; i < cells.size(); i++) {
			if (i > 0) {
				csv.append(',');
			}
			csv.append(field(cells.get(i)));
		}
		csv.append("\r\n"); //$NON-NLS-1$
	}

	static String field(String value) {
		String text = value == null ? "" : value; //$NON-NLS-1$
		boolean quote = text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0
				|| text.indexOf('\r') >= 0;
		return quote ? '"' + text.replace("\"", "\"\"") + '"' : text; //$NON-NLS-1$ //$NON-NLS-2$
	}
}
