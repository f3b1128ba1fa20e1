package org.mandateworkbench.ingest.tests.decode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mandateworkbench.ingest.tests.decode.DecodeAssertions.assertRefused;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mandateworkbench.ingest.decode.DecodeMethod;
import org.mandateworkbench.ingest.decode.DecodeResult;
import org.mandateworkbench.ingest.decode.DocxDecoder;

class DocxDecoderTest {

	private static final String NAME = "fixture.docx";
	private static final String ZH = "缔约国应在下届会议前提交关于第五条执行情况的答复。";
	private static final String EN = "The working group asked the secretariat to collect replies before the next session.";

	@TempDir
	Path folder;

	private final DocxDecoder decoder = new DocxDecoder();

	@Test
	void readsParagraphsTablesAndFootnotesInOrder() throws IOException {
		Path file = folder.resolve(NAME);
		Files.write(file, sampleDocx());
		DecodeResult result = decoder.decode(file);
		assertEquals(DecodeMethod.DOCX_TEXT, result.method(), result.problems().toString());
		assertTrue(result.problems().isEmpty(), result.problems().toString());
		String text = result.text();
		int zh = text.indexOf(ZH);
		int en = text.indexOf(EN);
		int cell = text.indexOf("奥地利\t2019");
		int note = text.indexOf("脚注：答复以英文提交。");
		assertTrue(zh >= 0 && en > zh && cell > en && note > cell, text);
		assertTrue(text.contains("\n" + EN + "\n"), text);
	}

	@Test
	void refusesEmptyFile() {
		assertRefused(decoder.decode(NAME, new byte[0]), NAME, "empty");
	}

