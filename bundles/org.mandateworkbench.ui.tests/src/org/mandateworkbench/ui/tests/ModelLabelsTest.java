package org.mandateworkbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mandateworkbench.model.MandateStatus;
import org.mandateworkbench.model.PartyStatusKind;
import org.mandateworkbench.model.RegionalGroup;
import org.mandateworkbench.ui.navigator.ModelLabels;

/** Enumeration literals are shown in readable English while the stored literal stays camelCase. */
class ModelLabelsTest {

	@BeforeAll
	static void english() {
		Locale.setDefault(Locale.ENGLISH);
	}

	@Test
	void statusLabelsAreWordsNotLiterals() {
		assertEquals("In progress", ModelLabels.status(MandateStatus.IN_PROGRESS)); //$NON-NLS-1$
		assertEquals("Pending", ModelLabels.status(MandateStatus.PENDING)); //$NON-NLS-1$
		assertEquals("inProgress", MandateStatus.IN_PROGRESS.getLiteral(), "the XMI value is unchanged"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Test
	void exceptionsTableOverridesTheRule() {
		assertEquals("Latin American and Caribbean", //$NON-NLS-1$
				ModelLabels.literal("RegionalGroup", RegionalGroup.LATIN_AMERICAN_CARIBBEAN)); //$NON-NLS-1$
		assertEquals("Non-party", ModelLabels.literal("PartyStatusKind", PartyStatusKind.NON_PARTY)); //$NON-NLS-1$ //$NON-NLS-2$
	}
}
