package org.mandateworkbench.app.tests;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.mandateworkbench.testsupport.robot.RobotShell;
import org.mandateworkbench.testsupport.robot.SwtRobot;

/** The buttons of a JFace dialog's button bar, which JFace marks with their ids as widget data. */
final class DialogButtons {

	private DialogButtons() {
	}

	/** Each button's id and its text as set, mnemonic included ("下一步(&N) >"). */
	static Map<Integer, String> texts(SwtRobot robot, RobotShell dialog) {
		return robot.syncExec("read the dialog buttons", () -> { //$NON-NLS-1$
			Map<Integer, String> texts = new LinkedHashMap<>();
			List<Control> controls = new ArrayList<>(List.of(((Shell) dialog.widget()).getChildren()));
			for (int i = 0; i < controls.size(); i++) {
				Control control = controls.get(i);
				if (control instanceof Button button && button.getData() instanceof Integer id) {
					texts.put(id, button.getText());
				}
				if (control instanceof Composite composite) {
					controls.addAll(List.of(composite.getChildren()));
				}
			}
			return texts;
		});
	}

	/** The shown text of the button with this id, as the robot matches it (without the mnemonic). */
	static String plainText(SwtRobot robot, RobotShell dialog, int id) {
		String text = texts(robot, dialog).get(id);
		if (text == null) {
			throw new IllegalStateException("no dialog button " + id); //$NON-NLS-1$
		}
		return text.replaceFirst("\\(&\\p{Alnum}\\)$", "").replace("&", ""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	}
}
