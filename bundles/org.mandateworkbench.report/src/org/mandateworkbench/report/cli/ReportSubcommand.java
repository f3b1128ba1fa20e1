package org.mandateworkbench.report.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import org.eclipse.osgi.util.NLS;
import org.mandateworkbench.cli.CommandContext;
import org.mandateworkbench.cli.ExitCodes;
import org.mandateworkbench.cli.Subcommand;
import org.mandateworkbench.cli.UsageException;
import org.mandateworkbench.model.Mandate;
import org.mandateworkbench.model.MandateWorkspace;
import org.mandateworkbench.model.Meeting;
import org.mandateworkbench.model.NoteVerbale;
import org.mandateworkbench.report.document.ReportDocument;
import org.mandateworkbench.report.format.DraftLanguage;
import org.mandateworkbench.report.internal.DocumentOutput;
import org.mandateworkbench.report.internal.Messages;
import org.mandateworkbench.report.internal.ReportOptions;
import org.mandateworkbench.report.noteverbale.NoteVerbaleDraftBuilder;
import org.mandateworkbench.report.noteverbale.ReminderDraftBuilder;
import org.mandateworkbench.report.progress.ProgressNoteBuilder;
import org.mandateworkbench.report.stats.StatisticsWorkbookBuilder;
import org.mandateworkbench.store.AtomicFileWriter;
import org.mandateworkbench.store.ModelStore;
import org.mandateworkbench.store.Workspace;
import org.mandateworkbench.store.Workspaces;

/**
 * {@code mwb report KIND OPTIONS}: drafts a document from the workspace (only read, never saved) and
 * writes it to the file given with {@code --out}. See the usage in plugin.properties for the kinds.
 */
public final class ReportSubcommand implements Subcommand {

    private static final String MEETING = "--meeting"; //$NON-NLS-1$
    private static final String AS_OF = "--as-of"; //$NON-NLS-1$
    private static final String LANG = "--lang"; //$NON-NLS-1$
    private static final String OUT = "--out"; //$NON-NLS-1$
    private static final String MANDATE = "--mandate"; //$NON-NLS-1$
    private static final String DATE = "--date"; //$NON-NLS-1$
    private static final String DEADLINE = "--deadline"; //$NON-NLS-1$
    private static final String NOTE_VERBALE = "--note-verbale"; //$NON-NLS-1$

    @Override
    public int run(List<String> arguments, CommandContext context) throws Exception {
        if (arguments.isEmpty()) {
            throw new UsageException(Messages.ReportCommand_missingKind);
        }
        List<String> options = arguments.subList(1, arguments.size());
        String kind = arguments.get(0);
        switch (kind) {
        case "progress-note" -> progressNote(ReportOptions.parse(options, List.of(MEETING, AS_OF, LANG, OUT)), context); //$NON-NLS-1$
        case "note-verbale" -> noteVerbale(ReportOptions.parse(options, List.of(MANDATE, DATE, DEADLINE, LANG, OUT)), context); //$NON-NLS-1$
        case "reminder" -> reminder(ReportOptions.parse(options, List.of(NOTE_VERBALE, DATE, DEADLINE, LANG, OUT)), context); //$NON-NLS-1$
        case "stats" -> stats(ReportOptions.parse(options, List.of(OUT, AS_OF, LANG)), context); //$NON-NLS-1$
        default -> throw new UsageException(NLS.bind(Messages.ReportCommand_unknownKind, kind));
        }
        return ExitCodes.OK;
    }

    private static void progressNote(ReportOptions options, CommandContext context) throws UsageException, IOException {
        String meetingSpec = options.required(MEETING);
        LocalDate asOf = options.date(AS_OF);
        DraftLanguage language = options.language();
        Path out = context.resolve(options.required(OUT));
        DocumentOutput.checkExtension(out);
        int slash = meetingSpec.lastIndexOf('/');
        int ordinal = slash <= 0 ? -1 : ordinal(meetingSpec.substring(slash + 1));
        if (ordinal < 0) {
            throw new UsageException(NLS.bind(Messages.ReportCommand_badMeeting, meetingSpec));
        }
        try (Workspace workspace = open(context); ModelStore store = ModelStore.open(workspace)) {
            MandateWorkspace root = store.root();
            Meeting meeting = ProgressNoteBuilder.findMeeting(root, meetingSpec.substring(0, slash), ordinal)
                    .orElseThrow(() -> new UsageException(
                            NLS.bind(Messages.ReportCommand_unknownMeeting, meetingSpec, knownMeetings(root))));
            ReportDocument note = new ProgressNoteBuilder(root, meeting, asOf, language).build();
            write(note, out, context);
        }
    }

