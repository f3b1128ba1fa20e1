package org.mandateworkbench.ingest.proposal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.mandateworkbench.ingest.internal.Messages;
import org.mandateworkbench.ingest.recognize.MeetingDetails;
import org.mandateworkbench.model.symbol.DocumentSymbol;

/**
 * What an import proposes to add to a workspace for one document: its metadata and what it cites,
 * each with the offset in the source text it was read from. Nothing here is in a workspace yet;
 * matching to existing objects is a later step. See README.md of this bundle for the JSON form.
 *
 * @param source           the file or name the text came from
 * @param symbol           the document's own symbol, if found
 * @param agendaSymbol     the symbol of the agenda named in the asterisk footnote, if any
 * @param distribution     "general", "limited" or "restricted", if stated
 * @param date             the issue date, if found
 * @param language         the language of this version ("zh", "en", ...)
 * @param originalLanguage the original language, if stated
 * @param body             the body prefix of the symbol ("CAC/COSP"), if known
 * @param meeting          place and date line of the meeting, if found
 * @param agendaItem       the provisional agenda item number, if found
 * @param type             document type key, matching the model's DocumentType literals
 * @param title            the title, if found
 * @param paragraphs       number of numbered paragraphs
 * @param symbolsCited     other documents cited
 * @param resolutionsCited resolutions, decisions and paragraphs cited
 * @param articlesCited    treaty articles cited
 * @param states           States named
 * @param recommendations  lettered recommendation items
 * @param notesVerbales    notes verbales and reminders
 * @param responses        States reported as having replied or acted, by topic
 * @param indicators       counts such as the number of replies as at a date
 * @param problems         what could not be read, for the user to check
 * @param meetingDetails   the meeting's ordinal, dates and venue as read from the meeting line
 * @param organizations    organizations named in attendance lists
 * @param reiterations     statements that earlier recommendations are reiterated, with the reports' symbols
 */
