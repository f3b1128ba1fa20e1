package org.mandateworkbench.ingest.tests.proposal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.mandateworkbench.ingest.proposal.ImportAnalyzer;
import org.mandateworkbench.ingest.proposal.ImportProposal;
import org.mandateworkbench.ingest.tests.ImportFixtures;
import org.mandateworkbench.model.reference.StateCatalog;

class ImportAnalyzerTest {

	private static final ImportAnalyzer ANALYZER = new ImportAnalyzer(StateCatalog.standard());

	@Test
	void readsChineseMetadataAndKeepsAgendaSymbolApart() {
		ImportProposal p = ANALYZER.analyze("zh.txt", ImportFixtures.CHINESE_NOTE);
		assertEquals("CAC/COSP/WG.2/2019/2", p.symbol().orElseThrow().value());
		assertEquals("CAC/COSP/WG.2/2019/1", p.agendaSymbol().orElseThrow().value());
		assertEquals(Optional.of("general"), p.distribution());
		assertEquals(LocalDate.of(2019, 3, 12), p.date().orElseThrow().value());
		assertEquals("zh", p.language());
		assertEquals(Optional.of("en"), p.originalLanguage());
		assertEquals(Optional.of("3"), p.agendaItem());
		assertEquals("noteBySecretariat", p.type());
		assertEquals(Optional.of("资料汇编工作的进展情况"), p.title());
		assertEquals(Optional.of("2019年5月6日至7日，维也纳"), p.meeting());
		assertEquals(5, p.paragraphs());
		assertTrue(p.problems().isEmpty(), p.problems()::toString);
	}

	@Test
	void readsChineseCitations() {
		ImportProposal p = ANALYZER.analyze("zh.txt", ImportFixtures.CHINESE_NOTE);
		assertEquals(List.of("CAC/COSP/2017/2", "CAC/COSP/EG.1/2019/L.1"), values(p.symbolsCited()));
		assertEquals(List.of(new ImportProposal.ResolutionCitation("", "7/1", "resolution", 27),
				new ImportProposal.ResolutionCitation("GA", "71/208", "resolution", 0),
				new ImportProposal.ResolutionCitation("", "2/2", "decision", 0)), values(p.resolutionsCited()));
		assertEquals(List.of(new ImportProposal.ArticleCitation(46, 4)), values(p.articlesCited()));
		assertEquals(List.of("ARG", "AUS", "DNK"), values(p.states()).stream().map(ImportProposal.StateRole::iso3).toList());
		assertEquals(List.of(new ImportProposal.IndicatorValue("replies", 13, LocalDate.of(2018, 3, 15))), values(p.indicators()));
		assertEquals(List.of(new ImportProposal.ResponseItem("ARG", "extradition", 3),
				new ImportProposal.ResponseItem("AUS", "extradition", 3),
				new ImportProposal.ResponseItem("DNK", "extradition", 3)), values(p.responses()));
		assertEquals(List.of(LocalDate.of(2018, 2, 9), LocalDate.of(2018, 3, 1)),
				values(p.notesVerbales()).stream().map(ImportProposal.NoteVerbaleItem::date).toList());
		assertEquals(List.of("secretariat", "statesParties", "memberStates"),
				values(p.recommendations()).stream().map(ImportProposal.RecommendationItem::addressee).toList());
	}

	@Test
	void offsetsPointIntoTheSourceText() {
		String source = ImportFixtures.CHINESE_NOTE;
		ImportProposal p = ANALYZER.analyze("zh.txt", source);
		ImportProposal.Cited<String> broken = p.symbolsCited().get(1);
		assertEquals("CAC/COSP/EG.1/\n2019/L.1", source.substring(broken.start(), broken.end()));
		ImportProposal.Cited<ImportProposal.StateRole> australia = p.states().get(1);
		assertEquals("澳大利亚", source.substring(australia.start(), australia.end()));
		ImportProposal.Cited<ImportProposal.RecommendationItem> b = p.recommendations().get(1);
		assertEquals("(b) 鼓励缔约国指定中央机关；", source.substring(b.start(), b.end()));
	}

	@Test
	void readsEnglishNote() {
		ImportProposal p = ANALYZER.analyze("en.txt", ImportFixtures.ENGLISH_NOTE);
		assertEquals("CAC/COSP/EG.1/2019/4", p.symbol().orElseThrow().value());
		assertEquals("CAC/COSP/EG.1/2019/1", p.agendaSymbol().orElseThrow().value());
		assertEquals("en", p.language());
		assertEquals(Optional.of("2"), p.agendaItem());
		assertEquals(Optional.of("Progress made in compiling information"), p.title());
		assertEquals(Optional.of("Vienna, 6-7 June 2019"), p.meeting());
		assertEquals(List.of("7/1", "71/208", "7/1", "5/1"),
				values(p.resolutionsCited()).stream().map(ImportProposal.ResolutionCitation::number).toList());
		assertEquals(List.of(new ImportProposal.ArticleCitation(46, 4)), values(p.articlesCited()));
		assertEquals(List.of("ARG", "AUS", "DNK"), values(p.responses()).stream().map(ImportProposal.ResponseItem::iso3).toList());
		assertEquals("mutualLegalAssistance", values(p.responses()).get(0).topic());
		assertEquals(List.of('a', 'b', 'c'), values(p.recommendations()).stream().map(ImportProposal.RecommendationItem::letter).toList());
		assertEquals(13, values(p.indicators()).get(0).value());
	}

	@Test
	void textWithoutHeaderGivesProblemsNotExceptions() {
		ImportProposal p = ANALYZER.analyze("plain.txt", "这是一段没有文件编号的文字。");
		assertTrue(p.symbol().isEmpty());
		assertEquals(3, p.problems().size());
		assertEquals("other", p.type());
	}

	private static <T> List<T> values(List<ImportProposal.Cited<T>> cited) {
		return cited.stream().map(ImportProposal.Cited::value).toList();
	}
}
