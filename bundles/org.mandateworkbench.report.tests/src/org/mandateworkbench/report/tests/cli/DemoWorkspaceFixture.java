package org.mandateworkbench.report.tests.cli;

import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.mandateworkbench.store.DemoWorkspace;

/** Installs the demo workspace in a fresh temporary folder "ws" and runs reports from the folder above it. */
abstract class DemoWorkspaceFixture {

    @TempDir
    Path temp;

    ReportRun run;

    @BeforeEach
    void installDemo() throws Exception {
        DemoWorkspace.install(temp.resolve("ws"));
        run = new ReportRun(temp.resolve("ws"), temp);
    }
}
