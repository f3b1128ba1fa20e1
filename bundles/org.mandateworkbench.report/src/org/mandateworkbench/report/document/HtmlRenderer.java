package org.mandateworkbench.report.document;

import java.util.ArrayList;
import java.util.List;

import org.mandateworkbench.report.format.DraftLanguage;
import org.mandateworkbench.report.format.LetteredItems;

/**
 * Writes a {@link ReportDocument} as a self-contained HTML page for preview: all text escaped, the
 * draft language in the {@code lang} attribute, footnotes gathered as an ordered list at the end and
 * linked from their markers. The output is deterministic, so it can be compared with a golden file.
 */
public final class HtmlRenderer {

    /** @return the complete page, lines separated by "\n" */
    public String render(ReportDocument document) {
        StringBuilder html = new StringBuilder();
        List<Footnote> footnotes = new ArrayList<>();
        String lang = document.language() == DraftLanguage.ZH ? "zh" : "en";
        CoverBlock cover = document.cover();
        html.append("<!DOCTYPE html>\n<html lang=\"").append(lang).append("\">\n<head>\n<meta charset=\"UTF-8\">\n<title>")
                .append(escape(cover.title())).append("</title>\n</head>\n<body>\n");
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
        for (String line : List.of(cover.bodyName(), cover.meetingLine(), cover.agendaItem())) {
            if (!line.isEmpty()) {
                html.append("<p>").append(escape(line)).append("</p>\n");
            }
        }
        html.append("<p class=\"title\">").append(escape(cover.title())).append("</p>\n");
        html.append("<p class=\"subtitle\">").append(escape(cover.subtitle())).append("</p>\n</header>\n");
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
