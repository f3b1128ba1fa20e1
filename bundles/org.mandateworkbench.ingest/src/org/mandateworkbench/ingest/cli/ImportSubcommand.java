package org.mandateworkbench.ingest.cli;

import java.io.IOException;
import java.io.PrintStream;
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
import org.mandateworkbench.ingest.commit.CommitResult;
import org.mandateworkbench.ingest.commit.ImportCommitException;
import org.mandateworkbench.ingest.commit.ImportCommitter;
import org.mandateworkbench.ingest.internal.Messages;
import org.mandateworkbench.ingest.merge.ImportChange;
import org.mandateworkbench.ingest.merge.ImportPlan;
import org.mandateworkbench.ingest.merge.ImportTarget;
import org.mandateworkbench.ingest.merge.MeetingConflict;
import org.mandateworkbench.ingest.merge.MeetingKeys;
import org.mandateworkbench.ingest.merge.ProposalMatcher;
import org.mandateworkbench.ingest.proposal.ImportAnalyzer;
import org.mandateworkbench.ingest.proposal.ImportProposal;
import org.mandateworkbench.ingest.proposal.ImportProposalJsonWriter;
import org.mandateworkbench.model.Meeting;
import org.mandateworkbench.model.reference.StateCatalog;
import org.mandateworkbench.store.ModelStore;
import org.mandateworkbench.store.SaveResult;
import org.mandateworkbench.store.Workspace;
import org.mandateworkbench.store.Workspaces;

/**
 * {@code mwb import [--dry-run] [--json] [--encoding NAME] [--max-size MB] [--meeting KEY [--on-conflict
 * target|file]] FILE...}: reads UN documents
 * and imports them into the workspace ({@code --workspace DIR}, else the default one), or with
 * {@code --dry-run} only prints what an import would propose. The decoder is chosen by extension:
 * {@code .txt} plain text, {@code .docx} Word, {@code .pdf} with a text layer; other types are refused.
 * {@code --encoding} names the charset of the text files instead of detecting it; {@code --max-size}
 * replaces the text decoder's size limit ({@link TextDecoder#MAX_BYTES}).
 * <p>
 * A file that cannot be read is reported by name and makes the exit code 1; in a dry run the other
 * files are still analyzed, while an import then imports nothing. An import matches each document
 * against the workspace ({@link ProposalMatcher}), applies all files as one command and saves once, so
 * either every file is imported or none is. With {@code --json} the proposals are printed as in a dry
 * run and the import summary goes to standard error.
 * <p>
 * {@code --meeting KEY} imports into that meeting ({@link MeetingKeys}: PREFIX/ORDINAL or the meeting's
 * id) instead of the one each file names ({@link ImportTarget}). A file that clearly names another
 * meeting stops the import with the warning, unless {@code --on-conflict target} keeps the chosen meeting
 * or {@code --on-conflict file} places such files as they say. With {@code --dry-run}, {@code --meeting}
 * opens the workspace to show the plans; nothing is saved.
 */
public final class ImportSubcommand implements Subcommand {

	private static final String DRY_RUN = "--dry-run"; //$NON-NLS-1$
	private static final String JSON = "--json"; //$NON-NLS-1$
	private static final String ENCODING = "--encoding"; //$NON-NLS-1$
	private static final String MAX_SIZE = "--max-size"; //$NON-NLS-1$
	private static final String MEETING = "--meeting"; //$NON-NLS-1$
	private static final String ON_CONFLICT = "--on-conflict"; //$NON-NLS-1$
	private static final String KEEP_TARGET = "target"; //$NON-NLS-1$
	private static final String FOLLOW_FILE = "file"; //$NON-NLS-1$
	private static final long MEGABYTE = 1024 * 1024;

