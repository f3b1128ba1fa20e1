package org.mandateworkbench.report.format;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.mandateworkbench.model.MultilingualText;
import org.mandateworkbench.model.State;
import org.mandateworkbench.model.query.MultilingualTextQuery;
/** Picks the model's texts in the draft language, falling back to English, then to any language. */
public final class ModelTexts {

    // United Nations English puts "the" before these short names in running text.
    private static final Set<String> TAKES_THE = Set.of("ARE", "BHS", "CAF", "COD", "COG", "COM", "DOM", "GBR", "GMB",
            "KOR", "LAO", "MDA", "MHL", "NER", "NLD", "PHL", "PRK", "PSE", "RUS", "SDN", "SYR", "TZA", "USA", "VAT");

    private final DraftLanguage language;
    private final List<String> languages;

    /** Prefers texts in the given draft language. */
    public ModelTexts(DraftLanguage language) {
        this.language = language;
        this.languages = language == DraftLanguage.ZH ? List.of("zh", "en") : List.of("en");
    }

    /** @return the text in the draft language, or "" when the text has no value at all */
    public String of(MultilingualText text) {
        return MultilingualTextQuery.valueOrAny(text, languages).orElse("");
    }

    /**
     * The State's short name as it stands inside an English sentence ("the Republic of Korea") or a
     * Chinese one; its ISO code when the model has no name.
     */
    public String stateName(State state) {
        String name = of(state.getName());
        if (name.isEmpty()) {
            return state.getIsoCode();
        }
        return language == DraftLanguage.EN && TAKES_THE.contains(state.getIsoCode()) ? "the " + name : name;
    }

    /** English names and titles start with a capital but stand mid-sentence after "the" in the note. */
    public String midSentence(String name) {
        if (language == DraftLanguage.EN && !name.isEmpty()) {
            return name.substring(0, 1).toLowerCase(Locale.ROOT) + name.substring(1);
        }
        return name;
    }
}
