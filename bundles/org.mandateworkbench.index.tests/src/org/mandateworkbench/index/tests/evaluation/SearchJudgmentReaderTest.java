package org.mandateworkbench.index.tests.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mandateworkbench.index.evaluation.JudgedQuery;
import org.mandateworkbench.index.evaluation.JudgmentException;
import org.mandateworkbench.index.evaluation.SearchJudgmentReader;
import org.mandateworkbench.index.evaluation.SearchJudgments;
import org.mandateworkbench.index.evaluation.SeedDocument;

/** The judgments file format: golden file, and each malformed line refused with its line number. */
class SearchJudgmentReaderTest {

    private final SearchJudgmentReader reader = new SearchJudgmentReader();

    @TempDir
    Path folder;

    @Test
    void readsFloorsSeedsAndQueries() throws Exception {
        SearchJudgments judgments = reader.read(SeedFixtures.writeJudgments(folder, SeedFixtures.JUDGMENTS));
        assertEquals(0.85, judgments.precisionAt5Floor());
        assertEquals(0.90, judgments.reciprocalRankFloor());
        assertEquals(List.of(new SeedDocument(4, "note-en.txt", Optional.empty()),
                new SeedDocument(5, "note-zh.txt", Optional.of(SeedFixtures.CHINESE_SYMBOL))), judgments.seeds());
        assertEquals(4, judgments.queries().size());
        JudgedQuery finland = judgments.queries().get(2);
        assertEquals(8, finland.line());
        assertEquals("state:Finland", finland.query());
        assertEquals(Set.of("CAC/COSP/EG.1/2021/2@en\u00b61", "CAC/COSP/WG.2/2021/2@zh\u00b61"), finland.relevant());
    }

    @Test
    void aPrefixStandsForEveryUnitStartingWithIt() throws Exception {
        JudgedQuery symbol = reader.read(SeedFixtures.writeJudgments(folder, SeedFixtures.JUDGMENTS)).queries().get(3);
        assertTrue(symbol.isRelevant("CAC/COSP/WG.2/2021/2@zh\u00b62"));
        assertTrue(symbol.isRelevant("CAC/COSP/WG.2/2021/2@zh"));
        assertTrue(!symbol.isRelevant("CAC/COSP/WG.2/2021/3@zh"));
        assertEquals(Integer.MAX_VALUE, symbol.relevantCount());
    }

    @Test
    void refusesMalformedLinesNamingFileAndLine() {
        String floors = "floor\tP@5\t0.5\nfloor\tMRR\t0.5\n";
        assertLine(floors + "query\tno ids", 3);
        assertLine(floors + "query\twomen\t", 3);
        assertLine(floors + "# comment\nsearch\twomen\tid", 4);
        assertLine(floors + "seed\tnote.txt\tnot a symbol", 3);
        assertLine(floors + "query\twomen\ta\nquery\twomen\tb", 4);
        assertLine("floor\tP@5\t1.5\n", 1);
        assertLine("floor\tP@10\t0.5\n", 1);
        assertLine("floor\tMRR\thigh\n", 1);
    }

    @Test
    void refusesAFileWithoutFloorsOrQueries() {
        JudgmentException floors = assertThrows(JudgmentException.class,
                () -> reader.parse("j.tsv", List.of("floor\tP@5\t0.5", "query\twomen\tid")));
        assertTrue(floors.getMessage().startsWith("j.tsv"), floors.getMessage());
        JudgmentException queries = assertThrows(JudgmentException.class,
                () -> reader.parse("j.tsv", List.of("floor\tP@5\t0.5", "floor\tMRR\t0.5")));
        assertTrue(queries.getMessage().startsWith("j.tsv"), queries.getMessage());
        JudgmentException missing = assertThrows(JudgmentException.class, () -> reader.read(folder.resolve("none.tsv")));
        assertTrue(missing.getMessage().contains("none.tsv"), missing.getMessage());
    }

    private void assertLine(String text, int line) {
        JudgmentException e = assertThrows(JudgmentException.class, () -> reader.parse("j.tsv", List.of(text.split("\n"))),
                text);
        assertTrue(e.getMessage().startsWith("j.tsv, line " + line + ":"), e.getMessage());
    }
}
