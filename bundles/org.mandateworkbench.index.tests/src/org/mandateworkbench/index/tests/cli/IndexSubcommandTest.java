package org.mandateworkbench.index.tests.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.mandateworkbench.cli.UsageException;
import org.mandateworkbench.index.cli.IndexSubcommand;

class IndexSubcommandTest extends DemoWorkspaceFixture {

    private static final Pattern UNITS = Pattern.compile(": (\\d+) units indexed");

    private static int units(String output) {
        Matcher matcher = UNITS.matcher(output);
        assertTrue(matcher.find(), output);
        return Integer.parseInt(matcher.group(1));
    }

    @Test
    void rebuildReportsAPositiveUnitCountAndTheTime() throws Exception {
        CapturedRun run = CapturedRun.run(new IndexSubcommand(), workspace, "--rebuild");
        assertEquals(0, run.exitCode(), run.errors());
        assertTrue(units(run.output()) > 0, run.output());
        assertTrue(run.output().startsWith("Rebuilt the index in "), run.output());
        assertTrue(run.output().contains(" (as asked): "), run.output());
        assertTrue(run.output().strip().endsWith(" ms."), run.output());
    }

    @Test
    void secondRunUpdatesWithoutRewritingAndCountsTheSameUnits() throws Exception {
        String first = CapturedRun.run(new IndexSubcommand(), workspace).output();
        assertTrue(first.contains(" (there was none): "), first);
        int built = units(first);
        CapturedRun again = CapturedRun.run(new IndexSubcommand(), workspace);
        assertTrue(again.output().startsWith("Updated the index in "), again.output());
        assertTrue(again.output().contains("(0 written or deleted)"), again.output());
        assertEquals(built, units(again.output()));
    }

    @Test
    void rebuildsAnIndexWithOutdatedFiles() throws Exception {
        CapturedRun.run(new IndexSubcommand(), workspace);
        Path index = workspace.resolve("index");
        try (Stream<Path> files = Files.list(index)) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith("segments")).toList()) {
                Files.writeString(file, "not an index");
            }
        }
        CapturedRun run = CapturedRun.run(new IndexSubcommand(), workspace);
        assertTrue(run.output().startsWith("Rebuilt the index in "), run.output());
        assertTrue(run.output().contains(" (it was damaged): "), run.output());
        assertTrue(units(run.output()) > 0);
    }

    @Test
    void rejectsUnknownOptionsAndMissingWorkspaces() {
        UsageException option = assertThrows(UsageException.class,
                () -> CapturedRun.run(new IndexSubcommand(), workspace, "--fast"));
        assertTrue(option.getMessage().contains("--fast"), option.getMessage());
        Path empty = parent.resolve("empty");
        UsageException missing = assertThrows(UsageException.class,
                () -> CapturedRun.run(new IndexSubcommand(), workspace, empty.toString()));
        assertTrue(missing.getMessage().contains(empty.toString()), missing.getMessage());
    }
}
