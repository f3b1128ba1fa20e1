package org.mandateworkbench.index.tests.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.mandateworkbench.index.analysis.StateMentionRecognizer;

class StateMentionRecognizerTest {

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
    void returnsNothingForBlankOrNameFreeText() {
        for (String text : List.of("", "   ", "States parties should cooperate.", "各国应加强合作。")) {
            assertEquals(Set.of(), codes(text), text);
        }
        assertEquals(Set.of(), recognizer.recognize(null));
    }
}
