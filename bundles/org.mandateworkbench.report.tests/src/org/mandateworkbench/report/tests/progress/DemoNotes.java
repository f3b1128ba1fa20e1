package org.mandateworkbench.report.tests.progress;

import java.time.LocalDate;

import org.mandateworkbench.model.MandateWorkspace;
import org.mandateworkbench.model.Meeting;
import org.mandateworkbench.model.demo.DemoModel;
import org.mandateworkbench.report.document.ReportDocument;
import org.mandateworkbench.report.format.DraftLanguage;
import org.mandateworkbench.report.progress.ProgressNoteBuilder;

/** Builds progress notes for the seventh expert meeting on international cooperation from the demo model. */
final class DemoNotes {

    static final LocalDate REPLIES_IN = LocalDate.of(2018, 3, 15);
    static final LocalDate BEFORE_REPLIES = LocalDate.of(2018, 3, 1);

    private DemoNotes() {
    }

    static ReportDocument seventhExpertMeeting(LocalDate asOf, DraftLanguage language) {
        MandateWorkspace workspace = DemoModel.create();
        Meeting meeting = ProgressNoteBuilder.findMeeting(workspace, "CAC/COSP/EG.1", 7)
                .orElseThrow(() -> new AssertionError("demo has no 7th meeting of CAC/COSP/EG.1"));
        return new ProgressNoteBuilder(workspace, meeting, asOf, language).build();
    }
}
