package org.mandateworkbench.ingest.tests.proposal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.mandateworkbench.ingest.proposal.ImportAnalyzer;
import org.mandateworkbench.ingest.proposal.ImportProposal;
import org.mandateworkbench.model.reference.StateCatalog;

/** Statements that earlier recommendations are reiterated, with the reports' symbols; fixture texts written for this test. */
class ReiterationTest {

	private static final ImportAnalyzer ANALYZER = new ImportAnalyzer(StateCatalog.standard());

	private static final String ZH = """
			十、 结论和建议

			30. 工作组重申了其第二次和第三次会议的建议
			（见 CTOC/COP/WG.3/2019/4 和 CTOC/COP/WG.3/2020/
			5）。
			31. 工作组还重申缔约国应当加强合作（见 CTOC/COP/WG.3/2018/2）。
			32. 工作组审议了 CTOC/COP/WG.3/2021/3 号文件。
			""";

	private static final String EN = """
			X. Conclusions and recommendations

			30. The working group reiterated the recommendations made at its second and third meetings
			(see CTOC/COP/WG.3/2019/4 and CTOC/COP/WG.3/2020/5).
			31. The working group reaffirmed that cooperation should continue (see CTOC/COP/WG.3/2018/2).
			32. The working group considered document CTOC/COP/WG.3/2021/3.
			""";

	@Test
	void chineseReiterationNamesTheReports() {
		assertEquals(List.of(new ImportProposal.ReiterationItem(30, List.of("CTOC/COP/WG.3/2019/4", "CTOC/COP/WG.3/2020/5"))),
				values(ANALYZER.analyze("zh.txt", ZH).reiterations()));
	}

	@Test
	void englishReiterationNamesTheReports() {
		assertEquals(List.of(new ImportProposal.ReiterationItem(30, List.of("CTOC/COP/WG.3/2019/4", "CTOC/COP/WG.3/2020/5"))),
				values(ANALYZER.analyze("en.txt", EN).reiterations()));
	}

	private static <T> List<T> values(List<ImportProposal.Cited<T>> cited) {
		return cited.stream().map(ImportProposal.Cited::value).toList();
	}
}
