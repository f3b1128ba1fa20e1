package org.mandateworkbench.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MPartStack;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Test;
import org.mandateworkbench.model.Mandate;
import org.mandateworkbench.store.ModelStore;
import org.mandateworkbench.testsupport.robot.SwtRobot;
import org.mandateworkbench.ui.OpenRequest;
import org.mandateworkbench.ui.mandate.MandateEditorIds;

/**
 * Not a test but the P7 benchmark run by releng/bench/ui-editor: the time from an open request for
 * a mandate to its editor shown and laid out, against a baseline measured in the same run, showing
 * a part with one label in the same stack. Prints one line per run and the medians; asserts only
 * that each editor opened.
 */
class MandateEditorOpenBenchmark {

	private static final int WARM_UP = 3;
	private static final int RUNS = Integer.getInteger("mwb.bench.runs", 15); //$NON-NLS-1$

	@Test
	void opensMandateEditors() throws Exception {
		try (RunningWorkbench workbench = RunningWorkbench.startInLanguage("en")) { //$NON-NLS-1$
			SwtRobot robot = workbench.robot();
			ModelStore store = robot.syncExec("find the store", () -> workbench.window().getContext().get(ModelStore.class)); //$NON-NLS-1$
			List<Mandate> mandates = robot.syncExec("list mandates", () -> List.copyOf(store.root().getMandates())); //$NON-NLS-1$
			List<Double> baseline = new ArrayList<>();
			List<Double> editor = new ArrayList<>();
			for (int run = 0; run < WARM_UP + RUNS; run++) {
				Mandate mandate = mandates.get(run % mandates.size());
				double empty = robot.syncExec("show an empty part", () -> timeEmptyPart(workbench)); //$NON-NLS-1$
				double open = robot.syncExec("open a mandate editor", () -> timeEditor(workbench, mandate)); //$NON-NLS-1$
				if (run >= WARM_UP) {
					baseline.add(empty);
					editor.add(open);
					System.out.println(String.format(Locale.ROOT, "ui-editor: run %d: empty part %.1f ms, mandate editor %.1f ms (%s)", //$NON-NLS-1$
							run - WARM_UP + 1, empty, open, mandate.getId()));
				}
			}
			double base = median(baseline);
			double median = median(editor);
			System.out.println(String.format(Locale.ROOT, "ui-editor: median: empty part (baseline) %.1f ms, mandate editor %.1f ms", //$NON-NLS-1$
					base, median));
			System.out.println(String.format(Locale.ROOT, "ui-editor: ratio editor/baseline: %.2f; target P7: editor <= 300 ms: %s", //$NON-NLS-1$
					median / base, median <= 300 ? "met" : "NOT met")); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	private static double timeEmptyPart(RunningWorkbench workbench) {
		EModelService models = workbench.window().getContext().get(EModelService.class);
		EPartService parts = workbench.window().getContext().get(EPartService.class);
		MPartStack stack = (MPartStack) models.find(MandateEditorIds.EDITOR_STACK, workbench.window());
		long start = System.nanoTime();
		MPart part = models.createModelElement(MPart.class);
		part.setLabel("baseline"); //$NON-NLS-1$
		part.setCloseable(true);
		part.setContributionURI("bundleclass://org.mandateworkbench.app.tests/" + EmptyPart.class.getName()); //$NON-NLS-1$
		stack.getChildren().add(part);
		parts.showPart(part, PartState.ACTIVATE);
		settle(workbench);
		double millis = (System.nanoTime() - start) / 1e6;
		assertNotNull(part.getObject(), "the empty part was created"); //$NON-NLS-1$
		parts.hidePart(part, true);
		stack.getChildren().remove(part);
		return millis;
	}

	private static double timeEditor(RunningWorkbench workbench, Mandate mandate) {
		EModelService models = workbench.window().getContext().get(EModelService.class);
		EPartService parts = workbench.window().getContext().get(EPartService.class);
		long start = System.nanoTime();
		workbench.window().getContext().get(IEventBroker.class).send(OpenRequest.TOPIC, OpenRequest.of(mandate));
		settle(workbench);
		double millis = (System.nanoTime() - start) / 1e6;
		List<MPart> editors = models.findElements(workbench.window(), MandateEditorIds.PART_DESCRIPTOR, MPart.class);
		assertEquals(1, editors.size(), "one editor is open"); //$NON-NLS-1$
		parts.hidePart(editors.getFirst(), true);
		return millis;
	}

	// Both measurements include laying out and painting the shell, as a user would wait for it.
	private static void settle(RunningWorkbench workbench) {
		Shell shell = (Shell) workbench.window().getWidget();
		shell.layout(true, true);
		shell.update();
	}

	private static double median(List<Double> values) {
		List<Double> sorted = values.stream().sorted().toList();
		int middle = sorted.size() / 2;
		return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
	}
}
