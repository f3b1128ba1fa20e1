package org.mandateworkbench.bench.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.mandateworkbench.model.MandateWorkspace;
import org.mandateworkbench.model.Meeting;
import org.mandateworkbench.report.document.DocumentBlock;
import org.mandateworkbench.report.document.DocxRenderer;
import org.mandateworkbench.report.document.Heading;
import org.mandateworkbench.report.document.HtmlRenderer;
import org.mandateworkbench.report.document.LetteredList;
import org.mandateworkbench.report.document.NumberedParagraph;
import org.mandateworkbench.report.document.ReportDocument;
import org.mandateworkbench.report.document.Table;
import org.mandateworkbench.report.format.DraftLanguage;
import org.mandateworkbench.report.progress.ProgressNoteBuilder;

/**
 * P5: the time to draft a progress note for 50 mandates with 150 responding States (a generated model)
 * and write it as DOCX, against a baseline measured in the same run: POI writing a plain DOCX with the
 * same paragraph texts, without styles, fonts, footnotes or tables. Each measurement runs in fresh JVMs
 * (three, keeping the median), so that the first ("cold") run of the note and of the baseline both pay
 * for loading POI and XMLBeans, as the command line does; the medians of the following runs show the
 * warm cost, as in a workbench that has drafted before.
 * <p>
 * Usage: {@code ReportBenchmark [MANDATES [STATES [RUNS]]]}, defaults 50, 150, 5.
 */
public final class ReportBenchmark {

    private static final String ROW = "%-10s %7s %6s %9s %9s %9s %9s %9s%n";
    private static final String CHILD = "--child";
    private static final String RESULT = "RESULT ";
    private static final long TARGET_MS = 3000;
    private static final int JVMS = 3;

