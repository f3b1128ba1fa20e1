package org.mandateworkbench.ingest.proposal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.mandateworkbench.ingest.clean.CleanedText;
import org.mandateworkbench.ingest.clean.TextCleaner;
import org.mandateworkbench.ingest.internal.Messages;
import org.mandateworkbench.ingest.recognize.ArticleRecognizer;
import org.mandateworkbench.ingest.recognize.AttendanceRecognizer;
import org.mandateworkbench.ingest.recognize.DatedCount;
import org.mandateworkbench.ingest.recognize.DatedCountRecognizer;
import org.mandateworkbench.ingest.recognize.MeetingDetails;
import org.mandateworkbench.ingest.recognize.MeetingRecognizer;
import org.mandateworkbench.ingest.recognize.ArticleReference;
import org.mandateworkbench.ingest.recognize.DateMention;
import org.mandateworkbench.ingest.recognize.DateRecognizer;
import org.mandateworkbench.ingest.recognize.NoteVerbaleMention;
import org.mandateworkbench.ingest.recognize.NoteVerbaleRecognizer;
import org.mandateworkbench.ingest.recognize.Recommendation;
import org.mandateworkbench.ingest.recognize.RecommendationRecognizer;
import org.mandateworkbench.ingest.recognize.ReiterationRecognizer;
import org.mandateworkbench.ingest.recognize.ReplyCount;
import org.mandateworkbench.ingest.recognize.ResolutionReference;
import org.mandateworkbench.ingest.recognize.ResolutionReferenceRecognizer;
import org.mandateworkbench.ingest.recognize.StateMention;
import org.mandateworkbench.ingest.recognize.StateRecognizer;
import org.mandateworkbench.ingest.recognize.TextSpans;
import org.mandateworkbench.ingest.recognize.TopicRecognizer;
import org.mandateworkbench.ingest.segment.DocumentSegmenter;
import org.mandateworkbench.ingest.segment.Segmentation;
import org.mandateworkbench.model.reference.StateCatalog;
import org.mandateworkbench.model.symbol.SymbolOccurrence;
import org.mandateworkbench.model.symbol.SymbolRecognizer;

/**
 * Turns the plain text of a UN document into an {@link ImportProposal}: cleans it, segments it,
 * runs the recognizers and maps every offset back to the source text.
 * <p>
 * Caveat: the metadata is read from the first page as PDF extraction lays it out (symbol line,
 * "Distr.:", date, language, "Original:"); documents without that header get problems, not guesses.
 */
public final class ImportAnalyzer {

