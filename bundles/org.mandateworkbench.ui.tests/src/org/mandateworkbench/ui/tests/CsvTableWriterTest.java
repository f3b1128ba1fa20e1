package org.mandateworkbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.mandateworkbench.ui.internal.table.CsvTableReader;
import org.mandateworkbench.ui.internal.table.CsvTableWriter;
import org.mandateworkbench.ui.internal.table.TableSnapshot;

class CsvTableWriterTest {

	@Test
	void writesHeaderAndRowsWithCrlf() {
		TableSnapshot table = new TableSnapshot(List.of("Body", "Paragraph"),
				List.of(List.of("CAC/COSP/EG.1", "47 (f)"), List.of("CTOC/COP/WG.3", "2 (a)")));
		assertEquals("Body,Paragraph\r\nCAC/COSP/EG.1,47 (f)\r\nCTOC/COP/WG.3,2 (a)\r\n", CsvTableWriter.text(table));
	}

	@Test
	void quotesCommasQuotesAndLineBreaks() {
		TableSnapshot table = new TableSnapshot(List.of("Addressee", "Text"),
				List.of(List.of("Secretariat, CTOC/COP", "He said \"now\"\nthen")));
		assertEquals("Addressee,Text\r\n\"Secretariat, CTOC/COP\",\"He said \"\"now\"\"\nthen\"\r\n",
				CsvTableWriter.text(table));
	}

	@Test
	void emptyTableIsTheHeaderLine() {
		assertEquals("A\r\n", CsvTableWriter.text(new TableSnapshot(List.of("A"), List.of())));
	}

	@Test
	void bytesStartWithAByteOrderMarkThenUtf8() {
		byte[] bytes = CsvTableWriter.bytes(new TableSnapshot(List.of("\u673a\u6784"), List.of(List.of("\u79d8\u4e66\u5904"))));
		assertArrayEquals(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF }, Arrays.copyOf(bytes, 3));
		assertEquals("\u673a\u6784\r\n\u79d8\u4e66\u5904\r\n", new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8));
	}

	@Test
	void rowsMustHaveOneCellPerHeader() {
		IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
				() -> new TableSnapshot(List.of("A", "B"), List.of(List.of("only one"))));
		assertEquals("row has 1 cells for 2 columns: [only one]", error.getMessage());
	}

	@Test
	void readerAcceptsLfEndsAndRejectsUnclosedQuotesAndTrailingText() {
		assertEquals(List.of(List.of("a", "b,c"), List.of("")), CsvTableReader.parse("a,\"b,c\"\n\r\n"));
		assertEquals("a quoted field is not closed at the end of the text",
				assertThrows(IllegalArgumentException.class, () -> CsvTableReader.parse("\"a\r\n")).getMessage());
		assertEquals("text after the last record end: b",
				assertThrows(IllegalArgumentException.class, () -> CsvTableReader.parse("a\r\nb")).getMessage());
	}

	@Test
	void seededRandomTablesSurviveARoundTrip() {
		Random random = new Random(20260126L);
		String alphabet = "ab,\"\n\r \u79d8\u4e66";
		for (int round = 0; round < 200; round++) {
			int columns = 1 + random.nextInt(4);
			List<String> headers = new ArrayList<>();
			for (int c = 0; c < columns; c++) {
				headers.add("h" + c);
			}
			List<List<String>> rows = new ArrayList<>();
			for (int r = random.nextInt(5); r > 0; r--) {
				List<String> row = new ArrayList<>();
				for (int c = 0; c < columns; c++) {
					StringBuilder cell = new StringBuilder();
					for (int i = random.nextInt(6); i > 0; i--) {
						cell.append(alphabet.charAt(random.nextInt(alphabet.length())));
					}
					row.add(cell.toString());
				}
				rows.add(row);
			}
			TableSnapshot table = new TableSnapshot(headers, rows);
			List<List<String>> expected = new ArrayList<>();
			expected.add(headers);
			expected.addAll(rows);
			assertEquals(expected, CsvTableReader.parse(CsvTableWriter.text(table)), "round " + round);
		}
	}
}
