package org.mandateworkbench.ingest.evaluation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.eclipse.osgi.util.NLS;

/**
 * Reads an annotation file: the facts a person expects the importer to find in each document. The
 * format is described in releng/import-evaluation/README.md; in short, an object with a
 * {@code documents} array, one object per file with {@code file} and optional {@code symbol},
 * {@code agendaSymbol}, {@code symbolsCited[]}, {@code resolutions[]} {@code {kind, body, number,
 * paragraph}}, {@code dates[]}, {@code states} (an array of ISO3 codes, or an object of such arrays
 * by section), {@code recommendations[]} {@code {paragraph, letter, addressee}} and
 * {@code noteVerbaleDates[]}, {@code indicators[]} {@code {value, asOf}} and {@code reiterated[]} (symbols). Members it does not
 * know (notes, language, type) are ignored.
 */
public final class AnnotationReader {

	private static final Pattern ISO3 = Pattern.compile("[A-Z]{3}"); //$NON-NLS-1$
	private static final Pattern NUMBER = Pattern.compile("\\d{1,4}/\\d{1,4}[A-Z]?|\\d{3,4} \\(\\d{4}\\)"); //$NON-NLS-1$
	private static final Set<String> KINDS = Set.of("resolution", "decision"); //$NON-NLS-1$ //$NON-NLS-2$
	private static final Set<String> BODIES = Set.of("", "GA", "SC", "ECOSOC", "HRC"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
	private static final Set<String> ADDRESSEES = Set.of("secretariat", "statesParties", "memberStates", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			"workingGroup", "unknown"); //$NON-NLS-1$ //$NON-NLS-2$

	private String source = ""; //$NON-NLS-1$

	/**
	 * @param file a UTF-8 annotation file
	 * @return the expected facts, one entry per document, in file order
	 * @throws AnnotationException naming the file, the place and what was expected
	 */
	public List<DocumentFacts> read(Path file) throws AnnotationException {
		try {
			return read(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
		} catch (IOException e) {
			throw new AnnotationException(NLS.bind(Messages.Annotation_unreadable, file, e.getMessage()));
		}
	}

	/**
	 * @param name a name for the text in messages, such as its path
	 * @param text the annotation JSON
	 * @return the expected facts, one entry per document, in text order
	 * @throws AnnotationException naming the place and what was expected
	 */
	public List<DocumentFacts> read(String name, String text) throws AnnotationException {
		source = name;
		Object root;
		try {
			root = JsonText.parse(text);
		} catch (JsonText.SyntaxError e) {
			throw new AnnotationException(
					NLS.bind(Messages.Annotation_syntax, new Object[] { name, e.line, e.column, e.expected }));
		}
		if (!(root instanceof Map<?, ?> top) || !(top.get("documents") instanceof List<?> documents)) { //$NON-NLS-1$
			throw new AnnotationException(NLS.bind(Messages.Annotation_noDocuments, name));
		}
		List<DocumentFacts> out = new ArrayList<>();
		Set<String> files = new HashSet<>();
		for (int i = 0; i < documents.size(); i++) {
			String where = "documents[" + i + "]"; //$NON-NLS-1$ //$NON-NLS-2$
			Map<?, ?> document = object(documents.get(i), where);
			String file = string(document.get("file"), where + ".file"); //$NON-NLS-1$
			if (!files.add(file)) {
				throw new AnnotationException(NLS.bind(Messages.Annotation_duplicateFile, name, file));
			}
			out.add(document(file, document, where));
		}
		return out;
	}

	private DocumentFacts document(String file, Map<?, ?> document, String where) throws AnnotationException {
		Map<EvaluationField, Set<String>> facts = new EnumMap<>(EvaluationField.class);
		Set<String> symbols = new LinkedHashSet<>();
		for (String member : List.of("symbol", "agendaSymbol")) { //$NON-NLS-1$ //$NON-NLS-2$
			if (document.get(member) != null) {
				symbols.add(symbol(document.get(member), where + '.' + member));
			}
		}
		symbols.addAll(symbols(document, "symbolsCited", where)); //$NON-NLS-1$
		facts.put(EvaluationField.SYMBOLS, symbols);
		facts.put(EvaluationField.REITERATED, symbols(document, "reiterated", where)); //$NON-NLS-1$
		facts.put(EvaluationField.RESOLUTIONS, resolutions(document, where + ".resolutions")); //$NON-NLS-1$
		facts.put(EvaluationField.DATES, dates(document.get("dates"), where + ".dates")); //$NON-NLS-1$ //$NON-NLS-2$
		facts.put(EvaluationField.STATES, states(document.get("states"), where + ".states")); //$NON-NLS-1$ //$NON-NLS-2$
		facts.put(EvaluationField.RECOMMENDATIONS, recommendations(document, where + ".recommendations")); //$NON-NLS-1$
		facts.put(EvaluationField.NOTE_VERBALE_DATES,
				dates(document.get("noteVerbaleDates"), where + ".noteVerbaleDates")); //$NON-NLS-1$ //$NON-NLS-2$
		facts.put(EvaluationField.INDICATORS, indicators(document, where + ".indicators")); //$NON-NLS-1$
		return new DocumentFacts(file, facts);
	}

	private Set<String> resolutions(Map<?, ?> document, String where) throws AnnotationException {
		Set<String> out = new LinkedHashSet<>();
		List<?> items = array(document.get("resolutions"), where); //$NON-NLS-1$
		for (int i = 0; i < items.size(); i++) {
			String at = where + '[' + i + ']';
			Map<?, ?> item = object(items.get(i), at);
			String kind = item.get("kind") == null ? "resolution" : string(item.get("kind"), at + ".kind"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			require(KINDS.contains(kind), at + ".kind", Messages.Annotation_kindExpected); //$NON-NLS-1$
			String body = item.get("body") == null ? "" : string(item.get("body"), at + ".body"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			require(BODIES.contains(body), at + ".body", Messages.Annotation_bodyExpected); //$NON-NLS-1$
			String number = string(item.get("number"), at + ".number"); //$NON-NLS-1$ //$NON-NLS-2$
			require(NUMBER.matcher(number).matches(), at + ".number", Messages.Annotation_numberExpected); //$NON-NLS-1$
			int paragraph = item.get("paragraph") == null ? 0 : integer(item.get("paragraph"), at + ".paragraph"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			out.add(FactKeys.resolution(kind, body, number, paragraph));
		}
		return out;
	}

	private Set<String> symbols(Map<?, ?> document, String member, String where) throws AnnotationException {
		Set<String> out = new LinkedHashSet<>();
		List<?> cited = array(document.get(member), where + '.' + member);
		for (int i = 0; i < cited.size(); i++) {
			out.add(symbol(cited.get(i), where + '.' + member + '[' + i + ']'));
		}
		return out;
	}

	private Set<String> indicators(Map<?, ?> document, String where) throws AnnotationException {
		Set<String> out = new LinkedHashSet<>();
		List<?> items = array(document.get("indicators"), where); //$NON-NLS-1$
		for (int i = 0; i < items.size(); i++) {
			String at = where + '[' + i + ']';
			Map<?, ?> item = object(items.get(i), at);
			int value = integer(item.get("value"), at + ".value"); //$NON-NLS-1$ //$NON-NLS-2$
			String asOf = string(item.get("asOf"), at + ".asOf"); //$NON-NLS-1$ //$NON-NLS-2$
			try {
				out.add(FactKeys.indicator(value, LocalDate.parse(asOf)));
			} catch (DateTimeParseException e) {
				throw wrong(at + ".asOf", Messages.Annotation_dateExpected); //$NON-NLS-1$
			}
		}
		return out;
	}

	private Set<String> recommendations(Map<?, ?> document, String where) throws AnnotationException {
		Set<String> out = new LinkedHashSet<>();
		List<?> items = array(document.get("recommendations"), where); //$NON-NLS-1$
		for (int i = 0; i < items.size(); i++) {
			String at = where + '[' + i + ']';
			Map<?, ?> item = object(items.get(i), at);
			int paragraph = integer(item.get("paragraph"), at + ".paragraph"); //$NON-NLS-1$ //$NON-NLS-2$
			String letter = string(item.get("letter"), at + ".letter"); //$NON-NLS-1$ //$NON-NLS-2$
			require(letter.length() == 1 && letter.charAt(0) >= 'a' && letter.charAt(0) <= 'z', at + ".letter", //$NON-NLS-1$
					Messages.Annotation_letterExpected);
			String addressee = string(item.get("addressee"), at + ".addressee"); //$NON-NLS-1$ //$NON-NLS-2$
			require(ADDRESSEES.contains(addressee), at + ".addressee", Messages.Annotation_addresseeExpected); //$NON-NLS-1$
			out.add(FactKeys.recommendation(paragraph, letter.charAt(0), addressee));
		}
		return out;
	}

	/** States as one array, or as an object of arrays by section label; the sections are merged. */
	private Set<String> states(Object value, String where) throws AnnotationException {
		Set<String> out = new LinkedHashSet<>();
		if (value instanceof Map<?, ?> sections) {
			for (Map.Entry<?, ?> section : sections.entrySet()) {
				out.addAll(states(section.getValue(), where + '.' + section.getKey()));
			}
			return out;
		}
		List<?> codes = array(value, where);
		for (int i = 0; i < codes.size(); i++) {
			String code = string(codes.get(i), where + '[' + i + ']');
			require(ISO3.matcher(code).matches(), where + '[' + i + ']', Messages.Annotation_iso3Expected);
			out.add(FactKeys.state(code));
		}
		return out;
	}

	private Set<String> dates(Object value, String where) throws AnnotationException {
		Set<String> out = new LinkedHashSet<>();
		List<?> items = array(value, where);
		for (int i = 0; i < items.size(); i++) {
			String at = where + '[' + i + ']';
			String text = string(items.get(i), at);
			try {
				out.add(FactKeys.date(LocalDate.parse(text)));
			} catch (DateTimeParseException e) {
				throw wrong(at, Messages.Annotation_dateExpected);
			}
		}
		return out;
	}

	private String symbol(Object value, String where) throws AnnotationException {
		return FactKeys.symbol(string(value, where)).orElseThrow(() -> wrong(where, Messages.Annotation_symbolExpected));
	}

	/** A missing array is an empty one: the annotator expects nothing of that field. */
	private List<?> array(Object value, String where) throws AnnotationException {
		if (value == null) {
			return List.of();
		}
		if (value instanceof List<?> list) {
			return list;
		}
		throw wrong(where, Messages.Annotation_arrayExpected);
	}

	private Map<?, ?> object(Object value, String where) throws AnnotationException {
		if (value instanceof Map<?, ?> map) {
			return map;
		}
		throw wrong(where, Messages.Annotation_objectExpected);
	}

	private String string(Object value, String where) throws AnnotationException {
		if (value instanceof String text) {
			return text;
		}
		throw wrong(where, Messages.Annotation_stringExpected);
	}

	private int integer(Object value, String where) throws AnnotationException {
		if (value instanceof Long number && number >= 0 && number <= Integer.MAX_VALUE) {
			return number.intValue();
		}
		throw wrong(where, Messages.Annotation_numberOfParagraphExpected);
	}

	private void require(boolean condition, String where, String expected) throws AnnotationException {
		if (!condition) {
			throw wrong(where, expected);
		}
	}

	private AnnotationException wrong(String where, String expected) {
		return new AnnotationException(NLS.bind(Messages.Annotation_wrongValue, new Object[] { source, where, expected }));
	}
}
