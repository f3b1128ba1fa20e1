package org.mandateworkbench.report.progress;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.mandateworkbench.model.Indicator;
import org.mandateworkbench.model.Mandate;
import org.mandateworkbench.model.MandateWorkspace;
import org.mandateworkbench.model.Observation;
import org.mandateworkbench.report.document.BodyAssembler;
import org.mandateworkbench.report.document.Table;
import org.mandateworkbench.report.format.DraftDateFormatter;
import org.mandateworkbench.report.format.DraftLanguage;
import org.mandateworkbench.report.format.DraftWording;
import org.mandateworkbench.report.format.ModelTexts;

/**
 * The Indicators chapter: for each indicator of the covered mandates, its latest observation dated on
 * or before the "as of" date, or a dash when there was none yet.
 */
final class IndicatorTable {

    private final MandateWorkspace workspace;
    private final List<Mandate> mandates;
    private final LocalDate asOf;
    private final DraftLanguage language;
    private final DraftWording wording;
    private final ModelTexts texts;

    IndicatorTable(MandateWorkspace workspace, List<Mandate> mandates, LocalDate asOf, DraftLanguage language,
            DraftWording wording) {
        this.workspace = workspace;
        this.mandates = mandates;
        this.asOf = asOf;
        this.language = language;
        this.wording = wording;
        this.texts = new ModelTexts(language);
    }

    void addTo(BodyAssembler body) {
        body.chapter(wording.text("heading.indicators"));
        List<List<String>> rows = new ArrayList<>();
        for (Indicator indicator : workspace.getIndicators()) {
            if (!mandates.contains(indicator.getMandate())) {
                continue;
            }
            Optional<Observation> latest = latest(indicator);
            String none = wording.text("indicators.noValue");
            rows.add(List.of(texts.of(indicator.getName()), latest.map(o -> number(o.getValue())).orElse(none),
                    latest.map(o -> DraftDateFormatter.date(o.getDate(), language)).orElse(none),
                    indicator.getUnit() == null ? "" : indicator.getUnit()));
        }
        if (rows.isEmpty()) {
            body.paragraph(wording.text("indicators.none"));
            return;
        }
        body.paragraph(wording.text("indicators.intro", DraftDateFormatter.date(asOf, language)));
        body.add(new Table(List.of(wording.text("indicators.name"), wording.text("indicators.value"),
                wording.text("indicators.date"), wording.text("indicators.unit")), rows));
    }

    // On equal dates the observation later in the list wins, as corrections are appended.
    private Optional<Observation> latest(Indicator indicator) {
        Observation latest = null;
        for (Observation observation : indicator.getObservations()) {
            LocalDate date = observation.getDate();
            if (date != null && !date.isAfter(asOf) && (latest == null || !date.isBefore(latest.getDate()))) {
                latest = observation;
            }
        }
        return Optional.ofNullable(latest);
    }

    private static String number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value) : Double.toString(value);
    }
}
