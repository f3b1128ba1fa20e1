package org.mandateworkbench.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.bindings.keys.KeySequence;
import org.junit.jupiter.api.Test;
import org.mandateworkbench.index.query.FacetCount;
import org.mandateworkbench.index.query.SearchHit;
import org.mandateworkbench.index.query.SearchOrder;
import org.mandateworkbench.index.query.SearchRequest;
import org.mandateworkbench.index.query.SearchResult;
import org.mandateworkbench.index.query.TwinText;
import org.mandateworkbench.index.schema.IndexFields;
import org.mandateworkbench.index.schema.UnitIds;
import org.mandateworkbench.model.Identifiable;
import org.mandateworkbench.model.MandateStatus;
import org.mandateworkbench.testsupport.robot.Condition;
import org.mandateworkbench.testsupport.robot.RobotTable;
import org.mandateworkbench.ui.OpenRequest;
import org.mandateworkbench.ui.Roles;
import org.mandateworkbench.ui.mandate.MandateEditorIds;
import org.mandateworkbench.ui.search.SearchIds;

/**
 * The Search part in English on the demo workspace: first in the Delegate layout, focused by its
 * command and key binding; a State alias finds what the State's code finds, the facet counts are the
 * index's, drill-down narrows with sideways counts, double-click opens (a State response in its
 * mandate's editor), the other language is shown and a syntax error is explained.
 */
class SearchPartWorkbenchTest extends SearchPartTestBase {

	/** Robot column of the symbol: the snippet comes first, then symbol, paragraph, section and date. */
	private static final int SYMBOL_COLUMN = 1;
	private static final int DATE_COLUMN = 4;

	@Override
	String language() {
		return "en"; //$NON-NLS-1$
	}

