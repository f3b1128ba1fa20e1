package org.mandateworkbench.ingest.evaluation;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import org.eclipse.osgi.util.NLS;
import org.mandateworkbench.ingest.clean.TextCleaner;
import org.mandateworkbench.ingest.decode.DecodeProblem;
import org.mandateworkbench.ingest.decode.DecodeResult;
import org.mandateworkbench.ingest.decode.DocumentDecoder;
import org.mandateworkbench.ingest.decode.DocxDecoder;
import org.mandateworkbench.ingest.decode.PdfDecoder;
import org.mandateworkbench.ingest.decode.TextDecoder;
import org.mandateworkbench.ingest.proposal.ImportAnalyzer;
import org.mandateworkbench.ingest.proposal.ImportProposal;
import org.mandateworkbench.ingest.recognize.DateRecognizer;
import org.mandateworkbench.model.reference.StateCatalog;

/**
 * Runs the importer over the annotated documents of a folder and compares what it finds with the
 * annotations. A document that is annotated but missing or unreadable counts as found nothing, and
 * is reported.
 */
public final class ImportEvaluator {

	private static final Map<String, Supplier<DocumentDecoder>> DECODERS = Map.of(
			"txt", TextDecoder::new, "docx", DocxDecoder::new, "pdf", PdfDecoder::new); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

	private final ImportAnalyzer analyzer = new ImportAnalyzer(StateCatalog.standard());
	private final TextCleaner cleaner = new TextCleaner();
	private final DateRecognizer dates = new DateRecognizer();
	private final List<String> problems = new ArrayList<>();

	/**
	 * @param folder      the folder holding the documents
	 * @param annotations the expected facts, by file name relative to the folder
	 * @return the calculator holding every document's comparison
	 */
	public QualityCalculator evaluate(Path folder, List<DocumentFacts> annotations) {
		QualityCalculator calculator = new QualityCalculator();
		for (DocumentFacts expected : annotations) {
			Path file = folder.resolve(expected.file());
			DocumentFacts found = facts(file);
			if (found == null) {
				calculator.addUnread(expected);
			} else {
				calculator.add(expected, found);
			}
		}
		return calculator;
	}

	/**
	 * @param file    a document
	 * @param text    its decoded text
	 * @return the facts the importer extracts from it
	 */
	public DocumentFacts facts(String file, String text) {
		ImportProposal proposal = analyzer.analyze(file, text);
		return ProposalFacts.of(file, proposal, dates.recognize(cleaner.clean(text).text()));
	}

	/** @return what went wrong with documents so far (missing, unreadable, unsupported), translated */
	public List<String> problems() {
		return List.copyOf(problems);
	}

	private DocumentFacts facts(Path file) {
		String name = file.getFileName().toString();
		String extension = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
		Supplier<DocumentDecoder> decoder = DECODERS.get(extension);
		if (decoder == null) {
			problems.add(NLS.bind(Messages.Evaluation_unsupportedType, file));
			return null;
		}
		if (!Files.isRegularFile(file)) {
			problems.add(NLS.bind(Messages.Evaluation_missingDocument, file));
			return null;
		}
		DecodeResult decoded = decoder.get().decode(file);
		if (decoded.hasErrors()) {
			decoded.problems().stream().map(DecodeProblem::message).forEach(problems::add);
			return null;
		}
		return facts(name, decoded.text());
	}
}