	private static final Pattern DISTRIBUTION = Pattern.compile("Distr\\.\\s*:\\s*(General|Limited|Restricted)", Pattern.CASE_INSENSITIVE); //$NON-NLS-1$
	private static final Pattern ORIGINAL = Pattern.compile("Original\\s*:\\s*([A-Za-z]+)"); //$NON-NLS-1$
	private static final Pattern LANGUAGE_LINE = Pattern.compile("(Arabic|Chinese|English|French|Russian|Spanish)"); //$NON-NLS-1$
	private static final Pattern AGENDA_ITEM = Pattern.compile("\u4e34\u65f6\u8bae\u7a0b\\s*\\*?\\s*\u9879\u76ee\\s*(\\d{1,2})|Item\\s+(\\d{1,2})\\s+of\\s+the\\s+provisional\\s+agenda"); //$NON-NLS-1$
	private static final Pattern NOTE = Pattern.compile("\u79d8\u4e66\u5904\u7684\u8bf4\u660e|Note by the Secretariat"); //$NON-NLS-1$
	private static final Pattern BACKGROUND = Pattern.compile("\u80cc\u666f\u6587\u4ef6|Background paper"); //$NON-NLS-1$
	private static final Pattern CRP = Pattern.compile("(?i)\u4f1a\u8bae\u5ba4\u6587\u4ef6|Conference room paper|(?<![A-Za-z])CRP\\.\\d"); //$NON-NLS-1$
	/** A line that names the type ("秘书处的说明", "秘书处编写的背景文件", "Background paper prepared by the Secretariat"). */
	private static final int TYPE_LINE_LIMIT = 60;
	/** A title line this long or longer was probably wrapped, so the line before it belongs to the title too. */
	private static final int ZH_WRAPPED = 25;
	private static final int EN_WRAPPED = 50;
	/** Bodies named on the first page, for documents whose symbol is missing. */
	private static final Pattern[] BODY_NAMES = {
			Pattern.compile("(?i)\u53cd\u8150\u8d25\u516c\u7ea6\\s*\u7f14\u7ea6\u56fd\u4f1a\u8bae|Conference of the States Parties to the United Nations Convention against Corruption"), //$NON-NLS-1$
			Pattern.compile("(?i)\u8de8\u56fd\u6709\u7ec4\u7ec7\u72af\u7f6a\u516c\u7ea6\\s*\u7f14\u7ea6\u65b9\u4f1a\u8bae|Conference of the Parties to the United Nations Convention against Transnational Organized Crime") }; //$NON-NLS-1$
	private static final String[] BODY_PREFIXES = { "CAC/COSP", "CTOC/COP" }; //$NON-NLS-1$ //$NON-NLS-2$
	private static final Pattern ANNOTATIONS = Pattern.compile("\u4e34\u65f6\u8bae\u7a0b\u53ca\u8bf4\u660e|\u4e34\u65f6\u8bae\u7a0b\u8bf4\u660e|Annotated provisional agenda|Provisional agenda and annotations"); //$NON-NLS-1$
	private static final Pattern REPORT = Pattern.compile("(\\S*\u62a5\u544a)$|^(Report of .*)$"); //$NON-NLS-1$
	private static final Pattern RESPONDING = Pattern.compile("(?i)\u7b54\u590d|\u56de\u590d|\u63d0\u4ea4\u4e86|\u63d0\u4f9b\u4e86|\u62a5\u544a\u4e86|\u62a5\u544a\u79f0|replied|responded|reported|provided|submitted"); //$NON-NLS-1$
	private static final int HEADER_LIMIT = 1500;
	private static final MeetingDetails NO_MEETING = new MeetingDetails(0, Optional.empty(), Optional.empty(), Optional.empty());
	private static final int INDICATOR_PASSAGE = 600;

	private final TextCleaner cleaner = new TextCleaner();
	private final DocumentSegmenter segmenter = new DocumentSegmenter();
	private final StateRecognizer states;
	private final AttendanceRecognizer attendance = new AttendanceRecognizer();

	/** @param catalog the States to recognize */
	public ImportAnalyzer(StateCatalog catalog) {
		this.states = new StateRecognizer(catalog);
	}

