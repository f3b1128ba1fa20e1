package org.mandateworkbench.ui.navigator;

import java.text.Collator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.mandateworkbench.model.Mandate;
import org.mandateworkbench.model.MandateWorkspace;
import org.mandateworkbench.ui.Messages;

/** How the navigator's second view groups the mandates. */
public enum MandateGrouping {
	STATUS, ADDRESSEE, RESPONSIBLE_OFFICER;

	/** The groups of the workspace's mandates, by name in the UI language's order; unset values last. */
	public List<MandateGroup> groups(MandateWorkspace root, ModelLabels labels, Messages messages, Collator collator) {
		Map<String, List<Mandate>> byName = new TreeMap<>(collator);
		List<Mandate> unset = new ArrayList<>();
		for (Mandate mandate : root.getMandates()) {
			List<String> names = names(mandate, labels, messages);
			if (names.isEmpty()) {
				unset.add(mandate);
			}
			names.forEach(name -> byName.computeIfAbsent(name, k -> new ArrayList<>()).add(mandate));
		}
		List<MandateGroup> groups = new ArrayList<>();
		byName.forEach((name, mandates) -> groups.add(new MandateGroup(name, mandates)));
		if (!unset.isEmpty()) {
			groups.add(new MandateGroup(messages.navigator_notSet, unset));
		}
		return groups;
	}

	/** The group names a mandate belongs to: one status or officer, each of its addressees. */
	private List<String> names(Mandate mandate, ModelLabels labels, Messages messages) {
		return switch (this) {
		case STATUS -> mandate.getStatus() == null ? List.of() : List.of(ModelLabels.status(mandate.getStatus()));
		case ADDRESSEE -> new AddresseeLabels(messages, labels).names(mandate.getAddressees());
		case RESPONSIBLE_OFFICER -> mandate.getResponsibleOfficer() == null ? List.of()
				: List.of(labels.text(mandate.getResponsibleOfficer()));
		};
	}

	/** The label of this grouping in the navigator's view chooser. */
	public String label(Messages messages) {
		return switch (this) {
		case STATUS -> messages.navigator_byStatus;
		case ADDRESSEE -> messages.navigator_byAddressee;
		case RESPONSIBLE_OFFICER -> messages.navigator_byOfficer;
		};
	}
}
