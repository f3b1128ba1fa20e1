package org.mandateworkbench.ui.mandate.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.impl.EValidatorRegistryImpl;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.mandateworkbench.model.Mandate;
import org.mandateworkbench.model.validation.MandatesValidator;

/**
 * Runs the model's validator on one mandate and everything it contains (status history, actions,
 * responses), with a private registry so that nothing global must be registered first.
 */
public final class MandateValidation {

	/**
	 * One message of the validator.
	 *
	 * @param error   whether it is an error (which refuses the save) rather than a warning
	 * @param message the localized message
	 */
	public record Finding(boolean error, String message) {
	}

	private MandateValidation() {
	}

	/** @return the mandate's errors first, then its warnings; empty when it is valid */
	public static List<Finding> findings(Mandate mandate) {
		EValidatorRegistryImpl registry = new EValidatorRegistryImpl(EValidator.Registry.INSTANCE);
		MandatesValidator.registerIn(registry);
		List<Finding> errors = new ArrayList<>();
		List<Finding> warnings = new ArrayList<>();
		collect(new Diagnostician(registry).validate(mandate), errors, warnings);
		errors.addAll(warnings);
		return errors;
	}

	/** @return whether any finding is an error */
	public static boolean hasErrors(List<Finding> findings) {
		return findings.stream().anyMatch(Finding::error);
	}

	private static void collect(Diagnostic diagnostic, List<Finding> errors, List<Finding> warnings) {
		if (!diagnostic.getChildren().isEmpty()) {
			diagnostic.getChildren().forEach(child -> collect(child, errors, warnings));
		} else if (diagnostic.getSeverity() >= Diagnostic.ERROR) {
			errors.add(new Finding(true, diagnostic.getMessage()));
		} else if (diagnostic.getSeverity() == Diagnostic.WARNING) {
			warnings.add(new Finding(false, diagnostic.getMessage()));
		}
	}
}
