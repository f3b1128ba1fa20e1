package org.mandateworkbench.ui.navigator;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.osgi.util.NLS;
import org.mandateworkbench.store.WorkspaceEntry;
import org.mandateworkbench.ui.Messages;

/** Labels the navigator's groups, model objects and source documents. */
public final class WorkspaceLabelProvider extends LabelProvider {

	private final Messages messages;
	private ModelLabels modelLabels;

	public WorkspaceLabelProvider(Messages messages) {
		this.messages = messages;
	}

	/** Sets how model objects are labelled; until then they show their class name. */
	public void setModelLabels(ModelLabels labels) {
		modelLabels = labels;
	}

	@Override
	public String getText(Object element) {
		return switch (element) {
		case NavigatorGroup group -> groupLabel(group);
		case MandateGroup group -> NLS.bind(messages.review_groupHeader, group.name(), group.mandates().size());
		case WorkspaceEntry entry -> entry.name();
		case EObject object -> modelLabels == null ? object.eClass().getName() : modelLabels.text(object);
		default -> super.getText(element);
		};
	}

	private String groupLabel(NavigatorGroup group) {
		return switch (group) {
		case BODIES -> messages.group_bodies;
		case DOCUMENTS -> messages.group_documents;
		case MANDATES -> messages.group_mandates;
		case STATES -> messages.group_states;
		case SOURCES -> messages.group_sources;
		};
	}
}
