package org.mandateworkbench.ingest.tests.decode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Random;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.mandateworkbench.ingest.decode.DecodeMethod;
import org.mandateworkbench.ingest.decode.DecodeProblem;
import org.mandateworkbench.ingest.decode.DecodeResult;
import org.mandateworkbench.ingest.decode.DocxDecoder;
import org.mandateworkbench.ingest.decode.PdfDecoder;

/** Damaged copies of valid files never make a decoder throw, and every refusal names the file. */
class DocumentDecodersRandomTest {

	private static final long SEED = 20191106L;
	private static final int ROUNDS = 40;

	@Test
	void damagedDocxFilesAreDecodedOrRefusedByName() throws IOException {
		byte[] valid;
		try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			document.createParagraph().createRun().setText("Replies were received from twelve States.");
			document.write(out);
			valid = out.toByteArray();
		}
		DocxDecoder decoder = new DocxDecoder();
		checkDamagedCopies(valid, "random.docx", decoder::decode);
	}

	@Test
	void damagedPdfFilesAreDecodedOrRefusedByName() throws IOException {
		byte[] valid;
		try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PDPage page = new PDPage();
			document.addPage(page);
			try (PDPageContentStream content = new PDPageContentStream(document, page)) {
				content.beginText();
				content.setFont(new PDType1Font(Standard14Fonts.FontName.COURIER), 10);
				content.newLineAtOffset(60, 700);
				content.showText("The expert meeting adopted its report.");
				content.endText();
			}
			document.save(out);
			valid = out.toByteArray();
		}
		PdfDecoder decoder = new PdfDecoder();
		checkDamagedCopies(valid, "random.pdf", decoder::decode);
	}

	private interface BytesDecoder {
		DecodeResult decode(String name, byte[] bytes);
	}

	private static void checkDamagedCopies(byte[] valid, String name, BytesDecoder decoder) {
		Random random = new Random(SEED);
		for (int round = 0; round < ROUNDS; round++) {
			byte[] damaged = valid.clone();
			int flips = 1 + random.nextInt(20);
			for (int i = 0; i < flips; i++) {
				damaged[random.nextInt(damaged.length)] = (byte) random.nextInt(256);
			}
			DecodeResult result = decoder.decode(name, damaged);
			String context = "seed " + SEED + ", round " + round + ": " + result.problems();
			if (result.method() == DecodeMethod.NOT_DECODED) {
				assertTrue(result.hasErrors(), context);
				assertEquals("", result.text(), context);
			} else {
				assertFalse(result.text().isBlank(), context);
			}
			for (DecodeProblem problem : result.problems()) {
				assertEquals(name, problem.file(), context);
				assertTrue(problem.message().startsWith(name + ":"), context);
			}
		}
	}
}
