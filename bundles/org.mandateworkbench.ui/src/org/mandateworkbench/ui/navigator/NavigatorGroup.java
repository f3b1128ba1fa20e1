package org.mandateworkbench.ui.navigator;

import java.util.List;
import java.util.function.Function;

import org.mandateworkbench.model.MandateWorkspace;

/** A top-level folder of the navigator that gathers one kind of workspace content. */
public enum NavigatorGroup {
	BODIES(MandateWorkspace::getBodies),
	DOCUMENTS(MandateWorkspace::getDocuments),
	MANDATES(MandateWorkspace::getMandates),
	STATES(MandateWorkspace::getStates),
	SOURCES(root -> List.of());

	private final Function<MandateWorkspace, List<?>> content;

	NavigatorGroup(Function<MandateWorkspace, List<?>> content) {
		this.content = content;
	}

	/** The model objects of this group; the source documents come from the workspace folder instead. */
	public List<?> modelContent(MandateWorkspace root) {
		return content.apply(root);
	}
}
