package org.mandateworkbench.ingest.cli;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.osgi.util.NLS;
import org.mandateworkbench.cli.CommandContext;
import org.mandateworkbench.cli.ExitCodes;
import org.mandateworkbench.cli.Subcommand;
import org.mandateworkbench.cli.UsageException;
import org.mandateworkbench.ingest.decode.DecodeProblem;
import org.mandateworkbench.ingest.decode.DecodeResult;
import org.mandateworkbench.ingest.decode.DocumentDecoder;
import org.mandateworkbench.ingest.decode.DocxDecoder;
import org.mandateworkbench.ingest.decode.PdfDecoder;
import org.mandateworkbench.ingest.decode.TextDecoder;
import org.mandateworkbench.ingest.internal.Messages;
import org.mandateworkbench.ingest.proposal.ImportAnalyzer;
import org.mandateworkbench.ingest.proposal.ImportProposal;
import org.mandateworkbench.ingest.proposal.ImportProposalJsonWriter;
import org.mandateworkbench.model.reference.StateCatalog;

/**
 * {@code mwb import --dry-run [--json] [--encoding NAME] [--max-size MB] FILE...}: reads UN documents and
 * prints what an import would propose, without touching a workspace. The decoder is chosen by extension:
 * {@code .txt} plain text, {@code .docx} Word, {@code .pdf} with a text layer; other types are refused.
 * {@code --encoding} names the charset of the text files instead of detecting it; {@code --max-size}
 * replaces the text decoder's size limit ({@link TextDecoder#MAX_BYTES}).
 * A file that cannot be read is reported by name and makes the exit code 1; the other files are
 * still analyzed.
 */
public final class ImportSubcommand implements Subcommand {

	private static final String DRY_RUN = "--dry-run"; //$NON-NLS-1$
	private static final String JSON = "--json"; //$NON-NLS-1$
	private static final String ENCODING = "--encoding"; //$NON-NLS-1$
	private static final String MAX_SIZE = "--max-size"; //$NON-NLS-1$
	private static final long MEGABYTE = 1024 * 1024;

	@Override
	public int run(List<String> arguments, CommandContext context) throws Exception {
		boolean dryRun = false;
		boolean json = false;
		Charset encoding = null;
		TextDecoder textDecoder = new TextDecoder();
		List<Path> files = new ArrayList<>();
		for (int i = 0; i < arguments.size(); i++) {
			String argument = arguments.get(i);
			if (argument.equals(DRY_RUN)) {
				dryRun = true;
			} else if (argument.equals(JSON)) {
				json = true;
			} else if (argument.equals(ENCODING)) {
				encoding = charset(valueAfter(arguments, ++i, argument));
			} else if (argument.equals(MAX_SIZE)) {
				textDecoder = new TextDecoder(megabytes(valueAfter(arguments, ++i, argument)) * MEGABYTE);
			} else if (argument.startsWith("-")) { //$NON-NLS-1$
				throw new UsageException(NLS.bind(Messages.ImportCommand_unknownOption, argument));
			} else {
				files.add(context.resolve(argument));
			}
		}
		if (!dryRun) {
			throw new UsageException(Messages.ImportCommand_dryRunOnly);
		}
		if (files.isEmpty()) {
			throw new UsageException(Messages.ImportCommand_noFiles);
		}
		ImportAnalyzer analyzer = new ImportAnalyzer(StateCatalog.standard());
		ImportProposalJsonWriter writer = new ImportProposalJsonWriter();
		List<String> objects = new ArrayList<>();
		int exit = ExitCodes.OK;
		for (Path file : files) {
			DocumentDecoder decoder = decoderFor(file, textDecoder);
			if (decoder == null) {
				context.err().println(NLS.bind(Messages.ImportCommand_unsupportedType, file));
				exit = ExitCodes.USER_ERROR;
				continue;
			}
			if (Files.isDirectory(file)) {
				context.err().println(NLS.bind(Messages.ImportCommand_directory, file));
				exit = ExitCodes.USER_ERROR;
				continue;
			}
			DecodeResult decoded = decoder instanceof TextDecoder text ? text.decode(file, encoding) : decoder.decode(file);
			for (DecodeProblem problem : decoded.problems()) {
				context.err().println(problem.message());
			}
			if (decoded.hasErrors()) {
				exit = ExitCodes.USER_ERROR;
				continue;
			}
			ImportProposal proposal = analyzer.analyze(file.getFileName().toString(), decoded.text());
			if (json) {
				objects.add(writer.write(proposal));
			} else {
				context.out().println(summary(proposal));
			}
		}
		if (json) {
			context.out().println(objects.size() == 1 && files.size() == 1 ? objects.get(0) : array(objects));
		}
		return exit;
	}

	/** The decoder for the file's extension, or null if the type is not supported. */
	private static DocumentDecoder decoderFor(Path file, TextDecoder textDecoder) {
		String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
		if (name.endsWith(".txt")) { //$NON-NLS-1$
			return textDecoder;
		}
		if (name.endsWith(".docx")) { //$NON-NLS-1$
			return new DocxDecoder();
		}
		if (name.endsWith(".pdf")) { //$NON-NLS-1$
			return new PdfDecoder();
		}
		return null;
	}

	private static String valueAfter(List<String> arguments, int index, String option) throws UsageException {
		if (index >= arguments.size()) {
			throw new UsageException(NLS.bind(Messages.ImportCommand_unknownOption, option));
		}
		return arguments.get(index);
	}

	private static Charset charset(String name) throws UsageException {
		try {
			return Charset.forName(name);
		} catch (IllegalArgumentException e) {
			throw new UsageException(NLS.bind(Messages.ImportCommand_unknownEncoding, name));
		}
	}

	private static long megabytes(String value) throws UsageException {
		try {
			long megabytes = Long.parseLong(value);
			if (megabytes >= 1 && megabytes <= Long.MAX_VALUE / MEGABYTE) {
				return megabytes;
			}
		} catch (NumberFormatException e) {
			// reported below
		}
		throw new UsageException(NLS.bind(Messages.ImportCommand_badMaxSize, value));
	}

	private static String array(List<String> objects) {
		StringBuilder out = new StringBuilder("["); //$NON-NLS-1$
		for (int i = 0; i < objects.size(); i++) {
			out.append(i == 0 ? "\n" : ",\n").append(objects.get(i)); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return out.append(objects.isEmpty() ? "]" : "\n]").toString(); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static String summary(ImportProposal p) {
		String none = Messages.ImportCommand_none;
		StringBuilder out = new StringBuilder();
		out.append(NLS.bind(Messages.ImportCommand_summaryHead, new Object[] { p.source(),
				p.symbol().map(ImportProposal.Cited::value).orElse(none), p.type(), p.language() }));
		out.append("\n  ").append(NLS.bind(Messages.ImportCommand_summaryCounts, new Object[] { p.paragraphs(),
				p.symbolsCited().size(), p.resolutionsCited().size(), p.articlesCited().size(), p.states().size(),
				p.recommendations().size(), p.notesVerbales().size(), p.indicators().size() }));
		for (String problem : p.problems()) {
			out.append('\n').append(NLS.bind(Messages.ImportCommand_problem, p.source(), problem));
		}
		return out.toString();
	}
}
