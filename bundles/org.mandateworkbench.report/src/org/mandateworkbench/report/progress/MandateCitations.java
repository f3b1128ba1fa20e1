package org.mandateworkbench.report.progress;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.mandateworkbench.model.Document;
import org.mandateworkbench.model.Mandate;
import org.mandateworkbench.model.Meeting;
import org.mandateworkbench.model.OperativeParagraph;
import org.mandateworkbench.model.Recommendation;
import org.mandateworkbench.model.Resolution;
import org.mandateworkbench.report.format.DraftLanguage;
import org.mandateworkbench.report.format.DraftWording;
import org.mandateworkbench.report.format.EnumerationFormatter;
import org.mandateworkbench.report.format.ModelTexts;

/**
 * Cites the resolution paragraphs and recommendations a mandate derives from ("paragraph 9 of
 * resolution 5/1", "the recommendations of the sixth expert meeting …") and collects the symbols of the
 * documents that contain them, for the footnote. Recommendations of meetings that began after the
 * "as of" date are left out: they did not exist yet.
 */
final class MandateCitations {

    /** The running-text citation and the cited symbols, in order of first mention. */
    record Citation(String text, List<String> symbols) {
    }

    private final DraftWording wording;
    private final ModelTexts texts;
    private final DraftLanguage language;

    MandateCitations(DraftWording wording, ModelTexts texts, DraftLanguage language) {
        this.wording = wording;
        this.texts = texts;
        this.language = language;
    }

    Citation cite(Mandate mandate, LocalDate asOf) {
        Set<String> phrases = new LinkedHashSet<>();
        Set<String> symbols = new LinkedHashSet<>();
        for (OperativeParagraph paragraph : mandate.getSourceParagraphs()) {
            Resolution resolution = paragraph.getResolution();
            if (resolution == null) {
                continue;
            }
            phrases.add(paragraph.getNumber() > 0
                    ? wording.text("cite.resolutionParagraph", resolution.getNumber(), Integer.toString(paragraph.getNumber()))
                    : wording.text("cite.resolution", resolution.getNumber()));
            addSymbol(symbols, resolution.getDocument());
        }
        for (Recommendation recommendation : mandate.getSourceRecommendations()) {
            Meeting meeting = recommendation.getMeeting();
            if (meeting == null || meeting.getStartDate() != null && meeting.getStartDate().isAfter(asOf)) {
                continue;
            }
            String meetingName = texts.midSentence(texts.of(meeting.getTitle()));
            phrases.add(recommendation.getParagraphNumber() > 0
                    ? wording.text("cite.recommendation", meetingName, paragraphLabel(recommendation))
                    : wording.text("cite.recommendations", meetingName));
            addSymbol(symbols, recommendation.getDocument());
        }
        return new Citation(EnumerationFormatter.join(new ArrayList<>(phrases), language), List.copyOf(symbols));
    }

    private static String paragraphLabel(Recommendation recommendation) {
        String letter = recommendation.getLetter();
        return recommendation.getParagraphNumber() + (letter == null || letter.isEmpty() ? "" : " (" + letter + ")");
    }

    private static void addSymbol(Set<String> symbols, Document document) {
        if (document != null && document.getSymbol() != null) {
            symbols.add(document.getSymbol().toString());
        }
    }
}
