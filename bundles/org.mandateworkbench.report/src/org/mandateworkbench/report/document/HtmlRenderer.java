package org.mandateworkbench.report.document;

import java.util.ArrayList;
import java.util.List;

import org.mandateworkbench.report.format.DraftLanguage;
import org.mandateworkbench.report.format.LetteredItems;

/**
 * Writes a {@link ReportDocument} as a self-contained HTML page for preview: all text escaped, the
 * draft language in the {@code lang} attribute, footnotes gathered as an ordered list at the end and
 * linked from their markers; the agenda item's asterisked footnote closes the cover block. The output
 * is deterministic, so it can be compared with a golden file.
 */
public final class HtmlRenderer {

    /** A page layout close to the Word document's, so the preview reads like the draft. */
    private static final String STYLE = """
            body { font-family: "Times New Roman", "Noto Serif CJK SC", "SimSun", serif; font-size: 11pt; \
            max-width: 42em; margin: 1.5em auto; padding: 0 1em; line-height: 1.4; }
            html:lang(zh) body { font-family: "Noto Serif CJK SC", "SimSun", serif; }
            .masthead { text-align: right; margin: 0; }
            .cover p { margin: 0.2em 0; }
            .cover .body-name, .cover .agenda { font-weight: bold; }
            .cover .title { font-size: 14pt; font-weight: bold; margin-top: 1em; }
            .cover .subtitle { font-size: 14pt; font-weight: bold; }
            .cover .agenda-footnote { font-size: 9pt; border-top: 1px solid #888; padding-top: 0.2em; width: 12em; }
            h1 { font-size: 12pt; margin: 1.2em 0 0.5em; }
            h2 { font-size: 11pt; margin: 1em 0 0.4em; }
            .numbered { text-align: justify; padding-left: 2.5em; text-indent: -2.5em; }
            .number { display: inline-block; width: 2.5em; text-indent: 0; }
            .lettered { list-style: none; padding-left: 5em; text-indent: -2.5em; }
            table { border-collapse: collapse; width: 100%; }
            th, td { border: 1px solid #888; padding: 0.2em 0.4em; text-align: left; }
            .footnotes { font-size: 9pt; border-top: 1px solid #888; padding-top: 0.5em; }
            """;

    /** @return the complete page, lines separated by "\n" */
    public String render(ReportDocument document) {
        StringBuilder html = new StringBuilder();
        List<Footnote> footnotes = new ArrayList<>();
        String lang = document.language() == DraftLanguage.ZH ? "zh" : "en";
        CoverBlock cover = document.cover();
        html.append("<!DOCTYPE html>\n<html lang=\"").append(lang).append("\">\n<head>\n<meta charset=\"UTF-8\">\n<title>")
                .append(escape(cover.title())).append("</title>\n<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n");
        cover(html, cover);
        for (DocumentBlock block : document.blocks()) {
            switch (block) {
            case Heading heading -> heading(html, heading);
            case NumberedParagraph paragraph -> numbered(html, paragraph, footnotes);
            case LetteredList list -> lettered(html, list);
            case Table table -> table(html, table);
            }
        }
        if (!footnotes.isEmpty()) {
            html.append("<ol class=\"footnotes\">\n");
            for (int i = 0; i < footnotes.size(); i++) {
                html.append("<li id=\"fn").append(i + 1).append("\">").append(escape(footnotes.get(i).text())).append("</li>\n");
            }
            html.append("</ol>\n");
        }
        return html.append("</body>\n</html>\n").toString();
    }

    private static void cover(StringBuilder html, CoverBlock cover) {
        html.append("<header class=\"cover\">\n");
        for (String line : List.of(cover.distribution(), cover.date(), cover.symbol(), cover.originalLanguage())) {
            html.append("<p class=\"masthead\">").append(escape(line)).append("</p>\n");
        }
        if (!cover.bodyName().isEmpty()) {
            html.append("<p class=\"body-name\">").append(escape(cover.bodyName())).append("</p>\n");
        }
        if (!cover.meetingLine().isEmpty()) {
            html.append("<p>").append(escape(cover.meetingLine())).append("</p>\n");
        }
        if (!cover.agendaItem().isEmpty()) {
            html.append("<p class=\"agenda\">").append(escape(cover.agendaItem()));
            if (cover.hasAgendaFootnote()) {
                html.append("<sup>").append(CoverBlock.AGENDA_MARK).append("</sup>");
            }
            html.append("</p>\n");
        }
        html.append("<p class=\"title\">").append(escape(cover.title())).append("</p>\n");
        html.append("<p class=\"subtitle\">").append(escape(cover.subtitle())).append("</p>\n");
        if (cover.hasAgendaFootnote()) {
            html.append("<p class=\"agenda-footnote\">").append(CoverBlock.AGENDA_MARK).append(' ')
                    .append(escape(cover.agendaFootnote())).append("</p>\n");
        }
        html.append("</header>\n");
    }

    private static void heading(StringBuilder html, Heading heading) {
        String tag = "h" + heading.level();
        String label = heading.numeral().isEmpty() ? "" : escape(heading.numeral()) + " ";
        html.append('<').append(tag).append('>').append(label).append(escape(heading.text())).append("</").append(tag)
                .append(">\n");
    }

    private static void numbered(StringBuilder html, NumberedParagraph paragraph, List<Footnote> footnotes) {
        html.append("<p class=\"numbered\"><span class=\"number\">").append(paragraph.number()).append(".</span> ")
                .append(escape(paragraph.text()));
        for (Footnote footnote : paragraph.footnotes()) {
            footnotes.add(footnote);
            int n = footnotes.size();
            html.append("<sup><a href=\"#fn").append(n).append("\">").append(n).append("</a></sup>");
        }
        html.append("</p>\n");
    }

    private static void lettered(StringBuilder html, LetteredList list) {
        html.append("<ul class=\"lettered\">\n");
        for (int i = 0; i < list.items().size(); i++) {
            html.append("<li>").append(LetteredItems.label(i + 1)).append(' ').append(escape(list.items().get(i)))
                    .append("</li>\n");
        }
        html.append("</ul>\n");
    }

    private static void table(StringBuilder html, Table table) {
        html.append("<table>\n<thead>\n");
        row(html, table.header(), "th");
        html.append("</thead>\n<tbody>\n");
        for (List<String> cells : table.rows()) {
            row(html, cells, "td");
        }
        html.append("</tbody>\n</table>\n");
    }

    private static void row(StringBuilder html, List<String> cells, String tag) {
        html.append("<tr>");
        for (String cell : cells) {
            html.append('<').append(tag).append('>').append(escape(cell)).append("</").append(tag).append('>');
        }
        html.append("</tr>\n");
    }

    /** Escapes the five characters with meaning in HTML text and attribute values. */
    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
            case '&' -> escaped.append("&amp;");
            case '<' -> escaped.append("&lt;");
            case '>' -> escaped.append("&gt;");
            case '"' -> escaped.append("&quot;");
            case '\'' -> escaped.append("&#39;");
            default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