	@Test
	void searchesTheDemoWorkspaceFromTheDelegateLayout() throws Exception {
		robot.toolItem("Delegate").click(); //$NON-NLS-1$
		workbench.waitForRole(Roles.DELEGATE);
		List<String> delegateParts = steps.partIdsOf("org.mandateworkbench.app.perspective.delegate.main"); //$NON-NLS-1$
		assertEquals(SearchIds.DELEGATE_PART, delegateParts.get(0), delegateParts.toString());
		assertEquals(KeySequence.getInstance("M1+M2+F"), steps.focusBinding()); //$NON-NLS-1$
		assertEquals(SearchIds.DELEGATE_PART, steps.focusSearchFrom("org.mandateworkbench.ui.part.navigator")); //$NON-NLS-1$

		// A State's name finds exactly what its ISO code finds.
		SearchRequest byCode = SearchRequest.of("state:NOR", SearchPartSteps.LIMIT); //$NON-NLS-1$
		SearchResult norway = steps.expected(byCode);
		assertTrue(norway.totalHits() > 3, norway.toString());
		steps.type("state:Norway"); //$NON-NLS-1$
		steps.waitForStatus(norway.totalHits() + " hits"); //$NON-NLS-1$
		RobotTable table = robot.tableWithId(SearchIds.RESULTS);
		assertEquals(norway.hits().size(), table.rowCount());
		assertEquals(String.join("; ", norway.hits().get(0).symbols()), table.cell(0, SYMBOL_COLUMN)); //$NON-NLS-1$
		int norwayCount = norway.count(IndexFields.STATE, "NOR"); //$NON-NLS-1$
		robot.treeWithId(SearchIds.FACETS).item("State", "Norway (" + norwayCount + ")"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		List<FacetCount> years = norway.facet(IndexFields.YEAR);
		assertFalse(years.isEmpty());
		for (FacetCount year : years) {
			robot.treeWithId(SearchIds.FACETS).item("Year", year.value() + " (" + year.count() + ")"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
		robot.captureScreenshot("search-en-state"); //$NON-NLS-1$

		// Drill down into a topic kind: the other kinds keep their counts (sideways).
		List<FacetCount> kinds = norway.facet(IndexFields.TYPE);
		FacetCount kind = kinds.get(0);
		String kindLabel = "State response"; //$NON-NLS-1$
		assertEquals("state-response-topic", kind.value()); //$NON-NLS-1$
		robot.treeWithId(SearchIds.FACETS).item("Kind", kindLabel + " (" + kind.count() + ")").doubleClick(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		SearchResult drilled = steps.expected(SearchRequest.of("state:Norway", SearchPartSteps.LIMIT) //$NON-NLS-1$
				.drillDown(IndexFields.TYPE, kind.value()));
		robot.waitUntil(Condition.of("the drill-down to show", //$NON-NLS-1$
				() -> steps.status().startsWith(drilled.totalHits() + " hits with 1 facet filters"))); //$NON-NLS-1$
		assertEquals(drilled.hits().size(), table.rowCount());
		robot.treeWithId(SearchIds.FACETS).item("Kind", "\u2713 " + kindLabel + " (" + kind.count() + ")"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		assertEquals(kinds, drilled.facet(IndexFields.TYPE));
		robot.captureScreenshot("search-en-drilldown"); //$NON-NLS-1$

		// Double-click opens the State response: its mandate's editor, at the responses, in the Secretariat layout.
		SearchHit first = drilled.hits().get(0);
		int before = steps.openRequests();
		table.doubleClick(0);
		OpenRequest request = steps.waitForOpenRequest(before);
		EObject target = request.target();
		assertEquals(UnitIds.objectId(first.id()), ((Identifiable) target).getId());
		workbench.waitForRole(Roles.SECRETARIAT);
		steps.waitForActiveMandateEditorPage(MandateEditorIds.PAGE_RESPONSES);
		steps.backToDelegate();

		// The other language of a hit that has text in both.
		int row = 0;
		while (steps.index().twin(drilled.hits().get(row).id(), drilled.hits().get(row).language()).isEmpty()) {
			row++;
		}
		SearchHit bilingual = drilled.hits().get(row);
		TwinText twin = steps.index().twin(bilingual.id(), bilingual.language()).orElseThrow();
		table.select(row);
		steps.chooseFromResultMenu("Show in the Other Language"); //$NON-NLS-1$
		assertEquals(twin.language(), steps.waitForOpenRequest(before + 1).language());
		// the request opened the response's mandate again; the twin stays in the Search part
		workbench.waitForRole(Roles.SECRETARIAT);
		steps.backToDelegate();
		robot.waitUntil(Condition.of("the other language's text", //$NON-NLS-1$
				() -> twin.text().equals(robot.textWithId(SearchIds.TWIN_TEXT).getText())));
		robot.captureScreenshot("search-en-other-language"); //$NON-NLS-1$

		// A Chinese query in the English UI.
		SearchResult chinese = steps.expected(SearchRequest.of("双重犯罪", SearchPartSteps.LIMIT)); //$NON-NLS-1$
		assertFalse(chinese.hits().isEmpty());
		steps.type("双重犯罪"); //$NON-NLS-1$
		steps.waitForStatus(chinese.totalHits() + " hits"); //$NON-NLS-1$
		assertTrue(table.cell(0, 0).contains("双重犯罪"), table.cell(0, 0)); //$NON-NLS-1$

		// Newest first.
		List<String> newest = steps.expected(SearchRequest.of("双重犯罪", SearchPartSteps.LIMIT).orderedBy(SearchOrder.DATE)) //$NON-NLS-1$
				.hits().stream().map(SearchHit::date).toList();
		robot.comboWithId(SearchIds.ORDER).select("Newest first"); //$NON-NLS-1$
		robot.waitUntil(Condition.of("the hits in date order", //$NON-NLS-1$
				() -> newest.equals(table.rows().stream().map(cells -> cells.get(DATE_COLUMN)).toList())));

		// A syntax error is shown with its position and hint.
		String broken = "dual AND (criminality"; //$NON-NLS-1$
		SearchResult error = steps.expected(SearchRequest.of(broken, SearchPartSteps.LIMIT));
		assertFalse(error.parse().isValid());
		steps.type(broken);
		steps.waitForStatus("Syntax error at character " + (error.parse().errorPosition() + 1) + ": " + error.parse().hint()); //$NON-NLS-1$ //$NON-NLS-2$
		robot.captureScreenshot("search-en-error"); //$NON-NLS-1$

		// The query box remembers the queries, and keeps them in the preferences for the next session.
		List<String> typed = List.of(broken, "双重犯罪", "state:Norway"); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(typed, robot.comboWithId(SearchIds.QUERY).items());
		List<String> stored = InstanceScope.INSTANCE.getNode("org.mandateworkbench.ui.search").get("queryHistory", "").lines() //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				.toList();
		assertEquals(typed, stored.subList(0, Math.min(3, stored.size())));

		// Other layouts get the part from its descriptor; the new part offers the stored queries.
		robot.toolItem("Secretariat").click(); //$NON-NLS-1$
		workbench.waitForRole(Roles.SECRETARIAT);
		assertEquals(SearchIds.PART, steps.focusSearchFrom("org.mandateworkbench.ui.part.navigator")); //$NON-NLS-1$
		assertEquals(typed, robot.comboWithId(SearchIds.QUERY).items().subList(0, 3));
		robot.captureScreenshot("search-en-secretariat"); //$NON-NLS-1$

		// Addressee and status facets are named, not shown as indexed.
		SearchResult secretariat = steps.expected(SearchRequest.of("addressee:secretariat", SearchPartSteps.LIMIT)); //$NON-NLS-1$
		steps.type("addressee:secretariat"); //$NON-NLS-1$
		steps.waitForStatus(secretariat.totalHits() + " hits"); //$NON-NLS-1$
		int addressed = secretariat.count(IndexFields.ADDRESSEE, "secretariat"); //$NON-NLS-1$
		assertTrue(addressed > 0, secretariat.toString());
		robot.treeWithId(SearchIds.FACETS).item("Addressee", "Secretariat (" + addressed + ")"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		List<FacetCount> statuses = secretariat.facet(IndexFields.STATUS);
		assertFalse(statuses.isEmpty(), secretariat.toString());
		Map<MandateStatus, String> names = Map.of(MandateStatus.PENDING, "Pending", MandateStatus.IN_PROGRESS, "In progress", //$NON-NLS-1$ //$NON-NLS-2$
				MandateStatus.COMPLETED, "Completed", MandateStatus.RECURRENT, "Recurrent", MandateStatus.SUPERSEDED, "Superseded", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				MandateStatus.DISCONTINUED, "Discontinued"); //$NON-NLS-1$
		for (FacetCount status : statuses) {
			String name = names.get(MandateStatus.get(status.value()));
			robot.treeWithId(SearchIds.FACETS).item("Mandate status", name + " (" + status.count() + ")"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
		robot.captureScreenshot("search-en-named-facets"); //$NON-NLS-1$
	}
}
