package org.mandateworkbench.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.mandateworkbench.index.query.FacetCount;
import org.mandateworkbench.index.query.SearchRequest;
import org.mandateworkbench.index.query.SearchResult;
import org.mandateworkbench.index.schema.IndexFields;
import org.mandateworkbench.testsupport.robot.Condition;
import org.mandateworkbench.testsupport.robot.RobotTable;
import org.mandateworkbench.ui.Roles;
import org.mandateworkbench.ui.search.SearchIds;

/**
 * The Search part in the Chinese UI: a Chinese query, a State's Chinese name and a drill-down; every
 * string of the search bundle exists in both languages.
 */
class ChineseSearchPartWorkbenchTest extends SearchPartTestBase {

	@Override
	String language() {
		return "zh"; //$NON-NLS-1$
	}

	@Test
	void searchesInChinese() throws Exception {
		robot.toolItem("代表").click(); //$NON-NLS-1$
		workbench.waitForRole(Roles.DELEGATE);
		robot.ctabItem("搜索").activate(); //$NON-NLS-1$

		SearchResult chinese = steps.expected(SearchRequest.of("双重犯罪", SearchPartSteps.LIMIT)); //$NON-NLS-1$
		assertFalse(chinese.hits().isEmpty());
		steps.type("双重犯罪"); //$NON-NLS-1$
		steps.waitForStatus(chinese.totalHits() + " 条结果"); //$NON-NLS-1$
		RobotTable table = robot.tableWithId(SearchIds.RESULTS);
		assertEquals(chinese.hits().size(), table.rowCount());
		assertTrue(table.cell(0, 0).contains("双重犯罪"), table.cell(0, 0)); //$NON-NLS-1$
		for (FacetCount language : chinese.facet(IndexFields.LANG)) {
			robot.treeWithId(SearchIds.FACETS).item("语言", language.value() + " (" + language.count() + ")"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
		robot.captureScreenshot("search-zh-results"); //$NON-NLS-1$

		SearchResult norway = steps.expected(SearchRequest.of("state:NOR", SearchPartSteps.LIMIT)); //$NON-NLS-1$
		steps.type("state:挪威"); //$NON-NLS-1$
		steps.waitForStatus(norway.totalHits() + " 条结果"); //$NON-NLS-1$
		robot.treeWithId(SearchIds.FACETS).item("国家", "挪威 (" + norway.count(IndexFields.STATE, "NOR") + ")"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		List<FacetCount> years = norway.facet(IndexFields.YEAR);
		FacetCount year = years.get(0);
		robot.treeWithId(SearchIds.FACETS).item("年份", year.value() + " (" + year.count() + ")").doubleClick(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		SearchResult drilled = steps.expected(SearchRequest.of("state:挪威", SearchPartSteps.LIMIT) //$NON-NLS-1$
				.drillDown(IndexFields.YEAR, year.value()));
		robot.waitUntil(Condition.of("the drill-down to show", //$NON-NLS-1$
				() -> steps.status().startsWith(drilled.totalHits() + " 条结果，已用 1 个分面筛选"))); //$NON-NLS-1$
		assertEquals(drilled.hits().size(), table.rowCount());
		assertEquals(years, drilled.facet(IndexFields.YEAR));
		robot.captureScreenshot("search-zh-drilldown"); //$NON-NLS-1$
	}

	@Test
	void everySearchStringHasAChineseTranslation() throws Exception {
		TranslationCompletenessTest translations = new TranslationCompletenessTest();
		translations.chineseTranslationHasExactlyTheEnglishKeys("org.mandateworkbench.ui.search"); //$NON-NLS-1$
		translations.everyModelLabelHasATranslation("org.mandateworkbench.ui.search/fragment.e4xmi"); //$NON-NLS-1$
	}
}