	/**
	 * Analyzes one document.
	 *
	 * @param source a name for the text, such as the file name
	 * @param text   the decoded text
	 * @return the proposal; never null, never throws for odd text
	 */
	public ImportProposal analyze(String source, String text) {
		CleanedText cleaned = cleaner.clean(text);
		String clean = cleaned.text();
		Segmentation segmentation = segmenter.segment(clean);
		List<String> problems = new ArrayList<>();
		int headerEnd = headerEnd(clean, segmentation);
		String header = clean.substring(0, headerEnd);
		Mapper map = new Mapper(cleaned);

		List<SymbolOccurrence> symbols = SymbolRecognizer.findAll(clean);
		Optional<SymbolOccurrence> agenda = symbols.stream().filter(o -> inAsteriskFootnote(o, segmentation)).findFirst();
		Optional<SymbolOccurrence> own = symbols.stream()
				.filter(o -> o.start() < headerEnd && !o.hyperlink() && !inAsteriskFootnote(o, segmentation)
						&& aloneOnLine(clean, o.start(), o.end()))
				.findFirst();
		if (own.isEmpty()) {
			problems.add(Messages.ImportAnalyzer_noSymbol);
		}
		Set<String> seen = new LinkedHashSet<>();
		own.ifPresent(o -> seen.add(o.symbol().toString()));
		agenda.ifPresent(o -> seen.add(o.symbol().toString()));
		List<ImportProposal.Cited<String>> cited = new ArrayList<>();
		for (SymbolOccurrence o : symbols) {
			if (seen.add(o.symbol().toString())) {
				cited.add(map.cited(o.symbol().toString(), o.start(), o.end()));
			}
		}

		List<DateMention> headerDates = new DateRecognizer().recognize(header);
		Optional<DateMention> issued = headerDates.stream().filter(d -> aloneOnLine(clean, d.start(), d.end())).findFirst();
		if (issued.isEmpty()) {
			problems.add(Messages.ImportAnalyzer_noDate);
		}
		Optional<String> meeting = headerDates.stream().filter(d -> !aloneOnLine(clean, d.start(), d.end()))
				.map(d -> line(clean, d.start()).strip()).findFirst();
		if (segmentation.paragraphs().isEmpty()) {
			problems.add(Messages.ImportAnalyzer_noParagraphs);
		}
		return new ImportProposal(source, own.map(o -> map.cited(o.symbol().toString(), o.start(), o.end())),
				agenda.map(o -> map.cited(o.symbol().toString(), o.start(), o.end())),
				group(DISTRIBUTION, header).map(s -> s.toLowerCase(Locale.ROOT)),
				issued.map(d -> map.cited(d.from(), d.start(), d.end())), language(clean, header),
				group(ORIGINAL, header).map(ImportAnalyzer::languageCode),
				own.map(o -> o.symbol().bodyPrefix()).filter(s -> !s.isEmpty()).or(() -> bodyNamed(header)), meeting,
				group(AGENDA_ITEM, header), type(header), title(header), segmentation.paragraphs().size(), cited,
				resolutions(clean, map), articles(clean, map), stateRoles(clean, segmentation, map),
				recommendations(clean, segmentation, map), notes(clean, map),
				responses(clean, segmentation, map), indicators(clean, segmentation, map), problems,
				meeting.map(new MeetingRecognizer()::recognize).orElse(NO_MEETING), organizations(clean, segmentation, map),
				reiterations(clean, segmentation, symbols, map));
	}

	private static int headerEnd(String clean, Segmentation segmentation) {
		int end = Math.min(clean.length(), HEADER_LIMIT);
		if (!segmentation.sections().isEmpty()) {
			end = Math.min(end, segmentation.sections().get(0).start());
		}
		if (!segmentation.paragraphs().isEmpty()) {
			end = Math.min(end, segmentation.paragraphs().get(0).start());
		}
		return end;
	}

	private static boolean inAsteriskFootnote(SymbolOccurrence o, Segmentation segmentation) {
		return segmentation.footnotes().stream()
				.anyMatch(f -> f.marker().startsWith("*") && f.start() <= o.start() && o.start() < f.end()); //$NON-NLS-1$
	}

	private static boolean aloneOnLine(String text, int start, int end) {
		String line = line(text, start).strip();
		return line.length() <= end - start + 1;
	}

	private static String line(String text, int offset) {
		int from = text.lastIndexOf('\n', Math.max(0, offset - 1)) + 1;
		int to = text.indexOf('\n', offset);
		return text.substring(from, to < 0 ? text.length() : to);
	}

	private static Optional<String> group(Pattern pattern, String text) {
		Matcher m = pattern.matcher(text);
		if (!m.find()) {
			return Optional.empty();
		}
		for (int g = 1; g <= m.groupCount(); g++) {
			if (m.group(g) != null) {
				return Optional.of(m.group(g));
			}
		}
		return Optional.of(m.group());
	}

