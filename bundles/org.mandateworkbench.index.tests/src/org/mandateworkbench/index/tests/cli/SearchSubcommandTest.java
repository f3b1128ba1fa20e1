package org.mandateworkbench.index.tests.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.mandateworkbench.cli.UsageException;
import org.mandateworkbench.index.cli.SearchSubcommand;
import org.mandateworkbench.model.Mandate;
import org.mandateworkbench.model.MandateAction;
import org.mandateworkbench.model.NoteVerbale;
import org.mandateworkbench.model.StateResponse;
import org.mandateworkbench.model.TopicSummary;
import org.mandateworkbench.store.ModelStore;
import org.mandateworkbench.store.Workspace;
import org.mandateworkbench.store.Workspaces;

class SearchSubcommandTest extends DemoWorkspaceFixture {

    private static final Pattern ID = Pattern.compile("\"id\":\"([^\"]*)\"");

    /** The index units of Norway's responses, derived from the model rather than from the index. */
    private List<String> norwayResponseTopics() throws Exception {
        List<String> ids = new ArrayList<>();
        try (Workspace opened = Workspaces.open(workspace); ModelStore store = ModelStore.open(opened)) {
            for (Mandate mandate : store.root().getMandates()) {
                for (MandateAction action : mandate.getActions()) {
                    if (action instanceof NoteVerbale note) {
                        for (StateResponse response : note.getResponses()) {
                            if (response.getState() != null && "NOR".equals(response.getState().getIsoCode())) {
                                for (TopicSummary summary : response.getTopicSummaries()) {
                                    ids.add(response.getId() + "#" + summary.getTopic());
                                }
                            }
                        }
                    }
                }
            }
        }
        return ids.stream().sorted().toList();
    }

    private static List<String> ids(String json) {
        List<String> ids = new ArrayList<>();
        Matcher matcher = ID.matcher(json);
        while (matcher.find()) {
            ids.add(matcher.group(1));
        }
        return ids.stream().sorted().toList();
    }

    @Test
    void jsonListsNorwaysResponsesWithTheStableShape() throws Exception {
        CapturedRun run = CapturedRun.run(new SearchSubcommand(), workspace, "state:Norway", "--json");
        assertEquals(0, run.exitCode(), run.errors());
        String json = run.output().strip();
        List<String> expected = norwayResponseTopics();
        assertFalse(expected.isEmpty());
        assertEquals(expected, ids(json));
        assertTrue(json.startsWith("{\"query\":\"state:Norway\",\"total\":" + expected.size() + ",\"hits\":[{\"id\":"), json);
        assertTrue(json.contains("\"kind\":\"state-response-topic\",\"symbols\":["), json);
        assertTrue(json.contains("\"facets\":{"), json);
        assertTrue(json.contains("\"state\":{\"NOR\":" + expected.size() + "}"), json);
        assertTrue(json.endsWith("}}"), json);
        assertEquals(1, json.lines().count());
    }

    @Test
    void jsonEscapesQuotesInTheQuery() throws Exception {
        CapturedRun run = CapturedRun.run(new SearchSubcommand(), workspace, "\"dual criminality\"", "--json");
        assertEquals(0, run.exitCode(), run.errors());
        assertTrue(run.output().startsWith("{\"query\":\"\\\"dual criminality\\\"\","), run.output());
    }

    @Test
    void syntaxErrorExitsOneWithPositionAndHint() throws Exception {
        CapturedRun run = CapturedRun.run(new SearchSubcommand(), workspace, "(unclosed");
        assertEquals(1, run.exitCode());
        assertEquals("", run.output());
        String[] lines = run.errors().split("\\R");
        assertTrue(lines[0].matches(".*position \\d+: .+"), run.errors());
        int position = Integer.parseInt(lines[0].replaceAll(".*position (\\d+):.*", "$1"));
        assertEquals("(unclosed", lines[1]);
        assertEquals(" ".repeat(position) + "^", lines[2]);
    }

    @Test
    void facetsPrintCountsPerValue() throws Exception {
        List<String> topics = norwayResponseTopics();
        int norway = topics.size();
        CapturedRun run = CapturedRun.run(new SearchSubcommand(), workspace, "state:Norway", "--facets");
        assertEquals(0, run.exitCode(), run.errors());
        String output = run.output();
        assertTrue(output.contains("\nFacets:\n"), output);
        assertTrue(output.contains("\n  state:\n    NOR: " + norway + "\n"), output);
        assertTrue(output.contains("[state-response-topic] " + topics.get(0) + "\n"), output);
        assertFalse(output.contains("  body:\n    "), "empty dimensions are left out");
        assertFalse(CapturedRun.run(new SearchSubcommand(), workspace, "state:Norway").output().contains("Facets:"));
    }

    @Test
    void textOutputBracketsMatchesAndHonoursTheLimit() throws Exception {
        CapturedRun run = CapturedRun.run(new SearchSubcommand(), workspace, "双重犯罪", "--limit", "1");
        assertEquals(0, run.exitCode(), run.errors());
        String output = run.output();
        assertTrue(output.contains("[[双重犯罪]]"), output);
        assertFalse(output.contains("<b>"), output);
        assertTrue(output.contains("\n1. ["), output);
        assertFalse(output.contains("\n2. ["), output);
    }

    @Test
    void rejectsBadLimitsUnknownOptionsAndMissingQueries() {
        UsageException limit = assertThrows(UsageException.class,
                () -> CapturedRun.run(new SearchSubcommand(), workspace, "tax", "--limit", "zero"));
        assertTrue(limit.getMessage().contains("\"zero\""), limit.getMessage());
        UsageException option = assertThrows(UsageException.class,
                () -> CapturedRun.run(new SearchSubcommand(), workspace, "tax", "--color"));
        assertTrue(option.getMessage().contains("--color"), option.getMessage());
        assertThrows(UsageException.class, () -> CapturedRun.run(new SearchSubcommand(), workspace, "--json"));
    }
}
