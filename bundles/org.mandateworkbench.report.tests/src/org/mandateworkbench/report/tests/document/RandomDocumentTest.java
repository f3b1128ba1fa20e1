package org.mandateworkbench.report.tests.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.mandateworkbench.report.document.BodyAssembler;
import org.mandateworkbench.report.document.DocumentBlock;
import org.mandateworkbench.report.document.HtmlRenderer;
import org.mandateworkbench.report.document.NumberedParagraph;
import org.mandateworkbench.report.document.ReportDocument;
import org.mandateworkbench.report.format.DraftLanguage;

/** Seeded random bodies: rerun with the seed in a failure message to reproduce it. */
class RandomDocumentTest {

    private static final long SEED = 20180315L;
    private static final String ALPHABET = "ab<>&\"' 中文\t";

    @Test
    void numbersParagraphsWithoutGapsAndEscapesAllMarkup() {
        Random random = new Random(SEED);
        for (int round = 0; round < 200; round++) {
            BodyAssembler body = new BodyAssembler(random.nextBoolean() ? DraftLanguage.EN : DraftLanguage.ZH);
            int operations = random.nextInt(40);
            for (int i = 0; i < operations; i++) {
                String text = text(random);
                switch (random.nextInt(3)) {
                case 0 -> body.chapter(text);
                case 1 -> body.section(text);
                default -> body.paragraph(text);
                }
            }
            ReportDocument document = body.toDocument(BodyAssemblerTest.COVER);
            List<DocumentBlock> paragraphs = document.blocks().stream().filter(NumberedParagraph.class::isInstance).toList();
            for (int i = 0; i < paragraphs.size(); i++) {
                assertEquals(i + 1, ((NumberedParagraph) paragraphs.get(i)).number(), "seed " + SEED + " round " + round);
            }
            String html = new HtmlRenderer().render(document);
            String bodyHtml = html.substring(html.indexOf("</header>"));
            assertFalse(bodyHtml.replaceAll("</?(h[12]|p|span|header|body|html)( class=\"[a-z]+\")?>", "").contains("<"),
                    "unescaped markup, seed " + SEED + " round " + round);
        }
    }

    private static String text(Random random) {
        StringBuilder text = new StringBuilder();
        int length = 1 + random.nextInt(12);
        for (int i = 0; i < length; i++) {
            text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return text.toString();
    }
}