	@Override
	public int run(List<String> arguments, CommandContext context) throws Exception {
		boolean dryRun = false;
		boolean json = false;
		Charset encoding = null;
		TextDecoder textDecoder = new TextDecoder();
		List<Path> files = new ArrayList<>();
		String meetingKey = null;
		String onConflict = null;
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
			} else if (argument.equals(MEETING)) {
				meetingKey = valueAfter(arguments, ++i, argument);
			} else if (argument.equals(ON_CONFLICT)) {
				onConflict = valueAfter(arguments, ++i, argument);
				if (!onConflict.equals(KEEP_TARGET) && !onConflict.equals(FOLLOW_FILE)) {
					throw new UsageException(NLS.bind(Messages.ImportCommand_badOnConflict, onConflict));
				}
			} else if (argument.startsWith("-")) { //$NON-NLS-1$
				throw new UsageException(NLS.bind(Messages.ImportCommand_unknownOption, argument));
			} else {
				files.add(context.resolve(argument));
			}
		}
		if (files.isEmpty()) {
			throw new UsageException(Messages.ImportCommand_noFiles);
		}
		if (onConflict != null && meetingKey == null) {
			throw new UsageException(Messages.ImportCommand_onConflictWithoutMeeting);
		}
		Path workspaceFolder = null;
		if (!dryRun || meetingKey != null) {
			workspaceFolder = context.workspace().orElse(Workspaces.defaultLocation());
			if (Workspaces.isNew(workspaceFolder)) {
				throw new UsageException(NLS.bind(org.mandateworkbench.ingest.merge.internal.Messages.ImportCommand_noWorkspace, workspaceFolder));
			}
		}
		ImportAnalyzer analyzer = new ImportAnalyzer(StateCatalog.standard());
		ImportProposalJsonWriter writer = new ImportProposalJsonWriter();
		List<String> objects = new ArrayList<>();
		List<ImportProposal> proposals = new ArrayList<>();
		List<String> texts = new ArrayList<>();
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
			proposals.add(proposal);
			texts.add(decoded.text());
			if (json) {
				objects.add(writer.write(proposal));
			} else if (dryRun) {
				context.out().println(summary(proposal));
			}
		}
		if (json) {
			context.out().println(objects.size() == 1 && files.size() == 1 ? objects.get(0) : array(objects));
		}
		if (dryRun && meetingKey == null) {
			return exit;
		}
		if (exit != ExitCodes.OK && !dryRun) {
			context.err().println(org.mandateworkbench.ingest.merge.internal.Messages.ImportCommand_notCommitted);
			return exit;
		}
		Placement placement = new Placement(meetingKey, onConflict, dryRun);
		int committed = commit(workspaceFolder, proposals, texts, placement, json ? context.err() : context.out(),
				context);
		return exit == ExitCodes.OK ? committed : exit;
	}

	/** Where the documents go ({@code --meeting}, {@code --on-conflict}) and whether to commit at all. */
	private record Placement(String meetingKey, String onConflict, boolean dryRun) {

		/** The target of the import in this workspace; refuses an unknown key, naming it and the known ones. */
		ImportTarget target(ModelStore store, List<ImportProposal> proposals) throws UsageException {
			if (meetingKey == null) {
				return ImportTarget.asTheFileSays();
			}
			Meeting meeting = MeetingKeys.find(store.root(), meetingKey).orElseThrow(() -> new UsageException(NLS.bind(
					Messages.ImportCommand_unknownMeeting, new Object[] { meetingKey, store.workspace().root(),
							MeetingKeys.known(store.root()).isEmpty() ? Messages.ImportCommand_none
									: MeetingKeys.known(store.root()) })));
			ImportTarget target = ImportTarget.meeting(meeting);
			if (FOLLOW_FILE.equals(onConflict)) {
				for (ImportProposal proposal : proposals) {
					target = target.followingFile(proposal.source());
				}
			}
			return target;
		}
	}

	/**
	 * Matches every proposal, commits them as one command and saves; nothing is saved on failure, in a dry
	 * run, or when a file names another meeting than --meeting and --on-conflict does not say which wins.
	 */
	private static int commit(Path folder, List<ImportProposal> proposals, List<String> texts, Placement placement,
			PrintStream report, CommandContext context) throws IOException, UsageException {
		try (Workspace workspace = Workspaces.open(folder); ModelStore store = ModelStore.open(workspace)) {
			ProposalMatcher matcher = new ProposalMatcher(store.root(), StateCatalog.standard(),
					placement.target(store, proposals));
			List<ImportPlan> plans = new ArrayList<>();
			boolean undecided = false;
			for (int i = 0; i < proposals.size(); i++) {
				ImportPlan plan = matcher.match(proposals.get(i), texts.get(i));
				plans.add(plan);
				report.println(planSummary(plan));
				for (String problem : plan.problems()) {
					context.err().println(problem);
				}
				if (plan.conflict().isPresent()) {
					MeetingConflict conflict = plan.conflict().get();
					context.err().println(conflict.message());
					undecided |= placement.onConflict() == null;
				}
			}
			if (placement.dryRun()) {
				return ExitCodes.OK;
			}
			if (undecided) {
				context.err().println(NLS.bind(Messages.ImportCommand_undecidedConflict, placement.meetingKey()));
				return ExitCodes.USER_ERROR;
			}
			CommitResult result;
			try {
				result = ImportCommitter.commit(store, plans);
			} catch (ImportCommitException e) {
				context.err().println(e.getMessage());
				return ExitCodes.USER_ERROR;
			}
			if (result.command() == null) {
				report.println(NLS.bind(org.mandateworkbench.ingest.merge.internal.Messages.ImportCommand_nothingSaved, workspace.root()));
				return ExitCodes.OK;
			}
			SaveResult saved = store.save();
			report.println(NLS.bind(org.mandateworkbench.ingest.merge.internal.Messages.ImportCommand_saved,
					new Object[] { plans.size(), workspace.root(), saved.writtenFiles().size() }));
			return ExitCodes.OK;
		}
	}

	private static String planSummary(ImportPlan plan) {
		String source = plan.proposal().source();
		String symbol = plan.document().map(d -> d.getSymbol().toString()).orElse(Messages.ImportCommand_none);
		StringBuilder out = new StringBuilder();
		if (plan.changesNothing()) {
			out.append(NLS.bind(org.mandateworkbench.ingest.merge.internal.Messages.ImportCommand_unchanged, source, symbol));
		} else {
			out.append(NLS.bind(org.mandateworkbench.ingest.merge.internal.Messages.ImportCommand_planned,
					new Object[] { source, symbol, plan.count(ImportChange.Kind.ADD), plan.count(ImportChange.Kind.UPDATE),
							plan.count(ImportChange.Kind.LINK), plan.count(ImportChange.Kind.MATCHED),
							plan.count(ImportChange.Kind.UNMATCHED) }));
		}
		for (ImportChange change : plan.changes()) {
			if (change.kind() == ImportChange.Kind.UNMATCHED) {
				out.append('\n').append(NLS.bind(org.mandateworkbench.ingest.merge.internal.Messages.ImportCommand_unmatched,
						new Object[] { change.category(), change.label(), change.reason() }));
			}
		}
		return out.toString();
	}

	/**
	 * The decoder for the file's extension: {@code .txt}, {@code .docx}, {@code .pdf}.
	 *
	 * @return the decoder, or null if the type is not supported
	 */
	public static DocumentDecoder decoderFor(Path file) {
		return decoderFor(file, new TextDecoder());
	}

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
