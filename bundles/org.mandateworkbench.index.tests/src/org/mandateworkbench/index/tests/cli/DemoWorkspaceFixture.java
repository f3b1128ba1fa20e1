package org.mandateworkbench.index.tests.cli;

import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.mandateworkbench.store.DemoWorkspace;

/** Gives each test a fresh demo workspace in a temporary folder, without an index yet. */
abstract class DemoWorkspaceFixture {

    @TempDir
    Path parent;

    Path workspace;

    @BeforeEach
    void installDemo() throws Exception {
        workspace = parent.resolve("demo");
        DemoWorkspace.install(workspace);
    }
}
