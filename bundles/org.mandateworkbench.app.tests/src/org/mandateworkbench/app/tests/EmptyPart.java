package org.mandateworkbench.app.tests;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import jakarta.annotation.PostConstruct;

/** A part with one label: the baseline the editor-opening benchmark measures against. */
public final class EmptyPart {

	@PostConstruct
	public void create(Composite parent) {
		new Label(parent, SWT.NONE).setText("baseline"); //$NON-NLS-1$
	}
}
