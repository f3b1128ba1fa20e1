package org.mandateworkbench.report.tests.document;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.mandateworkbench.report.document.BodyAssembler;
import org.mandateworkbench.report.document.CoverBlock;
import org.mandateworkbench.report.document.DocumentBlock;
import org.mandateworkbench.report.document.Heading;
import org.mandateworkbench.report.document.NumberedParagraph;
import org.mandateworkbench.report.format.DraftLanguage;

class BodyAssemblerTest {

    static final CoverBlock COVER = new CoverBlock("Distr.: General", "1 March 2018", "X/1", "Original: English", "Body",
            "Meeting", "", "Title", "Note");

    @Test
    void numbersParagraphsContinuouslyAndRestartsSectionLetters() {
        BodyAssembler body = new BodyAssembler(DraftLanguage.EN);
        body.chapter("One");
        body.paragraph("a");
        body.section("First");
        body.paragraph("b");
        body.chapter("Two");
        body.section("Again first");
        body.section("Second");
        body.paragraph("c");
        List<DocumentBlock> blocks = body.toDocument(COVER).blocks();
        assertEquals(List.of("I.", "1", "A.", "2", "II.", "A.", "B.", "3"), blocks.stream().map(BodyAssemblerTest::label).toList());
    }

    @Test
    void usesChineseNumeralsForChineseChapters() {
        BodyAssembler body = new BodyAssembler(DraftLanguage.ZH);
        for (int i = 0; i < 11; i++) {
            body.chapter("章");
        }
        assertEquals("十一.", label(body.toDocument(COVER).blocks().get(10)));
    }

    private static String label(DocumentBlock block) {
        return switch (block) {
        case Heading heading -> heading.numeral();
        case NumberedParagraph paragraph -> Integer.toString(paragraph.number());
        default -> "?";
        };
    }
}
