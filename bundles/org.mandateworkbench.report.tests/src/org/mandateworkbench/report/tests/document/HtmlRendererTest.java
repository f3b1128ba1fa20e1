package org.mandateworkbench.report.tests.document;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.mandateworkbench.report.document.CoverBlock;
import org.mandateworkbench.report.document.Footnote;
import org.mandateworkbench.report.document.Heading;
import org.mandateworkbench.report.document.HtmlRenderer;
import org.mandateworkbench.report.document.LetteredList;
import org.mandateworkbench.report.document.NumberedParagraph;
import org.mandateworkbench.report.document.ReportDocument;
import org.mandateworkbench.report.document.Table;
import org.mandateworkbench.report.format.DraftLanguage;

class HtmlRendererTest {

    @Test
    void escapesTextAndSetsTheLanguage() {
        ReportDocument document = new ReportDocument(DraftLanguage.ZH, BodyAssemblerTest.COVER,
                List.of(new NumberedParagraph(1, "<b>R&D</b> \"q\" 'a'", List.of())));
        String html = new HtmlRenderer().render(document);
        assertTrue(html.contains("<html lang=\"zh\">"), html);
        assertTrue(html.contains("&lt;b&gt;R&amp;D&lt;/b&gt; &quot;q&quot; &#39;a&#39;"), html);
        assertFalse(html.contains("<b>R"), html);
    }

    @Test
    void marksTheAgendaItemAndClosesTheCoverWithTheAsteriskFootnote() {
        CoverBlock cover = new CoverBlock("Distr.: General", "1 March 2018", "X/1", "Original: English", "Body",
                "Meeting", "Item 2 of the provisional agenda: Topic", "Title", "Note by the Secretariat", "X/2018/1");
        String html = new HtmlRenderer().render(new ReportDocument(DraftLanguage.EN, cover, List.of()));
        assertTrue(html.contains("<p class=\"agenda\">Item 2 of the provisional agenda: Topic<sup>*</sup></p>"), html);
        assertTrue(html.contains("<p class=\"agenda-footnote\">* X/2018/1.</p>\n</header>"), html);
        String without = new HtmlRenderer().render(new ReportDocument(DraftLanguage.EN, BodyAssemblerTest.COVER, List.of()));
        assertFalse(without.contains("class=\"agenda-footnote\""), without);
    }

    @Test
    void gathersFootnotesAtTheEndInOrder() {
        ReportDocument document = new ReportDocument(DraftLanguage.EN, BodyAssemblerTest.COVER,
                List.of(new Heading(1, "I.", "Intro"), new NumberedParagraph(1, "First", List.of(new Footnote(List.of("A/1")))),
                        new LetteredList(List.of("x", "y")),
                        new NumberedParagraph(2, "Second", List.of(new Footnote(List.of("B/2", "C/3")))),
                        new Table(List.of("h"), List.of(List.of("v")))));
        String html = new HtmlRenderer().render(document);
        assertTrue(html.contains("First<sup><a href=\"#fn1\">1</a></sup>"), html);
        assertTrue(html.contains("Second<sup><a href=\"#fn2\">2</a></sup>"), html);
        assertTrue(html.contains("<li>(b) y</li>"), html);
        assertTrue(html.contains("<ol class=\"footnotes\">\n<li id=\"fn1\">A/1.</li>\n<li id=\"fn2\">B/2; C/3.</li>\n</ol>"),
                html);
        assertTrue(html.indexOf("<ol class=\"footnotes\">") > html.indexOf("<table>"), html);
    }

    @Test
    void rejectsMalformedBlocks() {
        assertThrows(IllegalArgumentException.class, () -> new Footnote(List.of()));
        assertThrows(IllegalArgumentException.class, () -> new Table(List.of("a", "b"), List.of(List.of("only"))));
        assertThrows(IllegalArgumentException.class, () -> new NumberedParagraph(0, "x", List.of()));
        assertThrows(IllegalArgumentException.class, () -> new Heading(3, "", "x"));
    }
}
