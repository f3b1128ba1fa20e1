package org.mandateworkbench.report.tests.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.mandateworkbench.report.document.HtmlRenderer;
import org.mandateworkbench.report.format.DraftLanguage;

/**
 * Compares the HTML of the demo's progress note (seventh expert meeting, as of 15 March 2018) with the
 * golden files in golden/. After an intended change, regenerate them as described in golden/README.md
 * and review the difference before committing.
 */
class ProgressNoteHtmlSnapshotTest {

    /** System property that makes the test rewrite the golden files instead of comparing. */
    static final String UPDATE_PROPERTY = "mwb.updateGolden";

    @ParameterizedTest
    @EnumSource(DraftLanguage.class)
    void matchesGoldenFile(DraftLanguage language) throws IOException {
        String html = new HtmlRenderer().render(DemoNotes.seventhExpertMeeting(DemoNotes.REPLIES_IN, language));
        Path golden = Path.of("golden", "progress-note-eg1-7-2018-03-15-" + language.name().toLowerCase() + ".html");
        if (Boolean.getBoolean(UPDATE_PROPERTY)) {
            Files.writeString(golden, html, StandardCharsets.UTF_8);
        }
        assertTrue(Files.isRegularFile(golden), "missing golden file " + golden.toAbsolutePath()
                + "; create it with -D" + UPDATE_PROPERTY + "=true");
        assertEquals(Files.readString(golden, StandardCharsets.UTF_8), html);
    }
}
