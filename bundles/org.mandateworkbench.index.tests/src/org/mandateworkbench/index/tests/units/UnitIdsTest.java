package org.mandateworkbench.index.tests.units;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.mandateworkbench.index.schema.UnitIds;

/** Unit ids of the parts of a document: paragraph, footnote and passage, and their twins. */
class UnitIdsTest {

    private static final String KEY = "CAC/COSP/WG.2/2019/3";

    @Test
    void eachPartOfADocumentTellsItsLanguageAndOnlyItsOwnKindOfPlace() {
        String paragraph = UnitIds.documentParagraph(KEY, "zh", "12");
        String footnote = UnitIds.documentFootnote(KEY, "zh", "3");
        String passage = UnitIds.documentPassage(KEY, "zh", 2);
        for (String id : new String[] { paragraph, footnote, passage, UnitIds.documentText(KEY, "zh") }) {
            assertEquals(Optional.of("zh"), UnitIds.language(id), id);
            assertEquals(KEY, UnitIds.objectId(id), id);
        }
        assertEquals(Optional.of("12"), UnitIds.paragraph(paragraph));
        assertEquals(Optional.empty(), UnitIds.footnote(paragraph));
        assertEquals(Optional.of("3"), UnitIds.footnote(footnote));
        assertEquals(Optional.empty(), UnitIds.paragraph(footnote));
        assertEquals(Optional.empty(), UnitIds.passage(footnote));
        assertEquals(Optional.of(2), UnitIds.passage(passage));
        assertEquals(Optional.empty(), UnitIds.paragraph(passage));
        assertEquals(Optional.of("*"), UnitIds.footnote(UnitIds.documentFootnote(KEY, "en", "*")));
    }

    @Test
    void aTwinKeepsThePlaceInTheOtherLanguage() {
        assertEquals(UnitIds.documentFootnote(KEY, "en", "3"), UnitIds.inLanguage(UnitIds.documentFootnote(KEY, "zh", "3"), "en"));
        assertEquals(UnitIds.documentPassage(KEY, "en", 2), UnitIds.inLanguage(UnitIds.documentPassage(KEY, "zh", 2), "en"));
        assertEquals(UnitIds.documentParagraph(KEY, "en", "12-480"),
                UnitIds.inLanguage(UnitIds.documentParagraph(KEY, "zh", "12-480"), "en"));
        assertEquals(UnitIds.documentText(KEY, "en"), UnitIds.inLanguage(UnitIds.documentText(KEY, "zh"), "en"));
        assertEquals("rec-2a", UnitIds.inLanguage("rec-2a", "en"));
    }

    @Test
    void unitsOfOtherObjectsHaveNoPlaceInADocument() {
        for (String id : new String[] { "rec-2a", "response-KOR#refusal", "response-a@b#topic" }) {
            assertEquals(Optional.empty(), UnitIds.language(id), id);
            assertEquals(Optional.empty(), UnitIds.paragraph(id), id);
            assertEquals(Optional.empty(), UnitIds.footnote(id), id);
            assertEquals(Optional.empty(), UnitIds.passage(id), id);
        }
    }
}
