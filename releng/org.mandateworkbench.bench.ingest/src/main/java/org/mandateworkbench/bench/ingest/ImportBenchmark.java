package org.mandateworkbench.bench.ingest;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.mandateworkbench.bench.ingest.DocumentGenerator.Language;
import org.mandateworkbench.ingest.decode.DecodeResult;
import org.mandateworkbench.ingest.decode.DocxDecoder;
import org.mandateworkbench.ingest.decode.PdfDecoder;
import org.mandateworkbench.ingest.decode.TextDecoder;
import org.mandateworkbench.ingest.proposal.ImportAnalyzer;
import org.mandateworkbench.ingest.proposal.ImportProposal;
import org.mandateworkbench.ingest.proposal.ImportProposalJsonWriter;
import org.mandateworkbench.model.reference.StateCatalog;

/**
 * P4 benchmark: what {@code mwb import --dry-run --json} does to one document (decode, clean, segment,
 * recognize, build the proposal, write its JSON), on generated ~30 KB notes in Chinese and English as
 * plain text, DOCX and PDF, one thread. Each row has a baseline measured in the same run on the same
 * bytes: for text the JDK's UTF-8 decoding and line split, for DOCX inflating every zip entry, for PDF
 * PDFBox's own text extraction. Times are CPU time of the JVM, so that other processes on a shared
 * machine do not count. With {@code --large MB} it also imports one text file of that size (the size
 * limit raised to fit).
 * <p>
 * Usage: {@code ImportBenchmark [DOCUMENTS_PER_ROW] [--large MB]}
 */
public final class ImportBenchmark {

	private static final int DOCUMENT_BYTES = 30 * 1024;
	private static final int ROUNDS = 3;
	private static final double MIN_CPU_SECONDS = 0.5;
	private static final double P4_TEXT_DOCUMENTS_PER_SECOND = 20;
	// TrueType CJK fonts PDFBox can embed; the OpenType CJK fonts most systems carry are CFF-based.
	private static final List<String> CJK_FONTS = List.of("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
			"/usr/share/fonts/truetype/arphic/uming.ttc", "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc");

	private final ImportAnalyzer analyzer = new ImportAnalyzer(StateCatalog.standard());
	private final ImportProposalJsonWriter json = new ImportProposalJsonWriter();

	private ImportBenchmark() {
	}

	public static void main(String[] args) throws IOException {
		int documents = 40;
		long largeMegabytes = 0;
		for (int i = 0; i < args.length; i++) {
			if (args[i].equals("--large")) {
				largeMegabytes = Long.parseLong(args[++i]);
			} else {
				documents = Integer.parseInt(args[i]);
			}
		}
		new ImportBenchmark().run(documents, largeMegabytes);
	}

	private record Row(String label, int documents, long bytes, double seconds, double decodeSeconds,
			double baselineSeconds) {
	}

