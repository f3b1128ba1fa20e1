package org.mandateworkbench.ui.mandate.internal;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;

/** One page of the mandate editor. */
interface MandatePage {

	/** @return the tab's title in the UI language */
	String title();

	/** @return the tab's widget id */
	String widgetId();

	/** Creates the page's controls and fills them. */
	Control create(Composite parent);

	/** Shows the model as it is now; called after every change of the model. */
	void refresh();

	/** @return whether this page is where the object (of the editor's mandate) is shown */
	default boolean shows(EObject object) {
		return false;
	}

	/** Selects the object in the page's controls, made by {@link #create}, if it is listed there. */
	default void reveal(EObject object) {
		// pages that list nothing selectable keep their state
	}
}
