package org.mandateworkbench.model.tests.emf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.mandateworkbench.model.MultilingualText;
import org.mandateworkbench.model.query.MultilingualTextQuery;

class MultilingualTextQueryTest {

    @Test
    void findsExactLanguageFirst() {
        MultilingualText text = MultilingualTextQuery.of("zh-CN", "\u62a5\u544a");
        MultilingualTextQuery.put(text, "zh", "\u62a5\u544a\u4e66");

        assertEquals(Optional.of("\u62a5\u544a\u4e66"), MultilingualTextQuery.value(text, "ZH"));
        assertEquals(Optional.of("\u62a5\u544a"), MultilingualTextQuery.value(text, "zh-cn"));
    }

    @Test
    void fallsBackToSamePrimaryLanguage() {
        MultilingualText text = MultilingualTextQuery.of("zh-CN", "\u62a5\u544a");

        assertEquals(Optional.of("\u62a5\u544a"), MultilingualTextQuery.value(text, "zh"));
        assertTrue(MultilingualTextQuery.value(text, "en").isEmpty());
    }

    @Test
    void putReplacesTheValueOfTheSameTag() {
        MultilingualText text = MultilingualTextQuery.of("en", "Draft");
        MultilingualTextQuery.put(text, "EN", "Final");

        assertEquals(1, text.getValues().size());
        assertEquals(Optional.of("Final"), MultilingualTextQuery.value(text, "en"));
    }

    @Test
    void valueOrAnyPrefersTheListedLanguagesThenAnyValue() {
        MultilingualText text = MultilingualTextQuery.of("fr", "Rapport");
        MultilingualTextQuery.put(text, "en", "Report");

        assertEquals(Optional.of("Report"), MultilingualTextQuery.valueOrAny(text, List.of("zh", "en")));
        assertEquals(Optional.of("Rapport"), MultilingualTextQuery.valueOrAny(text, List.of("ar")));
        assertTrue(MultilingualTextQuery.valueOrAny(null, List.of("en")).isEmpty());
    }
}
