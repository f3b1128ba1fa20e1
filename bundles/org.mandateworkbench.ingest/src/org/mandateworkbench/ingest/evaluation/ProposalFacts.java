package org.mandateworkbench.ingest.evaluation;

import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.mandateworkbench.ingest.proposal.ImportProposal;
import org.mandateworkbench.ingest.recognize.DateMention;

/**
 * The facts an import proposal holds, as keys comparable with annotated ones. Bare paragraph
 * references without a resolution number are cross-references inside the document and are left
 * out of the resolutions.
 */
public final class ProposalFacts {

	private ProposalFacts() {
	}

	/**
	 * @param file     the document's file name
	 * @param proposal what the importer proposes for it
	 * @param dates    the dates recognized in its cleaned text
	 * @return the facts
	 */
	public static DocumentFacts of(String file, ImportProposal proposal, List<DateMention> dates) {
		Map<EvaluationField, Set<String>> facts = new EnumMap<>(EvaluationField.class);
		Set<String> symbols = new LinkedHashSet<>();
		proposal.symbol().ifPresent(s -> symbols.add(s.value()));
		proposal.agendaSymbol().ifPresent(s -> symbols.add(s.value()));
		proposal.symbolsCited().forEach(s -> symbols.add(s.value()));
		facts.put(EvaluationField.SYMBOLS, symbols);
		Set<String> resolutions = new LinkedHashSet<>();
		for (ImportProposal.Cited<ImportProposal.ResolutionCitation> cited : proposal.resolutionsCited()) {
			ImportProposal.ResolutionCitation r = cited.value();
			if (!r.number().isEmpty()) {
				resolutions.add(FactKeys.resolution(r.kind(), r.body(), r.number(), r.paragraph()));
			}
		}
		facts.put(EvaluationField.RESOLUTIONS, resolutions);
		Set<String> days = new LinkedHashSet<>();
		for (DateMention date : dates) {
			days.add(FactKeys.date(date.from()));
			days.add(FactKeys.date(date.to()));
		}
		facts.put(EvaluationField.DATES, days);
		Set<String> states = new LinkedHashSet<>();
		proposal.states().forEach(s -> states.add(FactKeys.state(s.value().iso3())));
		facts.put(EvaluationField.STATES, states);
		Set<String> recommendations = new LinkedHashSet<>();
		proposal.recommendations().forEach(r -> recommendations
				.add(FactKeys.recommendation(r.value().paragraph(), r.value().letter(), r.value().addressee())));
		facts.put(EvaluationField.RECOMMENDATIONS, recommendations);
		Set<String> notes = new LinkedHashSet<>();
		proposal.notesVerbales().forEach(n -> notes.add(FactKeys.date(n.value().date())));
		facts.put(EvaluationField.NOTE_VERBALE_DATES, notes);
		Set<String> indicators = new LinkedHashSet<>();
		proposal.indicators().forEach(i -> indicators.add(FactKeys.indicator(i.value().value(), i.value().asOf())));
		facts.put(EvaluationField.INDICATORS, indicators);
		Set<String> reiterated = new LinkedHashSet<>();
		proposal.reiterations().forEach(r -> reiterated.addAll(r.value().symbols()));
		facts.put(EvaluationField.REITERATED, reiterated);
		return new DocumentFacts(file, facts);
	}
}
