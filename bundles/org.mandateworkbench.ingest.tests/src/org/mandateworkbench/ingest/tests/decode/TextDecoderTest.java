package org.mandateworkbench.ingest.tests.decode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mandateworkbench.ingest.tests.decode.DecodeAssertions.concat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mandateworkbench.ingest.decode.DecodeMethod;
import org.mandateworkbench.ingest.decode.DecodeProblem;
import org.mandateworkbench.ingest.decode.DecodeProblem.Severity;
import org.mandateworkbench.ingest.decode.DecodeResult;
import org.mandateworkbench.ingest.decode.TextDecoder;

class TextDecoderTest {

	private static final String ZH = "秘书处于 2018 年 2 月 9 日向所有缔约国发出普通照会，请各国说明为落实决定所采取的措施。\n"
			+ "截至 5 月 31 日，已有三个国家作出答复，秘书处将把答复汇编成进展说明。\n";
	private static final String EN = "On 9 February 2018 the secretariat sent a note verbale to all States parties.\n"
			+ "By the end of May, three States had replied; a progress note will summarize the replies.\n";
	private static final String FR = "Le secrétariat a envoyé une note verbale à tous les États parties ; "
			+ "la réponse du Danemark est arrivée en février, avec des données détaillées.\n";
	private static final Charset GBK = Charset.forName("GBK");

	private final TextDecoder decoder = new TextDecoder();

	@TempDir
	Path folder;

	@Test
	void acceptsStrictUtf8WithFullConfidence() {
		DecodeResult result = decoder.decode("note.txt", (EN + ZH).getBytes(StandardCharsets.UTF_8));
		assertEquals(EN + ZH, result.text());
		assertEquals(StandardCharsets.UTF_8, result.charset());
		assertEquals(DecodeMethod.STRICT_UTF8, result.method());
		assertEquals(100, result.confidence());
		assertEquals(List.of(), result.problems());
	}