    private ReportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals(CHILD)) {
            child(args[1], Integer.parseInt(args[2]), Integer.parseInt(args[3]), Integer.parseInt(args[4]));
            return;
        }
        int mandates = args.length > 0 ? Integer.parseInt(args[0]) : 50;
        int states = args.length > 1 ? Integer.parseInt(args[1]) : 150;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        System.out.printf("P5 progress note: %d mandates, %d responding States, as of %s; each line the median of %d fresh"
                + " JVMs%n", mandates, states, ProgressNoteModelGenerator.AS_OF, JVMS);
        System.out.printf(ROW, "what", "paras", "KB", "1st ms", "median", "build", "html 1st", "ratio 1st");
        long plainFirst = 0;
        long noteFirstMax = 0;
        for (String what : List.of("plain-en", "note-en", "note-zh")) {
            long[] result = medianOfJvms(what, mandates, states, runs);
            if (what.startsWith("plain")) {
                plainFirst = result[2];
            } else {
                noteFirstMax = Math.max(noteFirstMax, result[2]);
            }
            String ratio = what.startsWith("plain") ? "1.00"
                    : String.format("%.2f", result[2] / (double) Math.max(1, plainFirst));
            System.out.printf(ROW, what, result[0], result[1] / 1024, result[2], result[3], result[4],
                    what.startsWith("plain") ? "" : Long.toString(result[5]), ratio);
        }
        System.out.println("note = drafting from the model (ProgressNoteBuilder) and writing the DOCX (DocxRenderer);"
                + " plain = POI writing the same paragraph texts unstyled (baseline).");
        System.out.println("1st = first run in the JVM (loads POI); median = of " + runs
                + " further runs; build = median of the drafting alone; html 1st = the preview's HTML, once.");
        System.out.println("Target P5: a note in < " + TARGET_MS + " ms, first run included: "
                + (noteFirstMax < TARGET_MS ? "met" : "NOT met") + " (" + noteFirstMax + " ms)");
    }

    /**
     * Runs the measurement in {@value #JVMS} fresh JVMs and keeps the one with the median first run:
     * a single cold start is at the mercy of whatever else the machine does.
     */
    private static long[] medianOfJvms(String what, int mandates, int states, int runs) throws Exception {
        List<long[]> results = new ArrayList<>();
        for (int i = 0; i < JVMS; i++) {
            long[] result = runChild(what, mandates, states, runs);
            if (result == null) {
                System.out.println(what + ": the measurement failed");
                System.exit(1);
            }
            results.add(result);
        }
        results.sort(Comparator.comparingLong(r -> r[2]));
        return results.get(JVMS / 2);
    }

    /** Runs one measurement in a fresh JVM and reads its RESULT line. */
    private static long[] runChild(String what, int mandates, int states, int runs) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                ReportBenchmark.class.getName(), CHILD, what, Integer.toString(mandates), Integer.toString(states),
                Integer.toString(runs)).redirectErrorStream(true).start();
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        child.waitFor();
        for (String line : output.lines().toList()) {
            if (line.startsWith(RESULT)) {
                return Arrays.stream(line.substring(RESULT.length()).split(" ")).mapToLong(Long::parseLong).toArray();
            }
        }
        System.out.println(output);
        return null;
    }

    /** Prints "RESULT paragraphs bytes first median build-median html-first". */
    private static void child(String what, int mandates, int states, int runs) throws IOException {
        MandateWorkspace workspace = new ProgressNoteModelGenerator(mandates, states).generate();
        Meeting meeting = ProgressNoteBuilder.findMeeting(workspace, ProgressNoteModelGenerator.SYMBOL_PREFIX,
                ProgressNoteModelGenerator.MEETING_ORDINAL).orElseThrow();
        DraftLanguage language = what.endsWith("zh") ? DraftLanguage.ZH : DraftLanguage.EN;
        boolean plain = what.startsWith("plain");
        List<Long> totals = new ArrayList<>();
        List<Long> builds = new ArrayList<>();
        List<String> texts = plain ? texts(new ProgressNoteBuilder(workspace, meeting, ProgressNoteModelGenerator.AS_OF,
                language).build()) : List.of();
        int paragraphs = texts.size();
        int bytes = 0;
        long html = 0;
        for (int run = 0; run <= runs; run++) {
            ByteArrayOutputStream docx = new ByteArrayOutputStream();
            long start = System.nanoTime();
            long built = start;
            ReportDocument note = null;
            if (plain) {
                plainDocx(texts, docx);
            } else {
                note = new ProgressNoteBuilder(workspace, meeting, ProgressNoteModelGenerator.AS_OF, language).build();
                built = System.nanoTime();
                new DocxRenderer().write(note, docx);
            }
            long end = System.nanoTime();
            if (note != null && run == 0) {
                paragraphs = texts(note).size();
                // The preview's HTML, made once after the DOCX, as the wizard's preview would.
                long htmlStart = System.nanoTime();
                new HtmlRenderer().render(note);
                html = (System.nanoTime() - htmlStart) / 1_000_000;
            }
            totals.add((end - start) / 1_000_000);
            builds.add((built - start) / 1_000_000);
            bytes = docx.size();
        }
        System.out.println(RESULT + paragraphs + " " + bytes + " " + totals.get(0) + " " + median(totals.subList(1, totals.size()))
                + " " + median(builds.subList(1, builds.size())) + " " + html);
    }

    /** Every text block of the note, one entry per paragraph the DOCX will have. */
    private static List<String> texts(ReportDocument note) {
        return note.blocks().stream().flatMap(ReportBenchmark::texts).toList();
    }

    private static Stream<String> texts(DocumentBlock block) {
        return switch (block) {
        case Heading heading -> Stream.of(heading.numeral() + "\t" + heading.text());
        case NumberedParagraph paragraph -> Stream.of(paragraph.number() + ".\t" + paragraph.text());
        case LetteredList list -> list.items().stream();
        case Table table -> table.rows().stream().map(row -> String.join("\t", row));
        };
    }

    private static void plainDocx(List<String> texts, ByteArrayOutputStream out) throws IOException {
        try (XWPFDocument docx = new XWPFDocument()) {
            for (String text : texts) {
                docx.createParagraph().createRun().setText(text);
            }
            docx.write(out);
        }
    }

    private static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }
}
