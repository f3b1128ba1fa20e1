package org.mandateworkbench.index.tests.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mandateworkbench.cli.ExitCodes;
import org.mandateworkbench.cli.UsageException;
import org.mandateworkbench.index.cli.EvaluateSearchSubcommand;
import org.mandateworkbench.index.tests.evaluation.SeedFixtures;

/**
 * {@code mwb evaluate-search} end to end over the fixture notes: the demo workspace is created, the
 * notes imported (one under the symbol the judgments give it), the index built and the queries ranked.
 */
class EvaluateSearchSubcommandTest {

    @TempDir
    Path folder;

    private CapturedRun run(String... arguments) throws Exception {
        // The subcommand needs no workspace; its parent folder is the current directory.
        return CapturedRun.run(new EvaluateSearchSubcommand(), folder.resolve("unused"), arguments);
    }

    @Test
    void ranksTheJudgedQueriesOverTheDemoAndTheImportedNotes() throws Exception {
        SeedFixtures.writeSeeds(folder);
        Path judgments = SeedFixtures.writeJudgments(folder, SeedFixtures.JUDGMENTS);

        CapturedRun run = run(folder.toString(), judgments.toString());

        String printed = run.output();
        assertEquals("", run.errors());
        assertEquals(ExitCodes.OK, run.exitCode(), printed);
        // Every query finds a judged unit first; the symbol prefix covers three units, so its P@5 is 3/5.
        for (String query : List.of("ZEPHYRTRACK", "\u53cc\u91cd\u72af\u7f6a \u667a\u5229", "state:Finland")) {
            assertTrue(printed.contains("   1  1.00  1.00  " + query), printed);
        }
        assertTrue(printed.contains("   1  0.60  1.00  symbol:cac/cosp/wg.2/2021/2"), printed);
        assertTrue(printed.contains("Mean P@5 0.900 (floor 0.850), MRR 1.000 (floor 0.900)"), printed);
    }

    @Test
    void exitsThreeBelowTheFloorsAndReportsAMissingSeed() throws Exception {
        SeedFixtures.writeSeeds(folder);
        Path judgments = SeedFixtures.writeJudgments(folder, SeedFixtures.JUDGMENTS
                .replace("floor\tP@5\t0.85", "floor\tP@5\t0.95").concat("seed\tmissing.txt\n"));

        CapturedRun run = run(folder.toString(), judgments.toString());

        assertEquals(EvaluateSearchSubcommand.BELOW_FLOORS, run.exitCode());
        String errors = run.errors();
        assertTrue(errors.contains("missing.txt"), errors);
        assertTrue(errors.contains("P@5") && !errors.contains("MRR"), errors);
    }

    @Test
    void refusesWrongArgumentsWithAUsageMessage() throws Exception {
        Path judgments = SeedFixtures.writeJudgments(folder, "floor\tP@5\t0.5\nquery\twomen\n");
        assertThrows(UsageException.class, () -> run(folder.toString()));
        assertThrows(UsageException.class, () -> run("--json", folder.toString(), judgments.toString()));
        assertThrows(UsageException.class, () -> run(folder.resolve("none").toString(), judgments.toString()));
        UsageException bad = assertThrows(UsageException.class, () -> run(folder.toString(), judgments.toString()));
        assertTrue(bad.getMessage().contains("line 2"), bad.getMessage());
    }
}
