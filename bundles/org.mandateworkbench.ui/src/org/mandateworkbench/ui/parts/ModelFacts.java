package org.mandateworkbench.ui.parts;

import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.mandateworkbench.model.Document;
import org.mandateworkbench.model.LanguageVersion;
import org.mandateworkbench.model.LocalizedString;
import org.mandateworkbench.model.MultilingualText;
import org.mandateworkbench.model.edit.provider.MandatesEditPlugin;
import org.mandateworkbench.store.ModelStore;
import org.mandateworkbench.ui.Messages;
import org.mandateworkbench.ui.navigator.ModelLabels;

/** What the preview part says about a model object: its kind, its properties and its texts. */
final class ModelFacts {

	private ModelFacts() {
	}

	static EntryFacts of(EObject object, ModelStore store, ModelLabels labels, Messages messages) {
		StringBuilder facts = new StringBuilder(messages.preview_kind).append(' ')
				.append(MandatesEditPlugin.INSTANCE.getString("_UI_" + object.eClass().getName() + "_type")); //$NON-NLS-1$ //$NON-NLS-2$
		IItemPropertySource properties = (IItemPropertySource) store.adapterFactory().adapt(object,
				IItemPropertySource.class);
		if (properties != null) {
			for (IItemPropertyDescriptor descriptor : properties.getPropertyDescriptors(object)) {
				String value = ModelLabels.propertyText(object, descriptor);
				if (!value.isBlank()) {
					facts.append('\n').append(descriptor.getDisplayName(object)).append(": ").append(value); //$NON-NLS-1$
				}
			}
		}
		return new EntryFacts(labels.text(object), facts.toString(), texts(object));
	}

	/** Every multilingual text of the object, each value tagged with its language, and document texts. */
	private static String texts(EObject object) {
		StringBuilder texts = new StringBuilder();
		for (EObject part : object.eContents()) {
			if (part instanceof MultilingualText text) {
				for (LocalizedString value : text.getValues()) {
					texts.append('[').append(value.getLanguage()).append("] ").append(value.getValue()).append("\n\n"); //$NON-NLS-1$ //$NON-NLS-2$
				}
			}
		}
		if (object instanceof Document document) {
			texts.append(document.getVersions().stream().filter(version -> version.getText() != null)
					.map(LanguageVersion::getText).collect(Collectors.joining("\n\n"))); //$NON-NLS-1$
		}
		return texts.toString().strip();
	}
}
