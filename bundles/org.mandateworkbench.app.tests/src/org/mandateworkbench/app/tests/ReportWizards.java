package org.mandateworkbench.app.tests;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.DateTime;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Table;
import org.mandateworkbench.testsupport.robot.RobotCombo;
import org.mandateworkbench.testsupport.robot.RobotShell;
import org.mandateworkbench.testsupport.robot.SwtRobot;
import org.mandateworkbench.ui.report.ReportWidgetIds;

/** Drives the report wizard for the tests in either language. */
final class ReportWizards {

	private ReportWizards() {
	}

	/**
	 * Opens a wizard from the Reports menu without waiting for the click: the dialog is modal, so the
	 * click only returns once it closes.
	 */
	static RobotShell open(SwtRobot robot, String menu, String menuItem, String wizardTitle) {
		MenuItem item = robot.menu(menu).menu(menuItem).widget();
		robot.display().asyncExec(() -> {
			item.notifyListeners(SWT.Arm, new Event());
			item.notifyListeners(SWT.Selection, new Event());
		});
		return robot.shell(wizardTitle);
	}

	static void selectSeventhExpertMeeting(RobotCombo meeting) {
		List<String> items = meeting.items();
		for (int i = 0; i < items.size(); i++) {
			if (items.get(i).startsWith("CAC/COSP/EG.1/7 ")) { //$NON-NLS-1$
				meeting.select(i);
				return;
			}
		}
		throw new AssertionError("no seventh expert meeting in " + items); //$NON-NLS-1$
	}

	/** Sets a date field; the page reads it when it drafts, so no event is needed. */
	static void setDate(SwtRobot robot, RobotShell wizard, int year, int month, int day) {
		DateTime field = (DateTime) wizard.find().widgetWithId(ReportWidgetIds.DATE).widget();
		robot.syncExec("set the date", () -> field.setDate(year, month - 1, day)); //$NON-NLS-1$
	}

	static List<String> checkedMandates(SwtRobot robot, RobotShell wizard) {
		Table table = (Table) wizard.find().widgetWithId(ReportWidgetIds.MANDATES).widget();
		return robot.syncExec("read the checked mandates", () -> List.of(table.getItems()).stream() //$NON-NLS-1$
				.filter(item -> item.getChecked()).map(item -> item.getText()).toList());
	}
}
