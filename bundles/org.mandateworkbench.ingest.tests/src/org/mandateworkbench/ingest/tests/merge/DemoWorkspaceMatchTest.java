package org.mandateworkbench.ingest.tests.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mandateworkbench.ingest.tests.merge.MergeWorkspace.of;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mandateworkbench.ingest.commit.ImportCommitter;
import org.mandateworkbench.ingest.merge.ImportChange;
import org.mandateworkbench.ingest.merge.ImportChange.Category;
import org.mandateworkbench.ingest.merge.ImportChange.Kind;
import org.mandateworkbench.ingest.merge.ImportPlan;
import org.mandateworkbench.ingest.merge.ProposalMatcher;
import org.mandateworkbench.ingest.proposal.ImportAnalyzer;
import org.mandateworkbench.ingest.tests.ImportFixtures;
import org.mandateworkbench.model.reference.StateCatalog;
import org.mandateworkbench.store.DemoWorkspace;
import org.mandateworkbench.store.ModelStore;
import org.mandateworkbench.store.Workspace;
import org.mandateworkbench.store.Workspaces;

/** A note citing the demo's note verbale of 9 February 2018 finds it and its reply count instead of adding them. */
class DemoWorkspaceMatchTest {

	@TempDir
	Path folder;

	@Test
	void noteVerbaleReplyCountAndStatesOfTheDemoAreMatchedNotDuplicated() throws Exception {
		DemoWorkspace.install(folder);
		try (Workspace workspace = Workspaces.open(folder); ModelStore store = ModelStore.open(workspace)) {
			int states = store.root().getStates().size();
			ImportPlan plan = new ProposalMatcher(store.root(), StateCatalog.standard()).match(
					new ImportAnalyzer(StateCatalog.standard()).analyze("note-zh.txt", ImportFixtures.CHINESE_NOTE),
					ImportFixtures.CHINESE_NOTE);
			String all = plan.changes().toString();

			assertTrue(of(plan, Kind.ADD, Category.NOTE_VERBALE).isEmpty(), all);
			ImportChange note = plan.changes().stream().filter(c -> c.category() == Category.NOTE_VERBALE
					&& c.label().equals("2018-02-09")).findFirst().orElseThrow(() -> new AssertionError(all));
			assertTrue(note.kind() == Kind.MATCHED || note.kind() == Kind.LINK, all);
			assertEquals(1, of(plan, Kind.MATCHED, Category.OBSERVATION).size(), "13 replies as at 15 March 2018: " + all);
			assertTrue(of(plan, Kind.ADD, Category.STATE).isEmpty(), "the demo has every State: " + all);
			assertTrue(of(plan, Kind.ADD, Category.MANDATE).isEmpty(), all);
			assertEquals(1, of(plan, Kind.MATCHED, Category.BODY).size(), all);

			ImportCommitter.commit(store, List.of(plan));
			assertEquals(states, store.root().getStates().size());
		}
	}
}
