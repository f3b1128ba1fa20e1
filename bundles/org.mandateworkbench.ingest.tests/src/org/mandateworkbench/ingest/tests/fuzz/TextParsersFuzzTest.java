package org.mandateworkbench.ingest.tests.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.mandateworkbench.ingest.clean.CleanedText;
import org.mandateworkbench.ingest.clean.TextCleaner;
import org.mandateworkbench.ingest.decode.DecodeMethod;
import org.mandateworkbench.ingest.decode.DecodeProblem;
import org.mandateworkbench.ingest.decode.DecodeResult;
import org.mandateworkbench.ingest.decode.TextDecoder;
import org.mandateworkbench.ingest.proposal.ImportAnalyzer;
import org.mandateworkbench.ingest.proposal.ImportProposal;
import org.mandateworkbench.ingest.proposal.ImportProposalJsonWriter;
import org.mandateworkbench.ingest.recognize.ArticleRecognizer;
import org.mandateworkbench.ingest.recognize.DateRecognizer;
import org.mandateworkbench.ingest.recognize.NoteVerbaleRecognizer;
import org.mandateworkbench.ingest.recognize.RecommendationRecognizer;
import org.mandateworkbench.ingest.recognize.ResolutionReferenceRecognizer;
import org.mandateworkbench.ingest.recognize.StateRecognizer;
import org.mandateworkbench.ingest.segment.DocumentSegmenter;
import org.mandateworkbench.ingest.segment.Segmentation;
import org.mandateworkbench.ingest.tests.ImportFixtures;
import org.mandateworkbench.model.reference.StateCatalog;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Coverage-guided fuzzing (Jazzer) of the text parsers: the plain-text decoder, the cleaner, the
 * segmenter, the recognizers and the analyzer that combines them. The fuzzer's string is spliced into
 * a window of a fixture document so that the structured paths are reached, or its bytes go to the
 * decoder.
 * Nothing may throw, and every offset must lie inside the text it refers to.
 * <p>
 * In a normal test run this is a regression test over the empty input and the inputs under
 * {@code TextParsersFuzzTestInputs}; the {@code fuzz} execution of this bundle's pom runs it in
 * fuzzing mode ({@code -Djazzer.fuzz=true}) for {@code maxDuration}.
 */
class TextParsersFuzzTest {

	private static final List<String> FIXTURES = List.of(ImportFixtures.CHINESE_NOTE, ImportFixtures.ENGLISH_NOTE);
	private static final ImportAnalyzer ANALYZER = new ImportAnalyzer(StateCatalog.standard());
	private static final StateRecognizer STATES = new StateRecognizer(StateCatalog.standard());
	private static final int WINDOW = 600;

	/**
	 * One fuzz target for all parsers (Jazzer fuzzes one test per JVM). Jazzer's mutators build the
	 * arguments, splicing in the dictionary's pieces of UN document syntax (libFuzzer's dictionary file
	 * takes no line breaks, so none are listed); a null stands for an empty value.
	 */
	@DictionaryEntries({ "\u7b2c", "\u53f7\u51b3\u8bae", "\u53f7\u51b3\u5b9a", "\u6bb5", "\u6761", "\u6b3e", "\u5e74",
			"\u6708", "\u65e5", "\u81f3", "\u3001", "\uff0c", "\u3002", "\u4e00\u3001", "\u4e09\u5341",
			"\u79d8\u4e66\u5904\u5e94", "\u9f13\u52b1\u7f14\u7ea6\u56fd", "\u4e39\u9ea6", "\u622a\u81f3", "\u666e\u901a\u7167\u4f1a",
			"resolution ", "decision ", "paragraph ", "article ", "General Assembly ", "note verbale dated ",
			"States parties are encouraged", "the Secretariat should", " February 2018", "7/1", "(a) ", "(b) ", "1. ",
			"I. ", "A. ", "CAC/COSP/EG.1/", "2019/L.1", "http://undocs.org/", "V.19-01234 ", "2/3", "Distr.: General",
			"Original: English", "* ", "\uFEFF", "\u00A0", "\uD83D\uDE00" })
	@FuzzTest(maxDuration = "40s")
	void parsersNeverThrowAndKeepOffsetsInBounds(boolean decode, byte[] bytes, String insert, boolean english,
			int from, int cut, int to) {
		if (decode) {
			decodeThenAnalyze(bytes == null ? new byte[0] : bytes);
			return;
		}
		// A window of at most two stretches of WINDOW characters around the insertion keeps each run short.
		String fixture = FIXTURES.get(english ? 1 : 0);
		int start = Math.floorMod(from, fixture.length() + 1);
		int middle = Math.min(fixture.length(), start + Math.floorMod(cut, WINDOW + 1));
		int end = Math.min(fixture.length(), middle + Math.floorMod(to, WINDOW + 1));
		parse(fixture.substring(start, middle) + (insert == null ? "" : insert) + fixture.substring(middle, end));
	}

