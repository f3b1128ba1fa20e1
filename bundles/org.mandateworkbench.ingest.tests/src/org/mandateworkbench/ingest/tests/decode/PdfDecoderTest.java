package org.mandateworkbench.ingest.tests.decode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mandateworkbench.ingest.tests.decode.DecodeAssertions.assertRefused;
import static org.mandateworkbench.ingest.tests.decode.DecodeAssertions.concat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mandateworkbench.ingest.decode.DecodeMethod;
import org.mandateworkbench.ingest.decode.DecodeResult;
import org.mandateworkbench.ingest.decode.PdfDecoder;

class PdfDecoderTest {

	private static final String NAME = "fixture.pdf";
	private static final String FIRST = "States parties were invited to report on article 5 by 30 June.";
	private static final String SECOND = "The secretariat received eleven replies before the deadline.";

	@TempDir
	Path folder;

	private final PdfDecoder decoder = new PdfDecoder();

	@Test
	void readsPagesJoinedWithFormFeeds() throws IOException {
		Path file = folder.resolve(NAME);
		Files.write(file, save(textPdf(FIRST, SECOND)));
		DecodeResult result = decoder.decode(file);
		assertEquals(DecodeMethod.PDF_TEXT_LAYER, result.method(), result.problems().toString());
		assertTrue(result.problems().isEmpty(), result.problems().toString());
		String[] pages = result.text().split("\f", -1);
		assertEquals(2, pages.length, result.text());
		assertEquals(FIRST, pages[0].strip());
		assertEquals(SECOND, pages[1].strip());
	}

	@Test
	void refusesPasswordProtectedPdf() throws IOException {
		PDDocument document = textPdf(FIRST);
		StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", "user-secret",
				new AccessPermission());
		policy.setEncryptionKeyLength(128);
		document.protect(policy);
		assertRefused(decoder.decode(NAME, save(document)), NAME, "encrypted");
	}

	@Test
	void refusesPdfWhosePermissionsForbidExtraction() throws IOException {
		PDDocument document = textPdf(FIRST);
		AccessPermission permission = new AccessPermission();
		permission.setCanExtractContent(false);
		document.protect(new StandardProtectionPolicy("owner-secret", "", permission));
		assertRefused(decoder.decode(NAME, save(document)), NAME, "encrypted");
	}

	@Test
	void refusesPdfWithoutTextLayerAsScan() throws IOException {
		PDDocument document = new PDDocument();
		PDPage page = new PDPage();
		document.addPage(page);
		try (PDPageContentStream content = new PDPageContentStream(document, page)) {
			// A filled rectangle stands in for a scanned image: marks on the page, but no text.
			content.addRect(50, 50, 400, 600);
			content.fill();
		}
		document.addPage(new PDPage());
		assertRefused(decoder.decode(NAME, save(document)), NAME, "no text layer");
	}

	@Test
	void refusesTruncatedPdf() throws IOException {
		byte[] whole = save(textPdf(FIRST, SECOND));
		assertRefused(decoder.decode(NAME, Arrays.copyOf(whole, whole.length / 2)), NAME, "truncated");
	}

	@Test
	void refusesGarbageAndEmptyFiles() {
		assertRefused(decoder.decode(NAME, "no header here".getBytes(StandardCharsets.US_ASCII)), NAME, "not a PDF");
		assertRefused(decoder.decode(NAME, "%PDF-1.7\n1 0 obj garbage\n%%EOF\n".getBytes(StandardCharsets.US_ASCII)),
				NAME, "damaged");
		assertRefused(decoder.decode(NAME, new byte[0]), NAME, "empty");
	}

	@Test
	void readsPdfEncryptedOnlyAgainstChanges() throws IOException {
		// An owner password without a user password opens for everyone: the text is readable and is imported.
		PDDocument document = textPdf(FIRST);
		document.protect(new StandardProtectionPolicy("owner-secret", "", new AccessPermission()));
		DecodeResult result = decoder.decode(NAME, save(document));
		assertEquals(DecodeMethod.PDF_TEXT_LAYER, result.method(), result.problems().toString());
		assertEquals(FIRST, result.text().strip());
	}

	@Test
	void scanMessageSaysOcrIsOutOfScope() throws IOException {
		PDDocument document = new PDDocument();
		document.addPage(new PDPage());
		DecodeResult result = decoder.decode(NAME, save(document));
		assertRefused(result, NAME, "no text layer");
		assertTrue(result.problems().get(0).message().contains("OCR"), result.problems().toString());
		assertTrue(result.problems().get(0).message().contains("out of scope"), result.problems().toString());
	}

	@Test
	void refusesRandomBytesBetweenHeaderAndEndMarker() {
		Random random = new Random(20171106L);
		for (int round = 0; round < 20; round++) {
			byte[] body = new byte[256 + random.nextInt(4096)];
			random.nextBytes(body);
			byte[] pdf = concat("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), body,
					"\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
			assertRefused(decoder.decode(NAME, pdf), NAME, NAME);
		}
	}

	@Test
	void truncatedCopiesAreAllRefusedByName() throws IOException {
		byte[] whole = save(textPdf(FIRST, SECOND));
		for (int length = 1; length < whole.length - 8; length += 53) {
			assertRefused(decoder.decode(NAME, Arrays.copyOf(whole, length)), NAME, NAME);
		}
	}

	private static PDDocument textPdf(String... pageTexts) throws IOException {
		PDDocument document = new PDDocument();
		PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
		for (String text : pageTexts) {
			PDPage page = new PDPage();
			document.addPage(page);
			try (PDPageContentStream content = new PDPageContentStream(document, page)) {
				content.beginText();
				content.setFont(font, 11);
				content.newLineAtOffset(72, 700);
				content.showText(text);
				content.endText();
			}
		}
		return document;
	}

	private static byte[] save(PDDocument document) throws IOException {
		try (document; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			document.save(out);
			return out.toByteArray();
		}
	}
}