public record ImportProposal(String source, Optional<Cited<String>> symbol, Optional<Cited<String>> agendaSymbol,
		Optional<String> distribution, Optional<Cited<LocalDate>> date, String language, Optional<String> originalLanguage,
		Optional<String> body, Optional<String> meeting, Optional<String> agendaItem, String type, Optional<String> title,
		int paragraphs, List<Cited<String>> symbolsCited, List<Cited<ResolutionCitation>> resolutionsCited,
		List<Cited<ArticleCitation>> articlesCited, List<Cited<StateRole>> states,
		List<Cited<RecommendationItem>> recommendations, List<Cited<NoteVerbaleItem>> notesVerbales,
		List<Cited<ResponseItem>> responses, List<Cited<IndicatorValue>> indicators, List<String> problems,
		MeetingDetails meetingDetails, List<Cited<OrganizationRole>> organizations, List<Cited<ReiterationItem>> reiterations) {

	/** Copies the lists. */
	public ImportProposal {
		symbolsCited = List.copyOf(symbolsCited);
		resolutionsCited = List.copyOf(resolutionsCited);
		articlesCited = List.copyOf(articlesCited);
		states = List.copyOf(states);
		recommendations = List.copyOf(recommendations);
		notesVerbales = List.copyOf(notesVerbales);
		responses = List.copyOf(responses);
		indicators = List.copyOf(indicators);
		problems = List.copyOf(problems);
		organizations = List.copyOf(organizations);
		reiterations = List.copyOf(reiterations);
	}

	/**
	 * A copy of this proposal with the document symbol a user entered by hand, for a document that
	 * prints none (the analyzer then asks for one). The symbol is cited with an empty span at the start
	 * of the text, a citation of the same symbol is no longer listed among the cited ones, the body
	 * comes from the symbol (as for a printed one), and the problem about the missing symbol is dropped.
	 *
	 * @param entered the symbol, such as "CAC/COSP/EG.1/2018/2"
	 * @return the copy
	 * @throws IllegalArgumentException when the text is not a valid document symbol
	 */
	public ImportProposal withSymbol(String entered) {
		DocumentSymbol parsed = DocumentSymbol.tryParse(entered)
				.orElseThrow(() -> new IllegalArgumentException("not a document symbol: " + entered)); //$NON-NLS-1$
		String key = parsed.normalizedKey();
		List<Cited<String>> others = symbolsCited.stream()
				.filter(c -> !key.equals(DocumentSymbol.normalizeText(c.value()))).toList();
		// As for a printed symbol, its prefix names the body; a conference named on the first page only stands in.
		Optional<String> namedBody = Optional.of(parsed.bodyPrefix()).filter(s -> !s.isEmpty()).or(() -> body);
		List<String> left = problems.stream().filter(p -> !p.equals(Messages.ImportAnalyzer_noSymbol)).toList();
		return new ImportProposal(source, Optional.of(new Cited<>(parsed.toString(), 0, 0)), agendaSymbol, distribution,
				date, language, originalLanguage, namedBody, meeting, agendaItem, type, title, paragraphs, others,
				resolutionsCited, articlesCited, states, recommendations, notesVerbales, responses, indicators, left,
				meetingDetails, organizations, reiterations);
	}

	/**
	 * A value read from the source text.
	 *
	 * @param <T>   the value type
	 * @param value the value
	 * @param start offset of the first source character
	 * @param end   offset after the last source character
	 */
	public record Cited<T>(T value, int start, int end) {
	}

	/**
	 * @param body      "GA", "SC", "ECOSOC", "HRC" or empty
	 * @param number    such as "7/1", empty for a bare paragraph
	 * @param kind      "resolution", "decision" or "paragraph"
	 * @param paragraph cited paragraph, 0 if none
	 */
	public record ResolutionCitation(String body, String number, String kind, int paragraph) {
	}

	/**
	 * @param article   article number
	 * @param paragraph paragraph number, 0 if none
	 */
	public record ArticleCitation(int article, int paragraph) {
	}

	/**
	 * @param iso3 the State's code
	 * @param role "stateParty", "signatory", "observer" or "participant" in an attendance list;
	 *             else "responding" when named in a sentence about replies or reports, else "mentioned"
	 */
	public record StateRole(String iso3, String role) {
	}

	/**
	 * @param name the organization's name as written
	 * @param role "observer" or "participant"
	 */
	public record OrganizationRole(String name, String role) {
	}

	/**
	 * @param paragraph paragraph number
	 * @param letter    item letter
	 * @param addressee addressee key (secretariat, statesParties, memberStates, workingGroup, unknown)
	 * @param text      the item text
	 */
	public record RecommendationItem(int paragraph, char letter, String addressee, String text) {
	}

	/**
	 * @param paragraph the numbered paragraph of the statement
	 * @param symbols   the symbols of the reports whose recommendations are reiterated
	 */
	public record ReiterationItem(int paragraph, List<String> symbols) {
		/** Copies the symbols. */
		public ReiterationItem {
			symbols = List.copyOf(symbols);
		}
	}

	/**
	 * @param date     the note's date
	 * @param reminder whether it is a reminder
	 * @param topics   topic keys
	 */
	public record NoteVerbaleItem(LocalDate date, boolean reminder, List<String> topics) {
		/** Copies the topics. */
		public NoteVerbaleItem {
			topics = List.copyOf(topics);
		}
	}

	/**
	 * @param iso3      the State
	 * @param topic     topic key, empty when the sentence names none
	 * @param paragraph the paragraph number, 0 outside numbered paragraphs
	 */
	public record ResponseItem(String iso3, String topic, int paragraph) {
	}

	/**
	 * @param name  "replies" for the number of States that had replied, else what is counted as
	 *              written, such as the kind of authority in a directory
	 * @param value the count
	 * @param asOf  the date of the count
	 */
	public record IndicatorValue(String name, int value, LocalDate asOf) {
	}
}
