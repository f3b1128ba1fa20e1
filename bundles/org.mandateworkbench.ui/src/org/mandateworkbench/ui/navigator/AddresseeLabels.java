package org.mandateworkbench.ui.navigator;

import java.util.ArrayList;
import java.util.List;

import org.mandateworkbench.model.Actor;
import org.mandateworkbench.model.Addressees;
import org.mandateworkbench.model.Body;
import org.mandateworkbench.ui.Messages;

/** Names the addressees of a recommendation or mandate: "All States parties, Secretariat, CAC/COSP/EG.1". */
public final class AddresseeLabels {

	private final Messages messages;
	private final ModelLabels labels;

	public AddresseeLabels(Messages messages, ModelLabels labels) {
		this.messages = messages;
		this.labels = labels;
	}

	/** The addressees joined with commas; "" for none. */
	public String text(Addressees addressees) {
		return String.join(", ", names(addressees)); //$NON-NLS-1$
	}

	/** Each addressee's name, in the model's order: all States parties, the Secretariat, actors, bodies. */
	public List<String> names(Addressees addressees) {
		List<String> names = new ArrayList<>();
		if (addressees == null) {
			return names;
		}
		if (addressees.isAllStatesParties()) {
			names.add(messages.review_addresseeAllStates);
		}
		if (addressees.isSecretariat()) {
			names.add(messages.review_addresseeSecretariat);
		}
		for (Actor actor : addressees.getActors()) {
			names.add(labels.text(actor));
		}
		for (Body body : addressees.getBodies()) {
			names.add(body.getSymbolPrefix() == null ? body.getAcronym() : body.getSymbolPrefix());
		}
		return names;
	}
}
