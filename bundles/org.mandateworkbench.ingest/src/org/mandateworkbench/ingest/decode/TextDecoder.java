package org.mandateworkbench.ingest.decode;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.osgi.util.NLS;
import org.mandateworkbench.ingest.decode.DecodeProblem.Severity;
import org.mandateworkbench.ingest.internal.Messages;
import org.mandateworkbench.ingest.internal.MixedEncodingScanner;
import org.mandateworkbench.ingest.internal.TextPosition;
import org.mandateworkbench.ingest.internal.Utf16PatternRecognizer;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;

/**
 * Turns the bytes of a plain-text file into text. The charset is decided in this order:
 * <ol>
 * <li>the caller's override, if given;</li>
 * <li>a byte order mark (UTF-8, UTF-16LE, UTF-16BE);</li>
 * <li>UTF-16 without byte order mark, recognised by its code-unit pattern;</li>
 * <li>strict UTF-8, if every byte sequence is valid;</li>
 * <li>UTF-8 mixed with another encoding, if at least {@value #MIXED_UTF8_EVIDENCE} valid multi-byte UTF-8
 * characters precede the first invalid sequence; the other way round (another encoding first, then a line
 * with at least as many UTF-8 characters) the file is refused, naming that line;</li>
 * <li>otherwise ICU's statistical detector, restricted to GB18030 (a superset of GBK), UTF-16 and
 * ISO-8859-1/windows-1252.</li>
 * </ol>
 * Problems are returned as {@link DecodeProblem}s, never thrown: empty files, files over the size limit
 * ({@link #MAX_BYTES} unless given), binary content (any NUL byte, more than 1% control characters, or bytes
 * that not even the detector's best guess can read), malformed or mixed encodings. Isolated control
 * characters only give a warning. The caller's override (the command line's {@code --encoding}) corrects
 * a wrong guess. Instances are immutable and thread-safe.
 */
public final class TextDecoder implements DocumentDecoder {

	/**
	 * Default size limit: 16 MB. Larger plain-text files are refused, not truncated. Analysing a text file
	 * takes about 30 times its size in heap at its peak (measured with {@code releng/bench/import --large}),
	 * so 16 MB stays well inside the workbench's 2 GB heap, while real UN documents stay under 1 MB.
	 */
	public static final long MAX_BYTES = 16L * 1024 * 1024;

	/** Confidence below which a detected charset comes with a warning. */
	public static final int LOW_CONFIDENCE = 50;

	private static final int MIXED_UTF8_EVIDENCE = 4;
	private static final long MEGABYTE = 1024 * 1024;
	private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
	private static final List<String> DETECTABLE = List.of("GB18030", "UTF-16BE", "UTF-16LE", "ISO-8859-1");

	private final long maxBytes;

	/** A decoder that refuses files over {@link #MAX_BYTES}. */
	public TextDecoder() {
		this(MAX_BYTES);
	}

