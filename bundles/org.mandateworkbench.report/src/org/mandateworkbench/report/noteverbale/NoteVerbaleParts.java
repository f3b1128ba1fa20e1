package org.mandateworkbench.report.noteverbale;

import java.time.LocalDate;
import java.util.List;

import org.mandateworkbench.model.Mandate;
import org.mandateworkbench.report.document.CoverBlock;
import org.mandateworkbench.report.format.DraftDateFormatter;
import org.mandateworkbench.report.format.DraftLanguage;
import org.mandateworkbench.report.format.DraftWording;
import org.mandateworkbench.report.format.EnumerationFormatter;
import org.mandateworkbench.report.format.ModelTexts;
import org.mandateworkbench.report.progress.ProgressNoteBuilder;

/** The pieces a note verbale and its reminder share: wording, cover, topic names, mandate references. */
final class NoteVerbaleParts {

    private static final String WORDING = "org.mandateworkbench.report.noteverbale.wording";

    final DraftLanguage language;
    final DraftWording wording;
    final ModelTexts texts;
    private final DraftWording topicNames;

    NoteVerbaleParts(DraftLanguage language) {
        this.language = language;
        this.wording = DraftWording.of(WORDING, language);
        this.texts = new ModelTexts(language);
        this.topicNames = DraftWording.of(ProgressNoteBuilder.WORDING, language);
    }

    CoverBlock cover(LocalDate date, String reference, String addressees, List<String> topics, String subtitle) {
        String shownReference = reference == null || reference.isBlank() ? wording.text("cover.referencePlaceholder")
                : reference;
        return new CoverBlock(wording.text("cover.kind"), date(date), wording.text("cover.reference", shownReference),
                wording.text("cover.original"), wording.text("cover.from"), addressees, "",
                wording.text("cover.title", topicEnumeration(topics)), subtitle);
    }

    /** The display name of a topic, or its key when the wording has none. */
    String topicName(String topic) {
        return topicNames.optional("topic." + topic).orElse(topic);
    }

    String topicEnumeration(List<String> topics) {
        List<String> names = topics.stream().map(this::topicName).map(this::midSentence).toList();
        return EnumerationFormatter.join(names, language);
    }

    /** "the mandate “X”" or "the mandates “X” and “Y”". */
    String mandateReference(List<Mandate> mandates) {
        List<String> titles = mandates.stream().map(m -> wording.text("quoted", texts.of(m.getTitle()))).toList();
        return wording.text(mandates.size() == 1 ? "mandate.one" : "mandate.many",
                EnumerationFormatter.join(titles, language));
    }

    String date(LocalDate date) {
        return DraftDateFormatter.date(date, language);
    }

    private String midSentence(String name) {
        return texts.midSentence(name);
    }
}
