package org.mandateworkbench.index.evaluation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.mandateworkbench.ingest.cli.ImportSubcommand;
import org.mandateworkbench.ingest.commit.ImportCommitException;
import org.mandateworkbench.ingest.commit.ImportCommitter;
import org.mandateworkbench.ingest.decode.DecodeProblem;
import org.mandateworkbench.ingest.decode.DecodeResult;
import org.mandateworkbench.ingest.decode.DocumentDecoder;
import org.mandateworkbench.ingest.merge.ImportPlan;
import org.mandateworkbench.ingest.merge.ProposalMatcher;
import org.mandateworkbench.ingest.proposal.ImportAnalyzer;
import org.mandateworkbench.ingest.proposal.ImportProposal;
import org.mandateworkbench.model.reference.StateCatalog;
import org.mandateworkbench.store.ModelStore;

/**
 * Imports seed documents into a workspace the way {@code mwb import} does: each file decoded by its
 * extension and analyzed, all matched by one {@link ProposalMatcher}, committed as one command by
 * {@link ImportCommitter} and saved. A document that prints no symbol of its own is imported under
 * the symbol the judgments give it, as a user enters it by hand.
 */
public final class SeedImporter {

    /**
     * @param store  the open store to import into
     * @param folder the folder holding the seed files
     * @param seeds  the documents to import, in order
     * @return what went wrong, translated: files missing or unreadable, plans with problems, a failed commit
     * @throws IOException when the workspace cannot be saved
     */
    public List<String> importInto(ModelStore store, Path folder, List<SeedDocument> seeds) throws IOException {
        List<String> problems = new ArrayList<>();
        ImportAnalyzer analyzer = new ImportAnalyzer(StateCatalog.standard());
        ProposalMatcher matcher = new ProposalMatcher(store.root(), StateCatalog.standard());
        List<ImportPlan> plans = new ArrayList<>();
        for (SeedDocument seed : seeds) {
            Path file = folder.resolve(seed.file());
            DocumentDecoder decoder = ImportSubcommand.decoderFor(file);
            if (decoder == null || !Files.isRegularFile(file)) {
                problems.add(NLS.bind(decoder == null ? Messages.Seeds_unsupported : Messages.Seeds_missing, file));
                continue;
            }
            DecodeResult decoded = decoder.decode(file);
            if (decoded.hasErrors()) {
                decoded.problems().stream().map(DecodeProblem::message).forEach(problems::add);
                continue;
            }
            ImportProposal proposal = analyzer.analyze(seed.file(), decoded.text());
            if (proposal.symbol().isEmpty() && seed.symbol().isPresent()) {
                proposal = proposal.withSymbol(seed.symbol().get());
            }
            ImportPlan plan = matcher.match(proposal, decoded.text());
            plan.problems().forEach(problem -> problems.add(NLS.bind(Messages.Seeds_planProblem, seed.file(), problem)));
            plans.add(plan);
        }
        try {
            if (ImportCommitter.commit(store, plans).command() != null) {
                store.save();
            }
        } catch (ImportCommitException e) {
            problems.add(e.getMessage());
        }
        return problems;
    }
}
