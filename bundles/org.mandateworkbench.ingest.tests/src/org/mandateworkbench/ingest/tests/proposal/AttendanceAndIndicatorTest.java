package org.mandateworkbench.ingest.tests.proposal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.mandateworkbench.ingest.proposal.ImportAnalyzer;
import org.mandateworkbench.ingest.proposal.ImportProposal;
import org.mandateworkbench.model.reference.StateCatalog;

/** Attendance roles, organizations and dated counts, on fixture texts written for this test. */
class AttendanceAndIndicatorTest {

	private static final ImportAnalyzer ANALYZER = new ImportAnalyzer(StateCatalog.standard());

	private static final String ZH_ATTENDANCE = """
			三、 会议安排

			C. 与会情况

			15. 本公约下列缔约国派代表参加了本次会议：巴西、加拿大、智利和埃及。
			16. 本公约签署国日本派观察员出席了会议。
			17. 非缔约国南苏丹以观察员身份与会。
			18. 以观察员身份出席本次会议的政府间组织有：国际刑事警察组织、联合国教育、科学及文化组织和世界海关组织。
			19. 马耳他骑士团的一名代表以观察员身份与会。
			20. 秘鲁在会上介绍了本国的经验。
			""";

	private static final String EN_ATTENDANCE = """
			III. Organization of the meeting

			C. Attendance

			15. The following States parties to the Convention were represented at the meeting: Brazil, Canada, Chile
			and Egypt.
			16. Japan, a signatory to the Convention, was represented by an observer.
			17. The following State not party to the Convention was represented by an observer: South Sudan.
			18. The following intergovernmental organizations were represented by observers: International Criminal
			Police Organization, World Customs Organization and the Council of Europe.
			19. The Sovereign Order of Malta was represented by an observer.
			20. Peru presented its experience to the meeting.
			""";

	private static final String ZH_DIRECTORY = """
			五、 主管机关名录

			21. 截至 2022 年 1 月 10 日，在线名录载有下列信息：
			(a) 140 个缔约国的司法协助中央机关；
			(b) 95 个缔约国的引渡事宜中央机关。
			22. 截至 2022 年 2 月 1 日，101 个国家提供了关于本国预防机关的信息；47 个缔约国指定了本国资产追回联络点。
			23. 截至 2022 年 2 月 3 日，共有 30 个缔约国作出答复。
			""";

	private static final String EN_DIRECTORY = """
			V. Directory of competent authorities

			21. As at 10 January 2022, the online directory contained: (a) Central authorities for mutual legal
			assistance of 140 States parties; (b) Central authorities for extradition of 95 States parties.
			22. As of 1 February 2022, 101 States parties had provided information on their preventive bodies;
			and 47 States had designated their focal points for asset recovery.
			23. As at 3 February 2022, 30 States had replied.
			""";

	@Test
	void chineseAttendanceListsGiveEachStateItsCapacity() {
		ImportProposal p = ANALYZER.analyze("zh.txt", ZH_ATTENDANCE);
		assertEquals(Map.of("BRA", "stateParty", "CAN", "stateParty", "CHL", "stateParty", "EGY", "stateParty", "JPN", "signatory",
				"SSD", "observer", "PER", "mentioned"), roles(p));
		assertEquals(List.of(new ImportProposal.OrganizationRole("国际刑事警察组织", "observer"),
				new ImportProposal.OrganizationRole("联合国教育、科学及文化组织", "observer"),
				new ImportProposal.OrganizationRole("世界海关组织", "observer")), values(p.organizations()));
	}

	@Test
	void englishAttendanceListsGiveEachStateItsCapacity() {
		ImportProposal p = ANALYZER.analyze("en.txt", EN_ATTENDANCE);
		assertEquals(Map.of("BRA", "stateParty", "CAN", "stateParty", "CHL", "stateParty", "EGY", "stateParty", "JPN", "signatory",
				"SSD", "observer", "PER", "mentioned"), roles(p));
		assertEquals(List.of(new ImportProposal.OrganizationRole("International Criminal Police Organization", "observer"),
				new ImportProposal.OrganizationRole("World Customs Organization", "observer"),
				new ImportProposal.OrganizationRole("Council of Europe", "observer")), values(p.organizations()));
	}

	@Test
	void chineseCountsAsOfADateBecomeIndicators() {
		ImportProposal p = ANALYZER.analyze("zh.txt", ZH_DIRECTORY);
		assertEquals(List.of(new ImportProposal.IndicatorValue("司法协助中央机关", 140, LocalDate.of(2022, 1, 10)),
				new ImportProposal.IndicatorValue("引渡事宜中央机关", 95, LocalDate.of(2022, 1, 10)),
				new ImportProposal.IndicatorValue("预防机关", 101, LocalDate.of(2022, 2, 1)),
				new ImportProposal.IndicatorValue("资产追回联络点", 47, LocalDate.of(2022, 2, 1)),
				new ImportProposal.IndicatorValue("replies", 30, LocalDate.of(2022, 2, 3))), values(p.indicators()));
	}

	@Test
	void englishCountsAsOfADateBecomeIndicators() {
		ImportProposal p = ANALYZER.analyze("en.txt", EN_DIRECTORY);
		assertEquals(List.of(new ImportProposal.IndicatorValue("Central authorities for mutual legal assistance", 140, LocalDate.of(2022, 1, 10)),
				new ImportProposal.IndicatorValue("Central authorities for extradition", 95, LocalDate.of(2022, 1, 10)),
				new ImportProposal.IndicatorValue("preventive bodies", 101, LocalDate.of(2022, 2, 1)),
				new ImportProposal.IndicatorValue("focal points for asset recovery", 47, LocalDate.of(2022, 2, 1)),
				new ImportProposal.IndicatorValue("replies", 30, LocalDate.of(2022, 2, 3))), values(p.indicators()));
	}

	private static Map<String, String> roles(ImportProposal p) {
		Map<String, String> roles = new TreeMap<>();
		p.states().forEach(s -> roles.put(s.value().iso3(), s.value().role()));
		return roles;
	}

	private static <T> List<T> values(List<ImportProposal.Cited<T>> cited) {
		return cited.stream().map(ImportProposal.Cited::value).toList();
	}
}