	private void run(int documents, long largeMegabytes) throws IOException {
		System.out.printf(Locale.ROOT, "Import benchmark (P4): %d generated documents of about %d KB per row, one thread, "
				+ "best of %d rounds; Java %s, %d processor(s) visible, system load %.1f%n%n", documents,
				DOCUMENT_BYTES / 1024, ROUNDS, Runtime.version(), Runtime.getRuntime().availableProcessors(),
				ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
		List<Row> rows = new ArrayList<>();
		TextDecoder text = new TextDecoder();
		DocxDecoder docx = new DocxDecoder();
		PdfDecoder pdf = new PdfDecoder();
		Optional<Path> cjkFont = CJK_FONTS.stream().map(Path::of).filter(Files::isRegularFile).findFirst();
		for (Language language : Language.values()) {
			List<String> texts = texts(documents, language);
			String lang = language.name().toLowerCase(Locale.ROOT);
			rows.add(measure("text " + lang, bytesOf(texts, t -> t.getBytes(StandardCharsets.UTF_8)), text::decode,
					ImportBenchmark::readUtf8Lines));
			rows.add(measure("DOCX " + lang, bytesOf(texts, ImportBenchmark::docx), docx::decode,
					ImportBenchmark::inflateEntries));
			if (language == Language.ZH && cjkFont.isEmpty()) {
				System.out.println("PDF zh skipped: no TrueType CJK font found (" + String.join(", ", CJK_FONTS)
						+ "); on Debian: apt-get install fonts-droid-fallback");
				continue;
			}
			rows.add(measure("PDF " + lang, bytesOf(texts, t -> pdf(t, cjkFont)), pdf::decode,
					ImportBenchmark::pdfBoxText));
		}
		print(rows);
		if (largeMegabytes > 0) {
			for (Language language : Language.values()) {
				large(largeMegabytes, language);
			}
		}
	}

	private Row measure(String label, List<byte[]> files, BiFunction<String, byte[], DecodeResult> decoder,
			BaselineReader baseline) {
		long bytes = files.stream().mapToLong(b -> b.length).sum();
		// One warm-up pass of each, so that the JIT compiles both before anything is timed.
		importAll(files, decoder);
		readAll(files, baseline);
		double best = Double.MAX_VALUE;
		double bestDecode = Double.MAX_VALUE;
		double bestBaseline = Double.MAX_VALUE;
		for (int round = 0; round < ROUNDS; round++) {
			bestBaseline = Math.min(bestBaseline, readAll(files, baseline));
			bestDecode = Math.min(bestDecode, decodeAll(files, decoder));
			best = Math.min(best, importAll(files, decoder));
		}
		return new Row(label, files.size(), bytes, best, bestDecode, bestBaseline);
	}

	private double importAll(List<byte[]> files, BiFunction<String, byte[], DecodeResult> decoder) {
		return timed(() -> {
			long sink = 0;
			for (int i = 0; i < files.size(); i++) {
				String name = "doc-" + i;
				DecodeResult decoded = decoder.apply(name, files.get(i));
				if (decoded.hasErrors()) {
					throw new IllegalStateException(name + ": " + decoded.problems());
				}
				ImportProposal proposal = analyzer.analyze(name, decoded.text());
				sink += json.write(proposal).length();
			}
			return sink;
		});
	}

	private static double decodeAll(List<byte[]> files, BiFunction<String, byte[], DecodeResult> decoder) {
		return timed(() -> {
			long sink = 0;
			for (int i = 0; i < files.size(); i++) {
				sink += decoder.apply("doc-" + i, files.get(i)).text().length();
			}
			return sink;
		});
	}

	private static double readAll(List<byte[]> files, BaselineReader baseline) {
		return timed(() -> {
			long sink = 0;
			for (byte[] file : files) {
				sink += baseline.read(file);
			}
			return sink;
		});
	}

	/** One pass over all files; returns a size so that the work is not optimised away. */
	private interface Pass {
		long run();
	}

	/**
	 * CPU seconds per pass. The JVM's CPU clock ticks coarsely, so a fast pass is repeated until at
	 * least {@value #MIN_CPU_SECONDS} s have been measured.
	 */
	private static double timed(Pass pass) {
		long start = cpuNanos();
		long sink = 0;
		int passes = 0;
		long elapsed;
		do {
			sink += pass.run();
			passes++;
			elapsed = cpuNanos() - start;
		} while (elapsed < MIN_CPU_SECONDS * 1e9);
		if (sink < 0) {
			throw new IllegalStateException("unreachable; keeps the work from being optimised away");
		}
		return elapsed / 1e9 / passes;
	}

	/**
	 * CPU time of the whole JVM (the benchmark thread, the garbage collector, the JIT compiler): on a shared
	 * machine it measures the work done, where wall-clock time would also count other processes' turns.
	 */
	private static long cpuNanos() {
		return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
				.getProcessCpuTime();
	}

	/** Reads a file's bytes as cheaply as the format allows and returns a size, so the work is not skipped. */
	private interface BaselineReader {
		long read(byte[] file);
	}

	private static long readUtf8Lines(byte[] file) {
		return new String(file, StandardCharsets.UTF_8).lines().count();
	}

	private static long inflateEntries(byte[] file) {
		long size = 0;
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(file))) {
			for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				size += zip.readAllBytes().length;
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return size;
	}

