package org.mandateworkbench.ui.mandate.internal;

import java.util.Collection;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.ISaveHandler;
import org.eclipse.swt.widgets.Shell;

/**
 * The window's save handler, asked by the part service when a dirty part closes or all parts are
 * saved: a mandate editor decides itself ({@link MandateEditorPart#confirmClose(Shell)}), so that
 * invalid data is never written and discarding takes back only that mandate's changes. Other parts
 * keep the renderer's handler.
 */
final class MandateSaveHandler implements ISaveHandler {

	private final MWindow window;
	private final ISaveHandler others;

	MandateSaveHandler(MWindow window, ISaveHandler others) {
		this.window = window;
		this.others = others;
	}

	@Override
	public boolean save(MPart part, boolean confirm) {
		if (part.getObject() instanceof MandateEditorPart editor) {
			return confirm ? editor.confirmClose(shell()) : editor.save();
		}
		return others == null || others.save(part, confirm);
	}

	@Override
	public boolean saveParts(Collection<MPart> parts, boolean confirm) {
		for (MPart part : parts) {
			if (part.isDirty() && !save(part, confirm)) {
				return false;
			}
		}
		return true;
	}

	@Override
	public Save promptToSave(MPart part) {
		return others == null ? Save.CANCEL : others.promptToSave(part);
	}

	@Override
	public Save[] promptToSave(Collection<MPart> parts) {
		return others == null ? parts.stream().map(p -> Save.CANCEL).toArray(Save[]::new) : others.promptToSave(parts);
	}

	private Shell shell() {
		return window.getWidget() instanceof Shell shell ? shell : null;
	}
}
