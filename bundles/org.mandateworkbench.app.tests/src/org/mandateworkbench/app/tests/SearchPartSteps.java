package org.mandateworkbench.app.tests;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.e4.core.commands.ECommandService;
import org.eclipse.e4.core.commands.EHandlerService;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.bindings.EBindingService;
import org.eclipse.e4.ui.model.application.ui.MElementContainer;
import org.eclipse.e4.ui.model.application.ui.MUIElement;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.jface.bindings.TriggerSequence;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Table;
import org.mandateworkbench.index.IndexService;
import org.mandateworkbench.index.query.SearchRequest;
import org.mandateworkbench.index.query.SearchResult;
import org.mandateworkbench.testsupport.robot.Condition;
import org.mandateworkbench.testsupport.robot.SwtRobot;
import org.mandateworkbench.ui.OpenRequest;
import org.mandateworkbench.ui.Roles;
import org.mandateworkbench.ui.mandate.internal.MandateEditorPart;
import org.mandateworkbench.ui.search.SearchIds;
import org.osgi.service.event.EventHandler;

/** Drives the Search part of a running workbench and asks the index what it should show. */
final class SearchPartSteps implements AutoCloseable {

	/** As many hits as the part asks for. */
	static final int LIMIT = 200;
	private static final Duration INDEX_TIMEOUT = Duration.ofSeconds(90);

	private final RunningWorkbench workbench;
	private final SwtRobot robot;
	private final List<OpenRequest> opened = new CopyOnWriteArrayList<>();
	private final EventHandler openListener = event -> opened.add((OpenRequest) event.getProperty(IEventBroker.DATA));

	private SearchPartSteps(RunningWorkbench workbench) {
		this.workbench = workbench;
		this.robot = workbench.robot();
		robot.syncExec("listen for open requests", () -> broker().subscribe(OpenRequest.TOPIC, openListener)); //$NON-NLS-1$
	}

	/** Starts the product in a UI language; closing the steps closes it. */
	static SearchPartSteps startInLanguage(String languageTag) throws Exception {
		return new SearchPartSteps(RunningWorkbench.startInLanguage(languageTag));
	}

	RunningWorkbench workbench() {
		return workbench;
	}

	SwtRobot robot() {
		return robot;
	}

	private IEclipseContext context() {
		return workbench.window().getContext();
	}

	private IEventBroker broker() {
		return context().get(IEventBroker.class);
	}

	/** Waits until the background job has opened (or rebuilt) the index and returns it. */
	IndexService index() {
		robot.waitUntil(Condition.of("the search index to be opened", //$NON-NLS-1$
				() -> robot.syncExec("look up the index", () -> context().get(IndexService.class)) != null), INDEX_TIMEOUT); //$NON-NLS-1$
		return robot.syncExec("look up the index", () -> context().get(IndexService.class)); //$NON-NLS-1$
	}

	/** What the index itself answers for a request. */
	SearchResult expected(SearchRequest request) throws Exception {
		return index().search(request);
	}

	/** Types a query into the box and presses Enter. */
	void type(String query) {
		robot.comboWithId(SearchIds.QUERY).setText(query).pressEnter();
	}

	String status() {
		return robot.labelWithId(SearchIds.STATUS).getText();
	}

	void waitForStatus(String expected) {
		robot.waitUntil(Condition.of("the status to read " + expected, () -> expected.equals(status()))); //$NON-NLS-1$
	}

	/** The ids of the parts of a stack, in order. */
	List<String> partIdsOf(String stackId) {
		return robot.syncExec("list the parts of " + stackId, () -> { //$NON-NLS-1$
			EModelService models = context().get(EModelService.class);
			@SuppressWarnings("unchecked")
			MElementContainer<MUIElement> stack = (MElementContainer<MUIElement>) models.find(stackId, workbench.window());
			List<String> ids = new ArrayList<>();
			stack.getChildren().forEach(child -> ids.add(child.getElementId()));
			return ids;
		});
	}

	/** Activates another part, then runs the Focus Search command as its key binding would. */
	String focusSearchFrom(String otherPartId) {
		return robot.syncExec("run Focus Search", () -> { //$NON-NLS-1$
			EPartService parts = context().get(EPartService.class);
			MPart other = parts.findPart(otherPartId);
			if (other != null) {
				parts.activate(other);
			}
			context().get(EHandlerService.class).executeHandler(focusCommand());
			MPart active = parts.getActivePart();
			return active == null ? null : active.getElementId();
		});
	}

	/** The key sequence bound to Focus Search in the window. */
	TriggerSequence focusBinding() {
		return robot.syncExec("read the Focus Search binding", //$NON-NLS-1$
				() -> context().get(EBindingService.class).getBestSequenceFor(focusCommand()));
	}

	private ParameterizedCommand focusCommand() {
		return context().get(ECommandService.class).createCommand(SearchIds.FOCUS_COMMAND, null);
	}

	/** Chooses an item of the results table's context menu for the selected row. */
	void chooseFromResultMenu(String label) {
		Table table = robot.tableWithId(SearchIds.RESULTS).widget();
		robot.syncExec("choose " + label, () -> { //$NON-NLS-1$
			Menu menu = table.getMenu();
			menu.notifyListeners(SWT.Show, new Event());
			for (MenuItem item : menu.getItems()) {
				if (label.equals(item.getText())) {
					item.notifyListeners(SWT.Selection, new Event());
					return;
				}
			}
			throw new AssertionError("no menu item " + label); //$NON-NLS-1$
		});
	}

	/** Waits for the next open request after {@code before} requests were seen. */
	OpenRequest waitForOpenRequest(int before) {
		robot.waitUntil(Condition.of("an open request", () -> opened.size() > before)); //$NON-NLS-1$
		return opened.get(before);
	}

	/** Waits until the active part is a mandate editor showing the page, and returns it. */
	MPart waitForActiveMandateEditorPage(String pageId) {
		robot.waitUntil(Condition.of("a mandate editor at " + pageId, () -> robot.syncExec("read the active part", () -> { //$NON-NLS-1$ //$NON-NLS-2$
			MPart active = context().get(EPartService.class).getActivePart();
			return active != null && active.getObject() instanceof MandateEditorPart editor && pageId.equals(editor.shownPageId());
		})));
		return robot.syncExec("read the active part", () -> context().get(EPartService.class).getActivePart()); //$NON-NLS-1$
	}

	/** Shows the Delegate layout again (English UI), where the Search part comes first. */
	void backToDelegate() {
		robot.toolItem("Delegate").click(); //$NON-NLS-1$
		workbench.waitForRole(Roles.DELEGATE);
	}

	int openRequests() {
		return opened.size();
	}

	@Override
	public void close() throws Exception {
		try (workbench) {
			robot.syncExec("stop listening for open requests", () -> broker().unsubscribe(openListener)); //$NON-NLS-1$
		}
	}
}
