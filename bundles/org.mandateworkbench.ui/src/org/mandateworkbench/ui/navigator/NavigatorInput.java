package org.mandateworkbench.ui.navigator;

import org.mandateworkbench.store.ModelStore;
import org.mandateworkbench.store.Workspace;

/** What the navigator shows: the open workspace folder and, when loaded, its model. */
public record NavigatorInput(Workspace workspace, ModelStore model) {
}
