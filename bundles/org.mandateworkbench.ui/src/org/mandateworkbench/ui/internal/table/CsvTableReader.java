package org.mandateworkbench.ui.internal.table;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads CSV text as {@link CsvTableWriter} writes it (RFC 4180) back into records, so that exports
 * can be checked field by field. Records end with CRLF or LF outside quotes.
 */
public final class CsvTableReader {

	private CsvTableReader() {
	}

	/**
	 * @throws IllegalArgumentException when a quoted field is not closed or text follows the last
	 *                                  record end
	 */
	public static List<List<String>> parse(String csv) {
		List<List<String>> records = new ArrayList<>();
		List<String> record = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < csv.length(); i++) {
			char c = csv.charAt(i);
			if (quoted) {
				if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
					field.append('"');
					i++;
				} else if (c == '"') {
					quoted = false;
				} else {
					field.append(c);
				}
			} else if (c == '"') {
				quoted = true;
			} else if (c == ',') {
				record.add(field.toString());
				field.setLength(0);
			} else if (c == '\n' || c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
				record.add(field.toString());
				field.setLength(0);
				records.add(record);
				record = new ArrayList<>();
				i += c == '\r' ? 1 : 0;
			} else {
				field.append(c);
			}
		}
		if (quoted) {
			throw new IllegalArgumentException("a quoted field is not closed at the end of the text"); //$NON-NLS-1$
		}
		if (field.length() > 0 || !record.isEmpty()) {
			throw new IllegalArgumentException("text after the last record end: " + field); //$NON-NLS-1$
		}
		return records;
	}
}
