package org.mandateworkbench.ui.search;

import java.util.Locale;

import org.mandateworkbench.index.schema.IndexFields;
import org.mandateworkbench.model.MandateStatus;
import org.mandateworkbench.model.reference.StateCatalog;
import org.mandateworkbench.model.reference.StateReference;
import org.mandateworkbench.ui.navigator.ModelLabels;

/**
 * Names facet values as people read them, in the UI language: a State's short name from the
 * reference list instead of its ISO code, a mandate status by the edit bundle's name, the
 * secretariat and the States parties as addressees. A value without a name stays as indexed.
 */
final class FacetValueLabels {

	/** The addressee values the index writes for the secretariat and for all States parties. */
	static final String SECRETARIAT = "secretariat"; //$NON-NLS-1$
	static final String STATES_PARTIES = "states-parties"; //$NON-NLS-1$

	private final Messages messages;
	private final boolean chinese;

	FacetValueLabels(Messages messages, Locale locale) {
		this.messages = messages;
		this.chinese = "zh".equals(locale.getLanguage()); //$NON-NLS-1$
	}

	/** @return the name of a value of the State, status or addressee dimension; other values unchanged */
	String label(String dimension, String value) {
		return switch (dimension) {
		case IndexFields.STATE -> state(value);
		case IndexFields.STATUS -> status(value);
		case IndexFields.ADDRESSEE -> addressee(value);
		default -> value;
		};
	}

	private String state(String iso3) {
		return StateCatalog.standard().byIso3(iso3).map(this::stateName).filter(name -> !name.isBlank()).orElse(iso3);
	}

	private String stateName(StateReference state) {
		String name = chinese ? state.chineseShortName() : state.englishShortName();
		return name == null || name.isBlank() ? state.englishShortName() : name;
	}

	private String status(String literal) {
		MandateStatus status = MandateStatus.get(literal);
		if (status == null) {
			return literal;
		}
		return ModelLabels.status(status);
	}

	private String addressee(String value) {
		return switch (value) {
		case SECRETARIAT -> messages.facet_addresseeSecretariat;
		case STATES_PARTIES -> messages.facet_addresseeStatesParties;
		default -> value;
		};
	}
}
