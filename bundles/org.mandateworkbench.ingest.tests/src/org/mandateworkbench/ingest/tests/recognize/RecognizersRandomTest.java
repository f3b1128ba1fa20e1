package org.mandateworkbench.ingest.tests.recognize;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.mandateworkbench.ingest.proposal.ImportAnalyzer;
import org.mandateworkbench.ingest.proposal.ImportProposal;
import org.mandateworkbench.ingest.recognize.ArticleRecognizer;
import org.mandateworkbench.ingest.recognize.DateRecognizer;
import org.mandateworkbench.ingest.recognize.NoteVerbaleRecognizer;
import org.mandateworkbench.ingest.recognize.RecommendationRecognizer;
import org.mandateworkbench.ingest.recognize.ResolutionReferenceRecognizer;
import org.mandateworkbench.ingest.recognize.StateRecognizer;
import org.mandateworkbench.ingest.segment.DocumentSegmenter;
import org.mandateworkbench.ingest.tests.ImportFixtures;
import org.mandateworkbench.model.reference.StateCatalog;

/**
 * Feeds shuffled fragments of the fixtures and random characters to every recognizer: none may
 * throw, and every span must lie inside the text. The seed is in each failure message.
 */
class RecognizersRandomTest {

	private static final long SEED = 4_2026_1126L;
	private static final int ROUNDS = 300;
	private static final String NOISE = "第号决议条款段年月日至、，。()（）*/.-: 0123456789aZ\n\t四十";

	@Test
	void recognizersNeverThrowAndKeepSpansInBounds() {
		Random random = new Random(SEED);
		StateRecognizer states = new StateRecognizer(StateCatalog.standard());
		ImportAnalyzer analyzer = new ImportAnalyzer(StateCatalog.standard());
		for (int round = 0; round < ROUNDS; round++) {
			String text = randomText(random);
			String where = "seed " + SEED + ", round " + round;
			check(text, where, new DateRecognizer().recognize(text), d -> new int[] { d.start(), d.end() });
			check(text, where, new ResolutionReferenceRecognizer().recognize(text), r -> new int[] { r.start(), r.end() });
			check(text, where, new ArticleRecognizer().recognize(text), a -> new int[] { a.start(), a.end() });
			check(text, where, states.recognize(text), s -> new int[] { s.start(), s.end() });
			check(text, where, new NoteVerbaleRecognizer().notes(text), n -> new int[] { n.start(), n.end() });
			check(text, where, new NoteVerbaleRecognizer().replyCounts(text), n -> new int[] { n.start(), n.end() });
			check(text, where, new RecommendationRecognizer().recognize(text, new DocumentSegmenter().segment(text)),
					r -> new int[] { r.start(), r.end() });
			ImportProposal proposal = analyzer.analyze("random", text);
			check(text, where, proposal.states(), c -> new int[] { c.start(), c.end() });
			check(text, where, proposal.resolutionsCited(), c -> new int[] { c.start(), c.end() });
			check(text, where, proposal.recommendations(), c -> new int[] { c.start(), c.end() });
		}
	}

	private static String randomText(Random random) {
		String[] fixtures = { ImportFixtures.CHINESE_NOTE, ImportFixtures.ENGLISH_NOTE };
		StringBuilder text = new StringBuilder();
		int pieces = random.nextInt(6);
		for (int i = 0; i < pieces; i++) {
			String fixture = fixtures[random.nextInt(fixtures.length)];
			int from = random.nextInt(fixture.length());
			text.append(fixture, from, Math.min(fixture.length(), from + random.nextInt(300)));
			for (int n = random.nextInt(10); n > 0; n--) {
				text.append(NOISE.charAt(random.nextInt(NOISE.length())));
			}
		}
		return text.toString();
	}

	private static <T> void check(String text, String where, List<T> found, Function<T, int[]> span) {
		for (T item : found) {
			int[] s = span.apply(item);
			assertTrue(0 <= s[0] && s[0] <= s[1] && s[1] <= text.length(), () -> where + ": " + item);
		}
	}
}