	/**
	 * A decoder with its own size limit.
	 *
	 * @param maxBytes largest file accepted, in bytes; at least 1
	 */
	public TextDecoder(long maxBytes) {
		if (maxBytes < 1) {
			throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes); //$NON-NLS-1$
		}
		this.maxBytes = maxBytes;
	}

	/** The largest file this decoder accepts, in bytes. */
	public long maxBytes() {
		return maxBytes;
	}

	/** Decodes a file, detecting its charset. Never throws; read failures become problems. */
	@Override
	public DecodeResult decode(Path file) {
		return decode(file, null);
	}

	/**
	 * Decodes a file with the given charset, or detects it if {@code override} is null. Never throws;
	 * read failures become problems.
	 */
	public DecodeResult decode(Path file, Charset override) {
		String name = file.toString();
		try {
			long size = Files.size(file);
			if (size > maxBytes) {
				return tooLarge(name, size);
			}
			return decode(name, Files.readAllBytes(file), override);
		} catch (NoSuchFileException e) {
			return notDecoded(problem(name, 0, 0, Severity.ERROR, NLS.bind(Messages.TextDecoder_notFound, name)));
		} catch (IOException e) {
			return notDecoded(
					problem(name, 0, 0, Severity.ERROR, NLS.bind(Messages.TextDecoder_unreadable, name, e.getMessage())));
		}
	}

	/** Decodes bytes, detecting their charset; {@code sourceName} labels the problems. */
	public DecodeResult decode(String sourceName, byte[] bytes) {
		return decode(sourceName, bytes, null);
	}

	/**
	 * Decodes bytes with the given charset, or detects it if {@code override} is null;
	 * {@code sourceName} labels the problems.
	 */
	public DecodeResult decode(String sourceName, byte[] bytes, Charset override) {
		if (bytes.length > maxBytes) {
			return tooLarge(sourceName, bytes.length);
		}
		if (bytes.length == 0) {
			return notDecoded(problem(sourceName, 0, 0, Severity.ERROR, NLS.bind(Messages.TextDecoder_empty, sourceName)));
		}
		if (override != null) {
			return decodeWith(sourceName, bytes, 0, override, DecodeMethod.CALLER_OVERRIDE, 100);
		}
		Optional<DecodeResult> byBom = decodeByteOrderMark(sourceName, bytes);
		if (byBom.isPresent() && byBom.get().text().isEmpty()) {
			// Found by fuzzing: a file holding only a byte order mark decoded as empty text without a problem.
			return notDecoded(problem(sourceName, 0, 0, Severity.ERROR,
					NLS.bind(Messages.TextDecoder_onlyByteOrderMark, sourceName)));
		}
		if (byBom.isPresent()) {
			return byBom.get();
		}
		int firstInvalidUtf8 = firstMalformed(bytes, 0, StandardCharsets.UTF_8);
		boolean hasNul = indexOfNul(bytes) >= 0;
		if (hasNul || firstInvalidUtf8 >= 0) {
			Optional<Utf16PatternRecognizer.Match> utf16 = Utf16PatternRecognizer.recognise(bytes);
			if (utf16.isPresent()) {
				return decodeWith(sourceName, bytes, 0, utf16.get().charset(), DecodeMethod.UTF16_PATTERN,
						utf16.get().confidence());
			}
		}
		if (hasNul) {
			// Latin-1 maps each byte to one character, so the position of the NUL is exact.
			return decodeWith(sourceName, bytes, 0, StandardCharsets.ISO_8859_1, DecodeMethod.NOT_DECODED, 0);
		}
		if (firstInvalidUtf8 < 0) {
			return decodeWith(sourceName, bytes, 0, StandardCharsets.UTF_8, DecodeMethod.STRICT_UTF8, 100);
		}
		if (countUtf8LeadBytes(bytes, firstInvalidUtf8) >= MIXED_UTF8_EVIDENCE) {
			return decodeWith(sourceName, bytes, 0, StandardCharsets.UTF_8, DecodeMethod.UTF8_WITH_FOREIGN_BYTES, 100);
		}
		int utf8Line = MixedEncodingScanner.firstUtf8LineAfterForeignBytes(bytes, MIXED_UTF8_EVIDENCE);
		if (utf8Line > 0) {
			return notDecoded(problem(sourceName, utf8Line, 1, Severity.ERROR,
					NLS.bind(Messages.TextDecoder_mixedUtf8Later, sourceName, utf8Line)));
		}
		return decodeDetected(sourceName, bytes);
	}

	private static Optional<DecodeResult> decodeByteOrderMark(String name, byte[] bytes) {
		if (DecodedFiles.startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
			return Optional.of(decodeWith(name, bytes, 3, StandardCharsets.UTF_8, DecodeMethod.BYTE_ORDER_MARK, 100));
		}
		if (DecodedFiles.startsWith(bytes, 0xFF, 0xFE)) {
			return Optional
					.of(decodeWith(name, bytes, 2, StandardCharsets.UTF_16LE, DecodeMethod.BYTE_ORDER_MARK, 100));
		}
		if (DecodedFiles.startsWith(bytes, 0xFE, 0xFF)) {
			return Optional
					.of(decodeWith(name, bytes, 2, StandardCharsets.UTF_16BE, DecodeMethod.BYTE_ORDER_MARK, 100));
		}
		return Optional.empty();
	}

	private static DecodeResult decodeDetected(String name, byte[] bytes) {
		CharsetDetector detector = new CharsetDetector();
		for (String charset : CharsetDetector.getAllDetectableCharsets()) {
			detector.setDetectableCharset(charset, DETECTABLE.contains(charset));
		}
		detector.setText(bytes);
		CharsetMatch match = detector.detect();
		Charset charset = match == null ? WINDOWS_1252 : Charset.forName(match.getName());
		int confidence = match == null ? 0 : match.getConfidence();
		DecodeResult result = decodeWith(name, bytes, 0, charset, DecodeMethod.DETECTED, confidence);
		if (result.hasErrors() && result.method() != DecodeMethod.NOT_DECODED) {
			// Not even the best guess reads the bytes: binary data, or text in an encoding not detected here.
			DecodeProblem failed = result.problems().get(0);
			return notDecoded(charset, problem(name, failed.line(), failed.column(), Severity.ERROR, NLS.bind(
					Messages.TextDecoder_unrecognised, new Object[] { name, failed.line(), failed.column(), charset.name() })));
		}
		if (confidence >= LOW_CONFIDENCE) {
			return result;
		}
		List<DecodeProblem> problems = new ArrayList<>(result.problems());
		problems.add(problem(name, 0, 0, Severity.WARNING,
				NLS.bind(Messages.TextDecoder_lowConfidence, new Object[] { name, charset.name(), confidence })));
		return new DecodeResult(result.text(), charset, result.method(), confidence, problems);
	}

	private static DecodeResult decodeWith(String name, byte[] bytes, int start, Charset charset, DecodeMethod method,
			int confidence) {
		String text = charset.decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
		List<DecodeProblem> problems = new ArrayList<>();
		int malformed = firstMalformed(bytes, start, charset);
		if (malformed >= 0) {
			String prefix = new String(bytes, start, malformed - start, charset);
			TextPosition at = TextPosition.of(prefix, prefix.length());
			String message = method == DecodeMethod.UTF8_WITH_FOREIGN_BYTES
					? NLS.bind(Messages.TextDecoder_mixedEncodings, new Object[] { name, at.line(), at.column() })
					: NLS.bind(Messages.TextDecoder_malformed,
							new Object[] { name, at.line(), at.column(), charset.name() });
			problems.add(problem(name, at.line(), at.column(), Severity.ERROR, message));
		}
		int binaryAt = binaryControlIndex(text);
		if (binaryAt >= 0) {
			TextPosition at = TextPosition.of(text, binaryAt);
			return notDecoded(charset, problem(name, at.line(), at.column(), Severity.ERROR, NLS.bind(
					Messages.TextDecoder_binary, new Object[] { name, at.line(), at.column(), hex(text.charAt(binaryAt)) })));
		}
		int control = firstControlIndex(text);
		if (control >= 0) {
			TextPosition at = TextPosition.of(text, control);
			problems.add(problem(name, at.line(), at.column(), Severity.WARNING, NLS.bind(
					Messages.TextDecoder_controlCharacter, new Object[] { name, at.line(), at.column(), hex(text.charAt(control)) })));
		}
		return new DecodeResult(text, charset, method, confidence, problems);
	}

	/** Byte offset of the first malformed or unmappable sequence at or after {@code start}, or -1. */
	private static int firstMalformed(byte[] bytes, int start, Charset charset) {
		CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT);
		ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
		CharBuffer out = CharBuffer.allocate(8192);
		CoderResult result = decoder.decode(in, out, true);
		while (result.isOverflow()) {
			out.clear();
			result = decoder.decode(in, out, true);
		}
		if (result.isError()) {
			return in.position();
		}
		while (decoder.flush(out).isOverflow()) {
			out.clear();
		}
		return -1;
	}

	// Text with more than 1% control characters, or any NUL, is binary data rather than text.
	private static int binaryControlIndex(String text) {
		int nul = text.indexOf('\0');
		if (nul >= 0) {
			return nul;
		}
		int count = 0;
		int first = -1;
		for (int i = 0; i < text.length(); i++) {
			if (isUnexpectedControl(text.charAt(i))) {
				count++;
				first = first < 0 ? i : first;
			}
		}
		return count * 100 > text.length() ? first : -1;
	}

	private static int firstControlIndex(String text) {
		for (int i = 0; i < text.length(); i++) {
			if (isUnexpectedControl(text.charAt(i))) {
				return i;
			}
		}
		return -1;
	}

	// Tab, line feed, vertical tab (Word's manual line break), form feed and carriage return occur in text;
	// DEL and the C1 controls do not (windows-1252 maps those bytes to printable characters).
	private static boolean isUnexpectedControl(char c) {
		return (c < 0x20 && c != '\t' && c != '\n' && c != 0x0B && c != '\f' && c != '\r') || (c >= 0x7F && c < 0xA0);
	}

	private static int countUtf8LeadBytes(byte[] bytes, int end) {
		int count = 0;
		for (int i = 0; i < end; i++) {
			if ((bytes[i] & 0xC0) == 0xC0) {
				count++;
			}
		}
		return count;
	}

	private static int indexOfNul(byte[] bytes) {
		for (int i = 0; i < bytes.length; i++) {
			if (bytes[i] == 0) {
				return i;
			}
		}
		return -1;
	}

	private static String hex(char c) {
		return String.format(Locale.ROOT, "%04X", (int) c);
	}

	private DecodeResult tooLarge(String name, long size) {
		return notDecoded(problem(name, 0, 0, Severity.ERROR, NLS.bind(Messages.TextDecoder_tooLarge,
				new Object[] { name, size, maxBytes, (maxBytes + MEGABYTE - 1) / MEGABYTE })));
	}

	private static DecodeResult notDecoded(DecodeProblem problem) {
		return notDecoded(StandardCharsets.UTF_8, problem);
	}

	private static DecodeResult notDecoded(Charset charset, DecodeProblem problem) {
		return new DecodeResult("", charset, DecodeMethod.NOT_DECODED, 0, List.of(problem));
	}

	private static DecodeProblem problem(String name, int line, int column, Severity severity, String message) {
		return new DecodeProblem(name, line, column, severity, message);
	}
}