	private static String language(String clean, String header) {
		for (String line : header.split("\n")) { //$NON-NLS-1$
			Matcher m = LANGUAGE_LINE.matcher(line.strip());
			if (m.matches()) {
				return languageCode(m.group(1));
			}
		}
		long han = clean.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN).count();
		long latin = clean.codePoints().filter(c -> c < 0x250 && Character.isLetter(c)).count();
		return han > latin / 3 ? "zh" : "en"; //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static String languageCode(String name) {
		return switch (name.toLowerCase(Locale.ROOT)) {
		case "arabic" -> "ar"; //$NON-NLS-1$ //$NON-NLS-2$
		case "chinese" -> "zh"; //$NON-NLS-1$ //$NON-NLS-2$
		case "english" -> "en"; //$NON-NLS-1$ //$NON-NLS-2$
		case "french" -> "fr"; //$NON-NLS-1$ //$NON-NLS-2$
		case "russian" -> "ru"; //$NON-NLS-1$ //$NON-NLS-2$
		case "spanish" -> "es"; //$NON-NLS-1$ //$NON-NLS-2$
		default -> name.toLowerCase(Locale.ROOT);
		};
	}

	private static String type(String header) {
		if (ANNOTATIONS.matcher(header).find()) {
			return "provisionalAgenda"; //$NON-NLS-1$
		}
		if (NOTE.matcher(header).find()) {
			return "noteBySecretariat"; //$NON-NLS-1$
		}
		if (BACKGROUND.matcher(header).find()) {
			return "backgroundPaper"; //$NON-NLS-1$
		}
		if (CRP.matcher(header).find()) {
			return "conferenceRoomPaper"; //$NON-NLS-1$
		}
		for (String line : header.split("\n")) { //$NON-NLS-1$
			if (REPORT.matcher(line.strip()).find()) {
				return "report"; //$NON-NLS-1$
			}
		}
		return "other"; //$NON-NLS-1$
	}

	/**
	 * The title is the line before the one naming the type ("Note by the Secretariat", "秘书处编写的背景文件"),
	 * joined with the line before it when that one was wrapped; or a report's own title line; or, in a
	 * provisional agenda, the line naming it.
	 */
	private static Optional<String> title(String header) {
		List<String> lines = new ArrayList<>();
		for (String raw : header.split("\n")) { //$NON-NLS-1$
			String line = raw.strip();
			if (line.isEmpty()) {
				continue;
			}
			if (typeLine(line) && !lines.isEmpty()) {
				return Optional.of(wrappedTitle(lines));
			}
			if (REPORT.matcher(line).find()) {
				return Optional.of(line);
			}
			lines.add(line);
		}
		for (String line : lines) {
			if (ANNOTATIONS.matcher(line).find() && line.length() <= TYPE_LINE_LIMIT) {
				return Optional.of(line);
			}
		}
		return Optional.empty();
	}

	private static boolean typeLine(String line) {
		return line.length() <= TYPE_LINE_LIMIT
				&& (NOTE.matcher(line).find() || BACKGROUND.matcher(line).find() || CRP.matcher(line).find());
	}

	private static String wrappedTitle(List<String> lines) {
		String title = lines.get(lines.size() - 1);
		for (int i = lines.size() - 2; i >= 0; i--) {
			String before = lines.get(i);
			boolean cjk = before.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
			if (before.length() < (cjk ? ZH_WRAPPED : EN_WRAPPED) || !new DateRecognizer().recognize(before).isEmpty()) {
				break;
			}
			title = before + (cjk ? "" : " ") + title; //$NON-NLS-1$ //$NON-NLS-2$
		}
		return title;
	}

	private static Optional<String> bodyNamed(String header) {
		for (int i = 0; i < BODY_NAMES.length; i++) {
			if (BODY_NAMES[i].matcher(header).find()) {
				return Optional.of(BODY_PREFIXES[i]);
			}
		}
		return Optional.empty();
	}

	private static List<ImportProposal.Cited<ImportProposal.ResolutionCitation>> resolutions(String clean, Mapper map) {
		List<ImportProposal.Cited<ImportProposal.ResolutionCitation>> out = new ArrayList<>();
		for (ResolutionReference r : new ResolutionReferenceRecognizer().recognize(clean)) {
			out.add(map.cited(new ImportProposal.ResolutionCitation(r.body(), r.number(),
					r.kind().name().toLowerCase(Locale.ROOT), r.paragraph()), r.start(), r.end()));
		}
		return out;
	}

	private static List<ImportProposal.Cited<ImportProposal.ArticleCitation>> articles(String clean, Mapper map) {
		List<ImportProposal.Cited<ImportProposal.ArticleCitation>> out = new ArrayList<>();
		for (ArticleReference a : new ArticleRecognizer().recognize(clean)) {
			out.add(map.cited(new ImportProposal.ArticleCitation(a.article(), a.paragraph()), a.start(), a.end()));
		}
		return out;
	}

	private List<ImportProposal.Cited<ImportProposal.StateRole>> stateRoles(String clean, Segmentation segmentation, Mapper map) {
		List<ImportProposal.Cited<ImportProposal.StateRole>> out = new ArrayList<>();
		for (StateMention s : states.recognize(clean)) {
			int passage = segmentation.paragraphAt(s.start()).map(Segmentation.Paragraph::start)
					.orElse(clean.lastIndexOf('\n', Math.max(0, s.start() - 1)) + 1);
			String attended = attendance.stateRole(clean, passage, s.start(), s.end());
			String role = attended != null ? attended : responding(clean, s) ? "responding" : "mentioned"; //$NON-NLS-1$ //$NON-NLS-2$
			out.add(map.cited(new ImportProposal.StateRole(s.iso3(), role), s.start(), s.end()));
		}
		return out;
	}

	private static boolean responding(String clean, StateMention s) {
		return RESPONDING.matcher(sentence(clean, s.start(), s.end())).find();
	}

	private static String sentence(String clean, int start, int end) {
		return TextSpans.sentence(clean, start, end);
	}

	private static List<ImportProposal.Cited<ImportProposal.RecommendationItem>> recommendations(String clean,
			Segmentation segmentation, Mapper map) {
		List<ImportProposal.Cited<ImportProposal.RecommendationItem>> out = new ArrayList<>();
		for (Recommendation r : new RecommendationRecognizer().recognize(clean, segmentation)) {
			out.add(map.cited(new ImportProposal.RecommendationItem(r.paragraph(), r.letter(), addresseeKey(r.addressee().name()),
					r.text()), r.start(), r.end()));
		}
		return out;
	}

	/** SECRETARIAT -> secretariat, STATES_PARTIES -> statesParties. */
	private static String addresseeKey(String constant) {
		StringBuilder key = new StringBuilder();
		boolean upper = false;
		for (char c : constant.toLowerCase(Locale.ROOT).toCharArray()) {
			if (c == '_') {
				upper = true;
			} else {
				key.append(upper ? Character.toUpperCase(c) : c);
				upper = false;
			}
		}
		return key.toString();
	}

	private static List<ImportProposal.Cited<ImportProposal.NoteVerbaleItem>> notes(String clean, Mapper map) {
		List<ImportProposal.Cited<ImportProposal.NoteVerbaleItem>> out = new ArrayList<>();
		for (NoteVerbaleMention n : new NoteVerbaleRecognizer().notes(clean)) {
			out.add(map.cited(new ImportProposal.NoteVerbaleItem(n.date(), n.reminder(), n.topics()), n.start(), n.end()));
		}
		return out;
	}

	private List<ImportProposal.Cited<ImportProposal.ResponseItem>> responses(String clean, Segmentation segmentation,
			Mapper map) {
		List<ImportProposal.Cited<ImportProposal.ResponseItem>> out = new ArrayList<>();
		for (StateMention s : states.recognize(clean)) {
			if (!responding(clean, s)) {
				continue;
			}
			List<String> topics = TopicRecognizer.topics(sentence(clean, s.start(), s.end()));
			if (topics.isEmpty()) {
				topics = sectionTopics(segmentation, s.start());
			}
			int paragraph = segmentation.paragraphAt(s.start()).map(Segmentation.Paragraph::number).orElse(0);
			out.add(map.cited(new ImportProposal.ResponseItem(s.iso3(), topics.isEmpty() ? "" : topics.get(0), paragraph), //$NON-NLS-1$
					s.start(), s.end()));
		}
		return out;
	}

	/** A passage about a topic may name it only in its heading ("二、引渡", "B. Extradition"). */
	private static List<String> sectionTopics(Segmentation segmentation, int offset) {
		List<Segmentation.Section> sections = segmentation.sections();
		boolean inLettered = false;
		for (int i = sections.size() - 1; i >= 0; i--) {
			Segmentation.Section section = sections.get(i);
			if (section.start() > offset || isLetter(section.label()) && inLettered) {
				continue;
			}
			List<String> topics = TopicRecognizer.topics(section.title());
			if (!topics.isEmpty() || !isLetter(section.label())) {
				return topics;
			}
			// A lettered section without a topic: only its parent heading may still name one.
			inLettered = true;
		}
		return List.of();
	}

	private static boolean isLetter(String label) {
		return label.length() == 1 && label.charAt(0) >= 'A' && label.charAt(0) <= 'Z';
	}

	private static List<ImportProposal.Cited<ImportProposal.IndicatorValue>> indicators(String clean, Segmentation segmentation,
			Mapper map) {
		List<ImportProposal.Cited<ImportProposal.IndicatorValue>> out = new ArrayList<>();
		for (ReplyCount c : new NoteVerbaleRecognizer().replyCounts(clean)) {
			out.add(map.cited(new ImportProposal.IndicatorValue("replies", c.count(), c.asOf()), c.start(), c.end())); //$NON-NLS-1$
		}
		// An "as of" count runs to the end of its numbered paragraph, lettered items included.
		for (DatedCount c : new DatedCountRecognizer().recognize(clean, offset -> segmentation.paragraphAt(offset)
				.map(Segmentation.Paragraph::end).orElse(offset + INDICATOR_PASSAGE))) {
			out.add(map.cited(new ImportProposal.IndicatorValue(c.name(), c.value(), c.asOf()), c.start(), c.end()));
		}
		out.sort((a, b) -> Integer.compare(a.start(), b.start()));
		return out;
	}

	private static List<ImportProposal.Cited<ImportProposal.ReiterationItem>> reiterations(String clean,
			Segmentation segmentation, List<SymbolOccurrence> symbols, Mapper map) {
		List<ImportProposal.Cited<ImportProposal.ReiterationItem>> out = new ArrayList<>();
		for (ReiterationRecognizer.Reiteration r : new ReiterationRecognizer().recognize(clean, segmentation, symbols)) {
			out.add(map.cited(new ImportProposal.ReiterationItem(r.paragraph(), r.symbols()), r.start(), r.end()));
		}
		return out;
	}

	private static List<ImportProposal.Cited<ImportProposal.OrganizationRole>> organizations(String clean,
			Segmentation segmentation, Mapper map) {
		List<Segmentation.Paragraph> paragraphs = segmentation.paragraphs();
		int[] starts = paragraphs.stream().mapToInt(Segmentation.Paragraph::start).toArray();
		int[] ends = paragraphs.stream().mapToInt(Segmentation.Paragraph::end).toArray();
		List<ImportProposal.Cited<ImportProposal.OrganizationRole>> out = new ArrayList<>();
		for (AttendanceRecognizer.Organization o : new AttendanceRecognizer().organizations(clean, starts, ends)) {
			out.add(map.cited(new ImportProposal.OrganizationRole(o.name(), o.role()), o.start(), o.end()));
		}
		return out;
	}

	/** Maps cleaned offsets back to the source. */
	private record Mapper(CleanedText cleaned) {
		<T> ImportProposal.Cited<T> cited(T value, int start, int end) {
			int sourceStart = cleaned.sourceOffset(start);
			int sourceEnd = end > start ? cleaned.sourceOffset(end - 1) + 1 : sourceStart;
			return new ImportProposal.Cited<>(value, sourceStart, sourceEnd);
		}
	}
}
