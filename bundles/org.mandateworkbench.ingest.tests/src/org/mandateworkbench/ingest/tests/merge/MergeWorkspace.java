package org.mandateworkbench.ingest.tests.merge;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.edit.command.AddCommand;
import org.mandateworkbench.ingest.commit.CommitResult;
import org.mandateworkbench.ingest.commit.ImportCommitException;
import org.mandateworkbench.ingest.commit.ImportCommitter;
import org.mandateworkbench.ingest.merge.ImportChange;
import org.mandateworkbench.ingest.merge.ImportPlan;
import org.mandateworkbench.ingest.merge.ImportTarget;
import org.mandateworkbench.ingest.merge.ProposalMatcher;
import org.mandateworkbench.ingest.proposal.ImportAnalyzer;
import org.mandateworkbench.model.Body;
import org.mandateworkbench.model.BodyKind;
import org.mandateworkbench.model.Document;
import org.mandateworkbench.model.DocumentType;
import org.mandateworkbench.model.MandateWorkspace;
import org.mandateworkbench.model.MandatesFactory;
import org.mandateworkbench.model.MandatesPackage;
import org.mandateworkbench.model.Meeting;
import org.mandateworkbench.model.reference.StateCatalog;
import org.mandateworkbench.model.symbol.DocumentSymbol;
import org.mandateworkbench.store.ModelCommands;
import org.mandateworkbench.store.ModelStore;
import org.mandateworkbench.store.Workspace;
import org.mandateworkbench.store.Workspaces;

/**
 * A small saved workspace to import into: the expert meeting's body, an earlier document the
 * fixtures cite, and Brazil (the other States of the fixtures are missing on purpose).
 */
final class MergeWorkspace implements AutoCloseable {

	static final String BODY_PREFIX = "CAC/COSP/EG.1";
	static final String CITED = "CAC/COSP/EG.1/2019/4";

	final Workspace workspace;
	ModelStore store;

	private MergeWorkspace(Workspace workspace, ModelStore store) {
		this.workspace = workspace;
		this.store = store;
	}

	static MergeWorkspace create(Path folder) throws IOException {
		Workspace workspace = Workspaces.open(folder);
		ModelStore store = ModelStore.open(workspace, "test");
		MandatesFactory f = MandatesFactory.eINSTANCE;
		MandateWorkspace content = f.createMandateWorkspace();
		content.setName("import test");
		Body body = f.createBody();
		body.setId("body-CAC-COSP-EG.1");
		body.setAcronym("EG.1");
		body.setSymbolPrefix(BODY_PREFIX);
		body.setKind(BodyKind.SUBSIDIARY_BODY);
		content.getBodies().add(body);
		Document cited = f.createDocument();
		cited.setSymbol(DocumentSymbol.parse(CITED));
		cited.setType(DocumentType.NOTE_BY_SECRETARIAT);
		content.getDocuments().add(cited);
		content.getStates().add(StateCatalog.standard().createState(StateCatalog.standard().byIso3("BRA").orElseThrow()));
		store.execute(ModelCommands.addAll(store, content, "setup"));
		store.save();
		store.commandStack().flush();
		return new MergeWorkspace(workspace, store);
	}

	/** Adds a meeting to the fixtures' body, as a saved command outside the undo history. */
	Meeting addMeeting(int ordinal, LocalDate start, LocalDate end) throws IOException {
		Meeting meeting = MandatesFactory.eINSTANCE.createMeeting();
		meeting.setId("meeting-CAC-COSP-EG.1-" + ordinal);
		meeting.setOrdinal(ordinal);
		meeting.setStartDate(start);
		meeting.setEndDate(end);
		Body body = store.root().getBodies().get(0);
		store.execute(AddCommand.create(store.editingDomain(), body, MandatesPackage.Literals.BODY__MEETINGS, meeting));
		store.save();
		store.commandStack().flush();
		return meeting;
	}

	/** Analyzes and matches the texts, in order, with one matcher. */
	List<ImportPlan> plan(String... namesAndTexts) {
		return plan(ImportTarget.asTheFileSays(), namesAndTexts);
	}

	/** Analyzes and matches the texts, in order, with one matcher placing them at the target. */
	List<ImportPlan> plan(ImportTarget target, String... namesAndTexts) {
		ImportAnalyzer analyzer = new ImportAnalyzer(StateCatalog.standard());
		ProposalMatcher matcher = new ProposalMatcher(store.root(), StateCatalog.standard(), target);
		List<ImportPlan> plans = new ArrayList<>();
		for (int i = 0; i < namesAndTexts.length; i += 2) {
			plans.add(matcher.match(analyzer.analyze(namesAndTexts[i], namesAndTexts[i + 1]), namesAndTexts[i + 1]));
		}
		return plans;
	}

	ImportPlan plan(String name, String text) {
		return plan(new String[] { name, text }).get(0);
	}

	CommitResult commit(ImportPlan... plans) throws ImportCommitException {
		return ImportCommitter.commit(store, List.of(plans));
	}

	/** Saves, closes the store and opens the saved files again. */
	void reopen() throws IOException {
		store.save();
		store.close();
		store = ModelStore.open(workspace, "test");
	}

	Document document(String symbol) {
		return store.root().getDocuments().stream().filter(d -> DocumentSymbol.parse(symbol).equals(d.getSymbol()))
				.findFirst().orElse(null);
	}

	static List<ImportChange> of(ImportPlan plan, ImportChange.Kind kind, ImportChange.Category category) {
		return plan.changes().stream().filter(c -> c.kind() == kind && c.category() == category).toList();
	}

	@Override
	public void close() throws IOException {
		store.close();
		workspace.close();
	}
}