	@Test
	void refusesNonZipAndLegacyDoc() {
		assertRefused(decoder.decode(NAME, "plain words, not an archive".getBytes(StandardCharsets.UTF_8)), NAME, "zip");
		byte[] ole = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1 };
		assertRefused(decoder.decode(NAME, ole), NAME, ".doc");
	}

	@Test
	void refusesTruncatedArchive() throws IOException {
		byte[] whole = sampleDocx();
		DecodeResult result = decoder.decode(NAME, Arrays.copyOf(whole, whole.length / 2));
		assertRefused(result, NAME, "truncated");
	}

	@Test
	void refusesHighlyCompressibleEntryAsZipBomb() throws IOException {
		// 20 MB of one repeated character compresses about 1000:1, far beyond the 100:1 limit.
		byte[] bomb = replaceEntry(sampleDocx(), "word/document.xml",
				documentXml("<w:p><w:r><w:t>" + "a".repeat(20 * 1024 * 1024) + "</w:t></w:r></w:p>"));
		assertRefused(decoder.decode(NAME, bomb), NAME, "zip bomb");
	}

	@Test
	void refusesDoctypeWithExternalEntity() throws IOException {
		Path secret = Files.writeString(folder.resolve("secret.txt"), "must never be read");
		String xml = new String(documentXml("<w:p><w:r><w:t>&secret;</w:t></w:r></w:p>"), StandardCharsets.UTF_8);
		int afterDeclaration = xml.indexOf("?>") + 2;
		xml = xml.substring(0, afterDeclaration) + "<!DOCTYPE w:document [<!ENTITY secret SYSTEM \""
				+ secret.toUri() + "\">]>" + xml.substring(afterDeclaration);
		byte[] docx = replaceEntry(sampleDocx(), "word/document.xml", xml.getBytes(StandardCharsets.UTF_8));
		DecodeResult result = decoder.decode(NAME, docx);
		assertRefused(result, NAME, "DOCTYPE");
		assertFalse(result.problems().get(0).message().contains("must never be read"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "[Content_Types].xml", "_rels/.rels", "docProps/core.xml", "word/_rels/document.xml.rels",
			"word/footnotes.xml", "word/settings.xml" })
	void refusesExternalEntityInAnyPartWithoutResolvingIt(String part) throws IOException {
		Path secret = Files.writeString(folder.resolve("secret.txt"), "must never be read");
		byte[] docx = sampleDocx();
		String xml = new String(entry(docx, part), StandardCharsets.UTF_8);
		int rootStart = xml.indexOf('<', xml.startsWith("<?xml") ? xml.indexOf("?>") : 0);
		String root = xml.substring(rootStart + 1).split("[\\s>]", 2)[0];
		String withEntity = xml.substring(0, rootStart) + "<!DOCTYPE " + root + " [<!ENTITY secret SYSTEM \""
				+ secret.toUri() + "\">]>" + xml.substring(rootStart);
		DecodeResult result = decoder.decode(NAME, replaceEntry(docx, part, withEntity.getBytes(StandardCharsets.UTF_8)));
		assertRefused(result, NAME, "part " + part + " contains a document type declaration (DOCTYPE)");
		assertFalse(result.problems().get(0).message().contains("must never be read"));
	}

	@Test
	void refusesZipBombHiddenInMediaEntry() throws IOException {
		byte[] bomb = replaceEntry(sampleDocx(), "word/media/image1.png", new byte[30 * 1024 * 1024]);
		assertRefused(decoder.decode(NAME, bomb), NAME, "zip bomb");
	}

	@Test
	void refusesGarbageBehindZipSignatureAndArchiveWithoutDocument() throws IOException {
		byte[] garbage = new byte[4096];
		new Random(20180209L).nextBytes(garbage);
		garbage[0] = 'P';
		garbage[1] = 'K';
		garbage[2] = 3;
		garbage[3] = 4;
		assertRefused(decoder.decode(NAME, garbage), NAME, "truncated");
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			zip.putNextEntry(new ZipEntry("readme.txt"));
			zip.write("not a Word document".getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
		}
		assertRefused(decoder.decode(NAME, bytes.toByteArray()), NAME, NAME);
	}

	@Test
	void truncatedCopiesAreAllRefusedByName() throws IOException {
		byte[] whole = sampleDocx();
		for (int length = 1; length < whole.length; length += 97) {
			DecodeResult result = decoder.decode(NAME, Arrays.copyOf(whole, length));
			assertEquals(DecodeMethod.NOT_DECODED, result.method(), "length " + length);
			assertTrue(result.problems().get(0).message().startsWith(NAME + ":"), result.problems().toString());
		}
	}

	private static byte[] entry(byte[] docx, String entryName) throws IOException {
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx))) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				if (entry.getName().equals(entryName)) {
					return in.readAllBytes();
				}
			}
		}
		throw new IllegalArgumentException(entryName);
	}

	private static byte[] sampleDocx() throws IOException {
		try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			document.createParagraph().createRun().setText(ZH);
			document.createParagraph().createRun().setText(EN);
			XWPFTable table = document.createTable(1, 2);
			table.getRow(0).getCell(0).setText("奥地利");
			table.getRow(0).getCell(1).setText("2019");
			XWPFFootnote note = document.createFootnote();
			note.createParagraph().createRun().setText("脚注：答复以英文提交。");
			document.write(out);
			return out.toByteArray();
		}
	}

	private static byte[] documentXml(String body) {
		return ("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
				+ "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>" + body
				+ "</w:body></w:document>").getBytes(StandardCharsets.UTF_8);
	}

	/** The archive with {@code entryName} replaced by {@code content}, or added at the end if it is missing. */
	private static byte[] replaceEntry(byte[] docx, String entryName, byte[] content) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		boolean replaced = false;
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx));
				ZipOutputStream out = new ZipOutputStream(bytes)) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				boolean match = entry.getName().equals(entryName);
				replaced |= match;
				out.putNextEntry(new ZipEntry(entry.getName()));
				out.write(match ? content : in.readAllBytes());
				out.closeEntry();
			}
			if (!replaced) {
				out.putNextEntry(new ZipEntry(entryName));
				out.write(content);
				out.closeEntry();
			}
		}
		return bytes.toByteArray();
	}
}