	private static void decodeThenAnalyze(byte[] bytes) {
		DecodeResult result = new TextDecoder().decode("fuzz.txt", bytes);
		for (DecodeProblem problem : result.problems()) {
			assertTrue(problem.message().startsWith("fuzz.txt"), problem.message());
			assertTrue(problem.line() >= 0 && problem.column() >= 0, problem.toString());
		}
		if (result.method() == DecodeMethod.NOT_DECODED) {
			assertTrue(result.hasErrors(), result.problems().toString());
			assertEquals("", result.text());
		} else {
			assertFalse(result.text().isEmpty(), result.problems().toString());
			parse(result.text());
		}
	}

	/** Runs every parser over {@code text} and checks the offsets each returns. */
	static void parse(String text) {
		CleanedText cleaned = new TextCleaner().clean(text);
		int previous = 0;
		for (int i = 0; i <= cleaned.text().length(); i++) {
			int origin = cleaned.sourceOffset(i);
			assertTrue(previous <= origin && origin <= text.length(), "origin of " + i + ": " + origin);
			previous = origin;
		}
		for (CleanedText.Removal removal : cleaned.removals()) {
			assertSpan(text, removal.start(), removal.end(), removal);
		}
		String clean = cleaned.text();
		Segmentation segmentation = new DocumentSegmenter().segment(clean);
		segmentation.sections().forEach(s -> assertSpan(clean, s.start(), s.end(), s));
		segmentation.footnotes().forEach(f -> assertSpan(clean, f.start(), f.end(), f));
		for (Segmentation.Paragraph paragraph : segmentation.paragraphs()) {
			assertSpan(clean, paragraph.start(), paragraph.end(), paragraph);
			paragraph.items().forEach(item -> assertSpan(clean, item.start(), item.end(), item));
		}
		new DateRecognizer().recognize(clean).forEach(d -> assertSpan(clean, d.start(), d.end(), d));
		new ResolutionReferenceRecognizer().recognize(clean).forEach(r -> assertSpan(clean, r.start(), r.end(), r));
		new ArticleRecognizer().recognize(clean).forEach(a -> assertSpan(clean, a.start(), a.end(), a));
		STATES.recognize(clean).forEach(s -> assertSpan(clean, s.start(), s.end(), s));
		new NoteVerbaleRecognizer().notes(clean).forEach(n -> assertSpan(clean, n.start(), n.end(), n));
		new NoteVerbaleRecognizer().replyCounts(clean).forEach(n -> assertSpan(clean, n.start(), n.end(), n));
		new RecommendationRecognizer().recognize(clean, segmentation)
				.forEach(r -> assertSpan(clean, r.start(), r.end(), r));
		ImportProposal proposal = ANALYZER.analyze("fuzz", text);
		for (ImportProposal.Cited<?> cited : cited(proposal)) {
			assertSpan(text, cited.start(), cited.end(), cited);
		}
		assertFalse(new ImportProposalJsonWriter().write(proposal).isEmpty());
	}

	private static List<ImportProposal.Cited<?>> cited(ImportProposal p) {
		List<ImportProposal.Cited<?>> all = new ArrayList<>();
		for (Optional<? extends ImportProposal.Cited<?>> one : List.of(p.symbol(), p.agendaSymbol(), p.date())) {
			one.ifPresent(all::add);
		}
		all.addAll(p.symbolsCited());
		all.addAll(p.resolutionsCited());
		all.addAll(p.articlesCited());
		all.addAll(p.states());
		all.addAll(p.recommendations());
		all.addAll(p.notesVerbales());
		all.addAll(p.responses());
		all.addAll(p.indicators());
		return all;
	}

	private static void assertSpan(String text, int start, int end, Object what) {
		assertTrue(0 <= start && start <= end && end <= text.length(),
				() -> "span " + start + ".." + end + " outside 0.." + text.length() + ": " + what);
	}
}
