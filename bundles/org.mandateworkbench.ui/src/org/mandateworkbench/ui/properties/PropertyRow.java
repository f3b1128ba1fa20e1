package org.mandateworkbench.ui.properties;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.mandateworkbench.ui.navigator.ModelLabels;

/**
 * One row of the properties part: an object and one of its item property descriptors.
 *
 * @param object     the selected object
 * @param descriptor the edit bundle's descriptor of one of its properties
 */
record PropertyRow(EObject object, IItemPropertyDescriptor descriptor) implements PropertiesRow {

	@Override
	public String name() {
		return descriptor.getDisplayName(object);
	}

	/** The value as the edit bundle labels it; enumeration literals in the UI language. */
	@Override
	public String valueText() {
		return ModelLabels.propertyText(object, descriptor);
	}

	/** How a choice of the cell editor is labelled: like {@link #valueText()} for its value. */
	String choiceText(Object value) {
		if (value instanceof Enumerator literal && feature() != null) {
			return ModelLabels.literal(feature().getEType().getName(), literal);
		}
		return value == null ? "" : descriptor.getLabelProvider(object).getText(value); //$NON-NLS-1$
	}

	/** The feature behind the descriptor, or null when it is not a feature of the object's class. */
	EStructuralFeature feature() {
		return descriptor.getFeature(object) instanceof EStructuralFeature feature
				&& object.eClass().getEAllStructuralFeatures().contains(feature) ? feature : null;
	}

	/** The raw value of the feature (not the edit bundle's wrapper). */
	Object rawValue() {
		EStructuralFeature feature = feature();
		return feature == null ? null : object.eGet(feature);
	}
}