    private static void noteVerbale(ReportOptions options, CommandContext context) throws UsageException, IOException {
        List<String> ids = List.of(options.required(MANDATE).split(",")); //$NON-NLS-1$
        LocalDate date = options.date(DATE);
        LocalDate deadline = options.date(DEADLINE);
        if (deadline.isBefore(date)) {
            throw new UsageException(NLS.bind(Messages.ReportCommand_deadlineBeforeDate, deadline, date));
        }
        DraftLanguage language = options.language();
        Path out = context.resolve(options.required(OUT));
        DocumentOutput.checkExtension(out);
        try (Workspace workspace = open(context); ModelStore store = ModelStore.open(workspace)) {
            List<Mandate> mandates = new ArrayList<>();
            for (String id : ids) {
                String wanted = id.strip();
                mandates.add(store.root().getMandates().stream().filter(m -> wanted.equals(m.getId())).findFirst()
                        .orElseThrow(() -> new UsageException(NLS.bind(Messages.ReportCommand_unknownMandate, wanted,
                                store.root().getMandates().stream().map(Mandate::getId)
                                        .collect(Collectors.joining(", ")))))); //$NON-NLS-1$
            }
            write(new NoteVerbaleDraftBuilder(mandates, date, deadline, language).build(), out, context);
        }
    }

    private static void reminder(ReportOptions options, CommandContext context) throws UsageException, IOException {
        String id = options.required(NOTE_VERBALE);
        LocalDate date = options.date(DATE);
        Optional<String> deadline = options.optional(DEADLINE);
        LocalDate replyBy = deadline.isEmpty() ? null : options.date(DEADLINE);
        DraftLanguage language = options.language();
        Path out = context.resolve(options.required(OUT));
        DocumentOutput.checkExtension(out);
        try (Workspace workspace = open(context); ModelStore store = ModelStore.open(workspace)) {
            List<NoteVerbale> notes = store.root().getMandates().stream().flatMap(m -> m.getActions().stream())
                    .filter(NoteVerbale.class::isInstance).map(NoteVerbale.class::cast).toList();
            NoteVerbale note = notes.stream().filter(n -> id.equals(n.getId())).findFirst()
                    .orElseThrow(() -> new UsageException(NLS.bind(Messages.ReportCommand_unknownNoteVerbale, id,
                            notes.stream().map(NoteVerbale::getId).collect(Collectors.joining(", "))))); //$NON-NLS-1$
            write(new ReminderDraftBuilder(note, date, language).deadline(replyBy).build(), out, context);
        }
    }

    private static void stats(ReportOptions options, CommandContext context) throws UsageException, IOException {
        Path out = context.resolve(options.required(OUT));
        DocumentOutput.checkWorkbookExtension(out);
        LocalDate asOf = options.date(AS_OF, LocalDate.now());
        DraftLanguage language = options.language(DraftLanguage.EN);
        try (Workspace workspace = open(context); ModelStore store = ModelStore.open(workspace)) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            new StatisticsWorkbookBuilder(store.root(), asOf, language).write(bytes);
            try {
                AtomicFileWriter.write(out, bytes.toByteArray());
            } catch (IOException e) {
                throw DocumentOutput.unwritable(out, e);
            }
            context.out().println(NLS.bind(Messages.ReportCommand_written, out));
        }
    }

    private static int ordinal(String text) {
        try {
            int ordinal = Integer.parseInt(text);
            return ordinal > 0 ? ordinal : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** The meetings a user can name with --meeting, as PREFIX/ORDINAL, for the error message. */
    static String knownMeetings(MandateWorkspace root) {
        String known = root.getBodies().stream().filter(b -> b.getSymbolPrefix() != null)
                .flatMap(b -> b.getMeetings().stream().filter(m -> !m.isResumed() && m.getOrdinal() > 0)
                        .map(m -> b.getSymbolPrefix() + '/' + m.getOrdinal()))
                .distinct().sorted()
                .collect(Collectors.joining(", ")); //$NON-NLS-1$
        return known.isEmpty() ? Messages.ReportCommand_noMeetings : known;
    }

    /** Opens the workspace given with --workspace, or the default one; refuses a folder without one. */
    static Workspace open(CommandContext context) throws UsageException, IOException {
        Path folder = context.workspace().orElse(Workspaces.defaultLocation());
        if (Workspaces.isNew(folder)) {
            throw new UsageException(NLS.bind(Messages.ReportCommand_noWorkspace, folder));
        }
        return Workspaces.open(folder);
    }

    static void write(ReportDocument document, Path out, CommandContext context) throws UsageException {
        DocumentOutput.write(Objects.requireNonNull(document), out);
        context.out().println(NLS.bind(Messages.ReportCommand_written, out));
    }
}
