package org.mandateworkbench.ingest.tests.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mandateworkbench.cli.CommandContext;
import org.mandateworkbench.cli.ExitCodes;
import org.mandateworkbench.cli.UsageException;
import org.mandateworkbench.ingest.cli.ImportSubcommand;
import org.mandateworkbench.ingest.tests.ImportFixtures;

class ImportSubcommandTest {

	@TempDir
	Path folder;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private int run(String... arguments) throws Exception {
		CommandContext context = new CommandContext(new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8), folder, Optional.empty());
		return new ImportSubcommand().run(List.of(arguments), context);
	}

	@Test
	void printsJsonForOneFile() throws Exception {
		Files.writeString(folder.resolve("note.txt"), ImportFixtures.CHINESE_NOTE);
		assertEquals(ExitCodes.OK, run("--dry-run", "--json", "note.txt"));
		String json = out.toString(StandardCharsets.UTF_8);
		assertTrue(json.startsWith("{"), json);
		assertTrue(json.contains("\"symbol\": \"CAC/COSP/WG.2/2019/2\""), json);
		assertEquals("", err.toString(StandardCharsets.UTF_8));
	}

	@Test
	void printsArrayForSeveralFilesAndSummaryWithoutJson() throws Exception {
		Files.writeString(folder.resolve("zh.txt"), ImportFixtures.CHINESE_NOTE);
		Files.writeString(folder.resolve("en.txt"), ImportFixtures.ENGLISH_NOTE);
		assertEquals(ExitCodes.OK, run("--dry-run", "--json", "zh.txt", "en.txt"));
		assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("[\n{"));
		out.reset();
		assertEquals(ExitCodes.OK, run("--dry-run", "en.txt"));
		assertTrue(out.toString(StandardCharsets.UTF_8).contains("CAC/COSP/EG.1/2019/4"));
	}

	@Test
	void namesEmptyBinaryAndUnsupportedFiles() throws Exception {
		Files.write(folder.resolve("empty.txt"), new byte[0]);
		Files.write(folder.resolve("binary.txt"), new byte[] { 0, 1, 2, 3, 0, 0, 7 });
		Files.writeString(folder.resolve("paper.pdf"), "%PDF");
		Files.writeString(folder.resolve("good.txt"), ImportFixtures.ENGLISH_NOTE);
		assertEquals(ExitCodes.USER_ERROR, run("--dry-run", "--json", "empty.txt", "binary.txt", "paper.pdf", "good.txt"));
		String messages = err.toString(StandardCharsets.UTF_8);
		assertTrue(messages.contains("empty.txt"), messages);
		assertTrue(messages.contains("binary.txt"), messages);
		assertTrue(messages.contains("paper.pdf"), messages);
		assertTrue(out.toString(StandardCharsets.UTF_8).contains("CAC/COSP/EG.1/2019/4"));
	}

	@Test
	void readsDocxAndPdfByExtensionAndRefusesOtherTypes() throws Exception {
		String[] lines = ImportFixtures.ENGLISH_NOTE.split("\n");
		try (XWPFDocument document = new XWPFDocument();
				OutputStream file = Files.newOutputStream(folder.resolve("note.docx"))) {
			for (String line : lines) {
				document.createParagraph().createRun().setText(line);
			}
			document.write(file);
		}
		try (PDDocument document = new PDDocument()) {
			PDPage page = new PDPage();
			document.addPage(page);
			try (PDPageContentStream content = new PDPageContentStream(document, page)) {
				content.beginText();
				content.setFont(new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN), 9);
				content.setLeading(11);
				content.newLineAtOffset(40, 760);
				for (String line : lines) {
					content.showText(line);
					content.newLine();
				}
				content.endText();
			}
			document.save(folder.resolve("note.pdf").toFile());
		}
		Files.writeString(folder.resolve("note.odt"), ImportFixtures.ENGLISH_NOTE);
		assertEquals(ExitCodes.USER_ERROR, run("--dry-run", "--json", "note.docx", "note.pdf", "note.odt"));
		String json = out.toString(StandardCharsets.UTF_8);
		assertEquals(2, json.split("\"symbol\": \"CAC/COSP/EG.1/2019/4\"", -1).length - 1, json);
		String messages = err.toString(StandardCharsets.UTF_8);
		assertTrue(messages.contains("note.odt") && !messages.contains("note.docx") && !messages.contains("note.pdf"),
				messages);
	}

	@Test
	void refusesToRunWithoutDryRunOrFiles() {
		assertThrows(UsageException.class, () -> run("note.txt"));
		assertThrows(UsageException.class, () -> run("--dry-run"));
		assertThrows(UsageException.class, () -> run("--dry-run", "--force", "note.txt"));
	}
	@Test
	void encodingOptionReadsTextFilesInTheNamedCharset() throws Exception {
		Charset gbk = Charset.forName("GBK");
		Files.write(folder.resolve("gbk.txt"), ImportFixtures.CHINESE_NOTE.getBytes(gbk));
		assertEquals(ExitCodes.OK, run("--dry-run", "--json", "--encoding", "GBK", "gbk.txt"));
		assertTrue(out.toString(StandardCharsets.UTF_8).contains("\"symbol\": \"CAC/COSP/WG.2/2019/2\""));
		out.reset();
		assertEquals(ExitCodes.USER_ERROR, run("--dry-run", "--json", "--encoding", "UTF-8", "gbk.txt"));
		String messages = err.toString(StandardCharsets.UTF_8);
		assertTrue(messages.contains("gbk.txt, line ") && messages.contains("UTF-8"), messages);
		assertEquals("[]", out.toString(StandardCharsets.UTF_8).strip());
		assertThrows(UsageException.class, () -> run("--dry-run", "--encoding", "no-such-charset", "gbk.txt"));
		assertThrows(UsageException.class, () -> run("--dry-run", "gbk.txt", "--encoding"));
	}

	@Test
	void mixedEncodingFileIsRefusedByLineAndOthersStillRead() throws Exception {
		byte[] gbk = "缔约国会议\n秘书处的说明\n".getBytes(Charset.forName("GBK"));
		byte[] utf8 = "阿根廷和丹麦作出了答复。\n".getBytes(StandardCharsets.UTF_8);
		byte[] mixed = new byte[gbk.length + utf8.length];
		System.arraycopy(gbk, 0, mixed, 0, gbk.length);
		System.arraycopy(utf8, 0, mixed, gbk.length, utf8.length);
		Files.write(folder.resolve("mixed.txt"), mixed);
		Files.writeString(folder.resolve("good.txt"), ImportFixtures.ENGLISH_NOTE);
		assertEquals(ExitCodes.USER_ERROR, run("--dry-run", "--json", "mixed.txt", "good.txt"));
		String messages = err.toString(StandardCharsets.UTF_8);
		assertTrue(messages.contains("mixed.txt, line 3:"), messages);
		String json = out.toString(StandardCharsets.UTF_8);
		assertEquals(1, json.split("\"source\":", -1).length - 1, json);
		assertTrue(json.contains("good.txt"), json);
	}

	@Test
	void maxSizeOptionSetsTheTextLimit() throws Exception {
		Path file = Files.writeString(folder.resolve("long.txt"), ImportFixtures.ENGLISH_NOTE.repeat(800));
		assertTrue(Files.size(file) > 1024 * 1024 && Files.size(file) < 2 * 1024 * 1024, "size " + Files.size(file));
		assertEquals(ExitCodes.USER_ERROR, run("--dry-run", "--max-size", "1", "long.txt"));
		String messages = err.toString(StandardCharsets.UTF_8);
		assertTrue(messages.contains("long.txt") && messages.contains("--max-size"), messages);
		assertEquals(ExitCodes.OK, run("--dry-run", "--max-size", "2", "long.txt"));
		assertThrows(UsageException.class, () -> run("--dry-run", "--max-size", "0", "long.txt"));
		assertThrows(UsageException.class, () -> run("--dry-run", "--max-size", "lots", "long.txt"));
	}
}
