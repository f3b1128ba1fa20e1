package org.mandateworkbench.index.tests.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.mandateworkbench.index.analysis.StateMentionRecognizer;
import org.mandateworkbench.model.reference.StateCatalog;
import org.mandateworkbench.model.reference.StateReference;

class StateMentionRecognizerTest {

    private static final long SEED = 1955L;

    private final StateMentionRecognizer recognizer = StateMentionRecognizer.standard();

    private Set<String> codes(String text) {
        return recognizer.recognize(text);
    }

    @Test
    void recognizesEnglishAndChineseNamesAndAliases() {
        assertEquals(Set.of("KOR", "NOR"), codes("Panellists from the Republic of Korea and Norway spoke."));
        assertEquals(Set.of("KOR", "NOR"), codes("大韩民国和挪威的专家发言。"));
        assertEquals(Set.of("KOR"), codes("韩国提出了建议。"));
        assertEquals(Set.of("USA"), codes("the US and the United States of America"));
    }

    @Test
    void prefersTheLongestNameOverNamesInsideIt() {
        assertEquals(Set.of("PNG", "GIN"), codes("Papua New Guinea and Guinea"));
        assertEquals(Set.of("PNG"), codes("Papua New Guinea"));
        assertEquals(Set.of("PRK"), codes("the Democratic People's Republic of Korea"));
        assertEquals(Set.of("GNQ", "GIN"), codes("赤道几内亚和几内亚"));
        assertEquals(Set.of("IDN"), codes("印度尼西亚"));
    }

    @Test
    void matchesLatinNamesAsWholeWordsOnly() {
        assertEquals(Set.of("NGA"), codes("Nigeria"));
        assertEquals(Set.of(), codes("Chinese authorities"));
        assertEquals(Set.of(), codes("let us know; the usual"));
        assertEquals(Set.of("CHN"), codes("china"));
    }

    @Test
    void findsNamesAfterPunctuationDigitsOrChineseAndAtTheEndButNotInsideWords() {
        assertEquals(Set.of("TCD", "MLI"), codes("(Chad), Mali"));
        assertEquals(Set.of("NOR"), codes("2019:Norway"));
        assertEquals(Set.of(), codes("Norway2 xMali 3Chad"));
        assertEquals(Set.of("NOR", "MLI"), codes("挪威 Norway 与 Mali"));
        assertEquals(Set.of("NOR"), codes("挪威Norway与Mali"));
        assertEquals(Set.of("NOR"), codes("A挪威"));
        assertEquals(Set.of(), codes("M"));
    }

    @Test
    void recognizesEveryStateByItsShortNamesInBothLanguages() {
        for (StateReference state : StateCatalog.standard().all()) {
            assertEquals(Set.of(state.iso3()), codes("On " + state.englishShortName() + "."), state.iso3());
            assertEquals(Set.of(state.iso3()), codes("关于" + state.chineseShortName() + "。"), state.iso3());
        }
    }

    @Test
    void randomTextsGiveOnlyKnownCodesAndNeverFail() {
        Random random = new Random(SEED);
        String[] pieces = { "Korea", "Republic of ", "Guinea", "Papua New ", "几内亚", "赤道", "US", "us", "Niger", "ia",
                " ", ",", "the ", "大韩民国", "韩", "Norway", "挪威", "\u3000", "é" };
        Set<String> known = StateCatalog.standard().all().stream().map(StateReference::iso3).collect(Collectors.toSet());
        for (int round = 0; round < 1000; round++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(10); i > 0; i--) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            Set<String> found = codes(text.toString());
            assertTrue(known.containsAll(found), "seed " + SEED + ", round " + round + ", input [" + text + "]");
        }
    }

    @Test
    void returnsNothingForBlankOrNameFreeText() {
        for (String text : List.of("", "   ", "States parties should cooperate.", "各国应加强合作。")) {
            assertEquals(Set.of(), codes(text), text);
        }
        assertEquals(Set.of(), recognizer.recognize(null));
    }
}