	@Test
	void stripsUtf8ByteOrderMark() {
		DecodeResult result = decoder.decode("note.txt", concat(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF },
				ZH.getBytes(StandardCharsets.UTF_8)));
		assertEquals(ZH, result.text());
		assertEquals(DecodeMethod.BYTE_ORDER_MARK, result.method());
	}

	@ParameterizedTest
	@ValueSource(strings = { "UTF-16LE", "UTF-16BE" })
	void decodesUtf16WithByteOrderMark(String charsetName) {
		Charset charset = Charset.forName(charsetName);
		DecodeResult result = decoder.decode("note.txt", ("\uFEFF" + ZH + EN).getBytes(charset));
		assertEquals(ZH + EN, result.text());
		assertEquals(charset, result.charset());
		assertEquals(DecodeMethod.BYTE_ORDER_MARK, result.method());
	}

	@ParameterizedTest
	@ValueSource(strings = { "UTF-16LE", "UTF-16BE" })
	void recognisesUtf16WithoutByteOrderMarkForChineseAndEnglish(String charsetName) {
		Charset charset = Charset.forName(charsetName);
		for (String text : List.of(ZH, EN, EN + ZH)) {
			DecodeResult result = decoder.decode("note.txt", text.getBytes(charset));
			assertEquals(text, result.text(), charsetName);
			assertEquals(charset, result.charset());
			assertEquals(DecodeMethod.UTF16_PATTERN, result.method());
			assertFalse(result.hasErrors(), result.problems().toString());
		}
	}

	@Test
	void detectsGbkChineseAsGb18030() {
		DecodeResult result = decoder.decode("reply.txt", (ZH + EN).getBytes(GBK));
		assertEquals(ZH + EN, result.text());
		assertEquals("GB18030", result.charset().name());
		assertEquals(DecodeMethod.DETECTED, result.method());
		assertTrue(result.confidence() >= TextDecoder.LOW_CONFIDENCE, "confidence " + result.confidence());
		assertEquals(List.of(), result.problems());
	}

	@Test
	void detectsWesternEuropeanSingleByteText() {
		DecodeResult result = decoder.decode("reply.txt", FR.getBytes(Charset.forName("windows-1252")));
		assertEquals(FR, result.text());
		assertTrue(List.of("ISO-8859-1", "windows-1252").contains(result.charset().name()), result.charset().name());
		assertEquals(DecodeMethod.DETECTED, result.method());
	}

	@Test
	void callerOverrideWinsOverDetection() {
		byte[] utf8 = "é".getBytes(StandardCharsets.UTF_8);
		DecodeResult result = decoder.decode("note.txt", utf8, StandardCharsets.ISO_8859_1);
		assertEquals("\u00C3\u00A9", result.text());
		assertEquals(DecodeMethod.CALLER_OVERRIDE, result.method());
		assertEquals(100, result.confidence());
	}

	@Test
	void reportsBytesInvalidForOverrideWithLine() {
		byte[] bytes = concat(EN.getBytes(StandardCharsets.US_ASCII), "缔约国".getBytes(GBK));
		DecodeResult result = decoder.decode("note.txt", bytes, StandardCharsets.UTF_8);
		assertTrue(result.hasErrors());
		DecodeProblem problem = result.problems().get(0);
		assertEquals(3, problem.line());
		assertEquals(1, problem.column());
		assertTrue(problem.message().contains("note.txt"), problem.message());
	}

	@Test
	void reportsEmptyFile() {
		DecodeResult result = decoder.decode("empty.txt", new byte[0]);
		assertEquals("", result.text());
		assertEquals(DecodeMethod.NOT_DECODED, result.method());
		assertEquals(1, result.problems().size());
		assertEquals(Severity.ERROR, result.problems().get(0).severity());
		assertTrue(result.problems().get(0).message().contains("empty.txt"));
	}

	/** Fuzzing regression: a file of nothing but a byte order mark was decoded as empty text with no problem. */
	@ParameterizedTest
	@ValueSource(strings = { "EFBBBF", "FFFE", "FEFF" })
	void refusesFileHoldingOnlyByteOrderMark(String hex) {
		DecodeResult result = decoder.decode("bom.txt", HexFormat.of().parseHex(hex));
		assertEquals(DecodeMethod.NOT_DECODED, result.method());
		assertTrue(result.hasErrors());
		assertEquals("bom.txt: the file holds only a byte order mark and no text.", result.problems().get(0).message());
	}

	@Test
	void reportsNulByteAsBinaryWithPosition() {
		byte[] bytes = "line one\nab\0cd\n".getBytes(StandardCharsets.US_ASCII);
		DecodeResult result = decoder.decode("image.bin", bytes);
		assertEquals(DecodeMethod.NOT_DECODED, result.method());
		assertEquals("", result.text());
		DecodeProblem problem = result.problems().get(0);
		assertEquals(Severity.ERROR, problem.severity());
		assertEquals(2, problem.line());
		assertEquals(3, problem.column());
		assertTrue(problem.message().contains("U+0000"), problem.message());
	}

	@Test
	void reportsManyControlCharactersAsBinary() {
		byte[] bytes = { 'a', 1, 2, 3, 'b', 4, 5, 6, 7, 'c', '\n' };
		DecodeResult result = decoder.decode("data.bin", bytes);
		assertEquals(DecodeMethod.NOT_DECODED, result.method());
		assertEquals(1, result.problems().get(0).line());
		assertEquals(2, result.problems().get(0).column());
	}

	@Test
	void warnsAboutIsolatedControlCharacter() {
		String text = EN + EN + "stray \u0007 bell\n" + EN + EN;
		DecodeResult result = decoder.decode("note.txt", text.getBytes(StandardCharsets.UTF_8));
		assertEquals(text, result.text());
		assertFalse(result.hasErrors());
		DecodeProblem warning = result.problems().get(0);
		assertEquals(Severity.WARNING, warning.severity());
		assertEquals(5, warning.line());
		assertEquals(7, warning.column());
	}

	@Test
	void reportsMixedEncodingAtLineOfFirstGbkSequence() {
		byte[] bytes = concat((EN + ZH).getBytes(StandardCharsets.UTF_8), "答复已收到。\n".getBytes(GBK));
		DecodeResult result = decoder.decode("mixed.txt", bytes);
		assertEquals(DecodeMethod.UTF8_WITH_FOREIGN_BYTES, result.method());
		assertTrue(result.text().startsWith(EN + ZH), result.text());
		assertTrue(result.hasErrors());
		DecodeProblem problem = result.problems().get(0);
		assertEquals(5, problem.line());
		assertEquals(1, problem.column());
		assertTrue(problem.message().contains("mixed.txt"), problem.message());
	}

	@Test
	void reportsMixedEncodingInsideLine() {
		byte[] bytes = concat(ZH.getBytes(StandardCharsets.UTF_8), "Reply: ".getBytes(StandardCharsets.US_ASCII),
				"丹麦".getBytes(GBK));
		DecodeProblem problem = decoder.decode("mixed.txt", bytes).problems().get(0);
		assertEquals(3, problem.line());
		assertEquals(8, problem.column());
	}

	@Test
	void decodesFileFromDisk() throws IOException {
		Path file = folder.resolve("reply-zh.txt");
		Files.write(file, ZH.getBytes(GBK));
		DecodeResult result = decoder.decode(file);
		assertEquals(ZH, result.text());
		assertEquals(DecodeMethod.DETECTED, result.method());
		DecodeResult forced = decoder.decode(file, GBK);
		assertEquals(ZH, forced.text());
		assertEquals(DecodeMethod.CALLER_OVERRIDE, forced.method());
	}

	@Test
	void refusesFileOverSizeLimitWithoutReadingIt() throws IOException {
		Path file = folder.resolve("huge.txt");
		try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
			sparse.setLength(TextDecoder.MAX_BYTES + 1);
		}
		DecodeResult result = decoder.decode(file);
		assertEquals(DecodeMethod.NOT_DECODED, result.method());
		String message = result.problems().get(0).message();
		assertTrue(message.contains(Long.toString(TextDecoder.MAX_BYTES + 1)), message);
		assertTrue(message.contains(file.toString()), message);
	}

	@Test
	void reportsMissingFile() {
		Path file = folder.resolve("missing.txt");
		DecodeResult result = decoder.decode(file);
		assertTrue(result.hasErrors());
		assertTrue(result.problems().get(0).message().contains(file.toString()));
	}

	@Test
	void refusesHighByteGarbageThatNoEncodingReads() {
		Random random = new Random(20190506L);
		for (int round = 0; round < 10; round++) {
			byte[] garbage = new byte[500 + random.nextInt(3000)];
			for (int i = 0; i < garbage.length; i++) {
				garbage[i] = (byte) (0x80 + random.nextInt(128));
			}
			DecodeResult result = decoder.decode("scan.bin", garbage);
			assertEquals(DecodeMethod.NOT_DECODED, result.method(), "round " + round + ": " + result.problems());
			assertEquals("", result.text());
			DecodeProblem problem = result.problems().get(0);
			assertTrue(problem.message().startsWith("scan.bin, line "), problem.message());
			assertTrue(problem.line() >= 1, problem.toString());
		}
	}

	@Test
	void refusesLatin1WithC1ControlCharactersAsBinary() {
		byte[] bytes = new byte[400];
		for (int i = 0; i < bytes.length; i++) {
			bytes[i] = (byte) (i % 3 == 0 ? 0x85 + i % 20 : 'a');
		}
		DecodeResult result = decoder.decode("data.txt", bytes, StandardCharsets.ISO_8859_1);
		assertEquals(DecodeMethod.NOT_DECODED, result.method());
		assertTrue(result.problems().get(0).message().contains("binary"), result.problems().toString());
	}

	@Test
	void refusesUtf8LinesAfterGbkNamingTheLine() {
		byte[] bytes = concat(ZH.getBytes(GBK), "Reply from Denmark: 丹麦的答复已收到。\n".getBytes(StandardCharsets.UTF_8));
		DecodeResult result = decoder.decode("joined.txt", bytes);
		assertEquals(DecodeMethod.NOT_DECODED, result.method());
		DecodeProblem problem = result.problems().get(0);
		assertEquals(Severity.ERROR, problem.severity());
		assertEquals(3, problem.line());
		assertTrue(problem.message().startsWith("joined.txt, line 3:"), problem.message());
		assertTrue(problem.message().contains("--encoding"), problem.message());
	}

	@Test
	void refusesUtf8ChineseAfterWindows1252Line() {
		byte[] bytes = concat(FR.getBytes(Charset.forName("windows-1252")), ZH.getBytes(StandardCharsets.UTF_8));
		DecodeProblem problem = decoder.decode("joined.txt", bytes).problems().get(0);
		assertEquals(Severity.ERROR, problem.severity());
		assertEquals(2, problem.line());
	}

	@Test
	void sizeLimitIsConfigurableAndNamedInTheMessage() {
		byte[] bytes = EN.repeat(20).getBytes(StandardCharsets.US_ASCII);
		TextDecoder small = new TextDecoder(bytes.length - 1);
		DecodeResult refused = small.decode("big.txt", bytes);
		assertEquals(DecodeMethod.NOT_DECODED, refused.method());
		String message = refused.problems().get(0).message();
		assertTrue(message.startsWith("big.txt:") && message.contains(Long.toString(bytes.length - 1))
				&& message.contains("--max-size"), message);
		assertEquals(EN.repeat(20), new TextDecoder(bytes.length).decode("big.txt", bytes).text());
		assertEquals(TextDecoder.MAX_BYTES, decoder.maxBytes());
	}

	@Test
	void fiftyMegabyteFileIsRefusedByDefaultLimitAndReadUnderAHigherOne() throws IOException {
		Path file = folder.resolve("fifty.txt");
		byte[] block = (EN + ZH).getBytes(StandardCharsets.UTF_8);
		try (OutputStream out = Files.newOutputStream(file)) {
			for (long written = 0; written < 50L * 1024 * 1024; written += block.length) {
				out.write(block);
			}
		}
		DecodeResult refused = decoder.decode(file);
		assertEquals(DecodeMethod.NOT_DECODED, refused.method());
		String message = refused.problems().get(0).message();
		assertTrue(message.contains(file.toString()) && message.contains("(16 MB)") && message.contains("--max-size"),
				message);
		DecodeResult result = new TextDecoder(64L * 1024 * 1024).decode(file);
		assertEquals(DecodeMethod.STRICT_UTF8, result.method(), result.problems().toString());
		assertTrue(result.text().startsWith(EN + ZH));
		assertEquals(0, result.text().length() % (EN + ZH).length());
	}

	/**
	 * Own sentences in Chinese, English and both, in every supported encoding: each must come back exactly.
	 * ICU's detector is unsure of GB18030 texts with only a few Chinese characters: those may carry a
	 * low-confidence warning, longer ones none.
	 */
	@Test
	void guessesEncodingOfOwnSentencesRightInEveryEncoding() {
		List<String> sentences = List.of("缔约国", "丹麦和澳大利亚", "秘书处应继续更新名录。", "第 7/1 号决议第 27 段",
				"截至 2018 年 3 月 15 日，有 13 个缔约国作出答复。", "工作组建议鼓励缔约国指定中央机关，并请秘书处汇编案例。",
				"会员国应当考虑就引渡和司法协助提供资料；秘书处将于下届会议前提交进展说明。", "罕见字㐀也应保留，欧元符号€亦然。",
				"Denmark replied.", "States parties are encouraged to designate central authorities.",
				"Resolution 7/1, paragraph 27, asked the Secretariat to report on 6-7 November 2017.",
				"阿根廷 (Argentina) 和丹麦 (Denmark) 于 2019 年 5 月 6 日作出答复。", "CAC/COSP/EG.1/2019/L.1 号文件：专家会议报告");
		List<String> encodings = List.of("UTF-8", "BOM UTF-8", "UTF-16LE", "UTF-16BE", "BOM UTF-16LE", "BOM UTF-16BE",
				"GB18030", "GBK");
		for (String sentence : sentences) {
			for (String encoding : encodings) {
				Charset charset = Charset.forName(encoding.replace("BOM ", ""));
				if (!charset.newEncoder().canEncode(sentence)) {
					continue;
				}
				String text = encoding.startsWith("BOM ") ? "\uFEFF" + sentence : sentence;
				DecodeResult result = decoder.decode("s.txt", text.getBytes(charset));
				String context = encoding + " '" + sentence + "': " + result.charset() + " " + result.problems();
				assertEquals(sentence, result.text(), context);
				assertFalse(result.hasErrors(), context);
				long chinese = sentence.chars().filter(c -> c >= 0x3400).count();
				assertTrue(result.problems().isEmpty() || chinese < 12, context);
			}
		}
	}

	@Test
	void roundTripsRandomMixturesInEveryEncoding() {
		long seed = 20171106L;
		Random random = new Random(seed);
		List<String> sentences = List.of(ZH.lines().toList().get(0), ZH.lines().toList().get(1), "丹麦和澳大利亚的答复已收到。",
				EN.lines().toList().get(0), EN.lines().toList().get(1), "Argentina replied on 30 April 2018.");
		List<String> encodings = List.of("UTF-8", "BOM UTF-8", "BOM UTF-16LE", "BOM UTF-16BE", "UTF-16LE", "UTF-16BE",
				"GB18030");
		for (int round = 0; round < 200; round++) {
			List<String> lines = new ArrayList<>();
			int count = 2 + random.nextInt(5);
			for (int i = 0; i < count; i++) {
				lines.add(sentences.get(random.nextInt(sentences.size())));
			}
			String text = String.join("\n", lines) + "\n";
			String encoding = encodings.get(random.nextInt(encodings.size()));
			boolean bom = encoding.startsWith("BOM ");
			Charset charset = Charset.forName(encoding.replace("BOM ", ""));
			byte[] bytes = ((bom ? "\uFEFF" : "") + text).getBytes(charset);
			DecodeResult result = decoder.decode("round-" + round, bytes);
			String context = "seed " + seed + ", round " + round + ", " + encoding + ": " + result;
			assertEquals(text, result.text(), context);
			assertFalse(result.hasErrors(), context);
		}
	}
}
