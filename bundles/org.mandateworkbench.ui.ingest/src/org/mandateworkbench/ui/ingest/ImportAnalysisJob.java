package org.mandateworkbench.ui.ingest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.mandateworkbench.ingest.cli.ImportSubcommand;
import org.mandateworkbench.ingest.decode.DecodeProblem;
import org.mandateworkbench.ingest.decode.DecodeResult;
import org.mandateworkbench.ingest.proposal.ImportAnalyzer;
import org.mandateworkbench.ingest.proposal.ImportProposal;
import org.mandateworkbench.model.reference.StateCatalog;

/**
 * Decodes and analyzes the chosen files off the UI thread, file by file, and can be cancelled between
 * files. Touches no workspace: matching runs afterwards on the UI thread, where the store lives.
 */
final class ImportAnalysisJob extends Job {

	/** One analyzed file: the proposal and the decoded text its offsets refer to. */
	record Analyzed(ImportProposal proposal, String text) {
	}

	private final List<Path> files;
	private final Consumer<Path> onFile;
	private final List<Analyzed> analyzed = new ArrayList<>();
	private final List<String> problems = new ArrayList<>();

	/**
	 * @param name   the job name shown in progress views
	 * @param files  the files to read
	 * @param onFile told, from the job's thread, when a file is started
	 */
	ImportAnalysisJob(String name, List<Path> files, Consumer<Path> onFile) {
		super(name);
		this.files = List.copyOf(files);
		this.onFile = onFile;
		setUser(true);
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, getName(), files.size());
		ImportAnalyzer analyzer = new ImportAnalyzer(StateCatalog.standard());
		for (Path file : files) {
			if (progress.isCanceled()) {
				return Status.CANCEL_STATUS;
			}
			progress.subTask(file.getFileName().toString());
			onFile.accept(file);
			DecodeResult decoded = ImportSubcommand.decoderFor(file).decode(file);
			decoded.problems().stream().map(DecodeProblem::message).forEach(problems::add);
			if (!decoded.hasErrors()) {
				analyzed.add(new Analyzed(analyzer.analyze(file.getFileName().toString(), decoded.text()), decoded.text()));
			}
			progress.worked(1);
		}
		return Status.OK_STATUS;
	}

	/** Whether the wizard can read files of this type. */
	static boolean supported(Path file) {
		return ImportSubcommand.decoderFor(file) != null;
	}

	/** The analyzed files, in order; complete once the job is done. */
	List<Analyzed> analyzed() {
		return List.copyOf(analyzed);
	}

	/** What could not be read, naming the files (translated by the decoders). */
	List<String> problems() {
		return List.copyOf(problems);
	}
}