	private static long pdfBoxText(byte[] file) {
		try (PDDocument document = Loader.loadPDF(file)) {
			return new PDFTextStripper().getText(document).length();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static void print(List<Row> rows) {
		System.out.printf(Locale.ROOT, "%-8s %5s %7s %9s %8s %7s %12s %11s %8s%n", "input", "docs", "KB/doc", "docs/s",
				"MB/s", "decode", "base docs/s", "base MB/s", "ratio");
		for (Row row : rows) {
			double megabytes = row.bytes() / 1e6;
			System.out.printf(Locale.ROOT, "%-8s %5d %7.1f %9.1f %8.2f %6.0f%% %12.1f %11.2f %7.1fx%n", row.label(),
					row.documents(), row.bytes() / 1024.0 / row.documents(), row.documents() / row.seconds(),
					megabytes / row.seconds(), 100 * row.decodeSeconds() / row.seconds(),
					row.documents() / row.baselineSeconds(), megabytes / row.baselineSeconds(),
					row.seconds() / row.baselineSeconds());
		}
		System.out.println();
		System.out.println("docs/s, MB/s: the whole import (decode, analyze, JSON) per second of CPU time of the JVM;");
		System.out.println("decode: its share of that time;");
		System.out.println("base: the baseline on the same bytes; ratio: import time / baseline time.");
		for (Row row : rows) {
			if (row.label().startsWith("text")) {
				double rate = row.documents() / row.seconds();
				System.out.printf(Locale.ROOT, "P4 target >= %.0f text documents/s: %s %.1f/s, %s%n",
						P4_TEXT_DOCUMENTS_PER_SECOND, row.label(), rate,
						rate >= P4_TEXT_DOCUMENTS_PER_SECOND ? "met" : "NOT MET");
			}
		}
	}

	private void large(long megabytes, Language language) {
		String document = DocumentGenerator.generate(1, language, megabytes * 1024 * 1024);
		byte[] bytes = document.getBytes(StandardCharsets.UTF_8);
		document = null;
		System.gc();
		resetPeaks();
		long start = cpuNanos();
		DecodeResult decoded = new TextDecoder(bytes.length).decode("large.txt", bytes);
		double decodeSeconds = (cpuNanos() - start) / 1e9;
		if (decoded.hasErrors()) {
			System.out.printf(Locale.ROOT, "%n%d MB text %s refused: %s%n", megabytes,
					language.name().toLowerCase(Locale.ROOT), decoded.problems());
			return;
		}
		ImportProposal proposal = analyzer.analyze("large.txt", decoded.text());
		int jsonLength = json.write(proposal).length();
		double seconds = (cpuNanos() - start) / 1e9;
		System.out.printf(Locale.ROOT, "%n%.1f MB text %s: %.1f s CPU (decode %.1f s), %.2f MB/s, %d paragraphs, "
				+ "JSON %d KB, peak heap %d MB%n", bytes.length / 1e6, language.name().toLowerCase(Locale.ROOT), seconds,
				decodeSeconds, bytes.length / 1e6 / seconds, proposal.paragraphs(), jsonLength / 1024, peakHeapMegabytes());
	}

	private static void resetPeaks() {
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			pool.resetPeakUsage();
		}
	}

	private static long peakHeapMegabytes() {
		long peak = 0;
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			if (pool.getType() == MemoryType.HEAP) {
				peak += pool.getPeakUsage().getUsed();
			}
		}
		return peak / (1024 * 1024);
	}

	private interface Render {
		byte[] apply(String text) throws IOException;
	}

	private static List<String> texts(int documents, Language language) {
		List<String> texts = new ArrayList<>();
		for (int i = 0; i < documents; i++) {
			texts.add(DocumentGenerator.generate(1000L * language.ordinal() + i, language, DOCUMENT_BYTES));
		}
		return texts;
	}

	private static List<byte[]> bytesOf(List<String> texts, Render render) throws IOException {
		List<byte[]> files = new ArrayList<>();
		for (String text : texts) {
			files.add(render.apply(text));
		}
		return files;
	}

	private static byte[] docx(String text) throws IOException {
		try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			for (String line : text.split("\n", -1)) {
				document.createParagraph().createRun().setText(line);
			}
			document.write(out);
			return out.toByteArray();
		}
	}

	private static byte[] pdf(String text, Optional<Path> cjkFont) throws IOException {
		try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PDFont latin = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
			PDFont cjk = cjkFont.isPresent() ? PDType0Font.load(document, cjkFont.get().toFile()) : latin;
			List<String> lines = wrap(text, cjkFont.isPresent() ? 38 : 95);
			for (int first = 0; first < lines.size(); first += 50) {
				PDPage page = new PDPage();
				document.addPage(page);
				try (PDPageContentStream content = new PDPageContentStream(document, page)) {
					content.beginText();
					content.setLeading(13);
					content.newLineAtOffset(50, 740);
					for (String line : lines.subList(first, Math.min(lines.size(), first + 50))) {
						showRuns(content, line, latin, cjk);
						content.newLine();
					}
					content.endText();
				}
			}
			document.save(out);
			return out.toByteArray();
		}
	}

	// The CJK fonts at hand have no Latin glyphs: ASCII runs are set in Helvetica, the rest in the CJK font.
	private static void showRuns(PDPageContentStream content, String line, PDFont latin, PDFont cjk)
			throws IOException {
		int start = 0;
		while (start < line.length()) {
			boolean ascii = line.charAt(start) < 0x80;
			int end = start;
			while (end < line.length() && (line.charAt(end) < 0x80) == ascii) {
				end++;
			}
			content.setFont(ascii ? latin : cjk, 10);
			content.showText(line.substring(start, end));
			start = end;
		}
	}

	// PDFs carry lines, not paragraphs: long lines are cut at the page width, as a word processor would.
	private static List<String> wrap(String text, int width) {
		List<String> lines = new ArrayList<>();
		for (String line : text.split("\n", -1)) {
			while (line.length() > width) {
				int cut = line.lastIndexOf(' ', width);
				cut = cut <= 0 ? width : cut;
				lines.add(line.substring(0, cut));
				line = line.substring(cut).stripLeading();
			}
			lines.add(line);
		}
		return lines;
	}
}
