package org.mandateworkbench.ui.properties;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.osgi.util.NLS;
import org.mandateworkbench.model.LocalizedString;
import org.mandateworkbench.model.MandatesFactory;
import org.mandateworkbench.model.MandatesPackage;
import org.mandateworkbench.model.MultilingualText;
import org.mandateworkbench.model.edit.provider.MandatesEditPlugin;
import org.mandateworkbench.model.query.MultilingualTextQuery;
import org.mandateworkbench.ui.Messages;

/**
 * One language of a multilingual feature (a title, a name, a text) of the selected object. The edit
 * bundle has no property descriptor for these contained texts, so the properties part shows one row
 * per language and edits each language on its own, leaving the other language's value as it is.
 *
 * @param object   the selected object
 * @param feature  its single contained {@link MultilingualText}
 * @param language the language of this row ("zh", "en")
 * @param name     the row's name, the feature's and the language's
 */
record MultilingualRow(EObject object, EReference feature, String language, String name) implements PropertiesRow {

	/** The rows of every multilingual feature of the object, the UI language's row of each first. */
	static List<MultilingualRow> of(EObject object, Locale uiLocale, Messages messages) {
		List<String> languages = "zh".equals(uiLocale.getLanguage()) ? List.of("zh", "en") : List.of("en", "zh"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		List<MultilingualRow> rows = new ArrayList<>();
		for (EReference reference : object.eClass().getEAllReferences()) {
			if (reference.isContainment() && !reference.isMany()
					&& reference.getEReferenceType() == MandatesPackage.Literals.MULTILINGUAL_TEXT) {
				for (String language : languages) {
					String languageName = "zh".equals(language) ? messages.properties_languageZh : messages.properties_languageEn; //$NON-NLS-1$
					rows.add(new MultilingualRow(object, reference, language,
							NLS.bind(messages.properties_languageValue, featureName(reference), languageName)));
				}
			}
		}
		return rows;
	}

	/** The value in this row's language only: no fallback, so an absent translation shows empty. */
	@Override
	public String valueText() {
		return MultilingualTextQuery.value(text(), language).orElse(""); //$NON-NLS-1$
	}

	/**
	 * The command that sets this language's value: it creates the text or the language's value where
	 * missing and removes the language's value when the new value is empty.
	 */
	Command command(EditingDomain domain, String newValue) {
		String value = newValue == null ? "" : newValue.strip(); //$NON-NLS-1$
		MultilingualText text = text();
		if (text == null) {
			return value.isEmpty() ? UnexecutableCommand.INSTANCE
					: SetCommand.create(domain, object, feature, MultilingualTextQuery.of(language, value));
		}
		LocalizedString existing = localized(text);
		if (existing == null) {
			if (value.isEmpty()) {
				return UnexecutableCommand.INSTANCE;
			}
			LocalizedString added = MandatesFactory.eINSTANCE.createLocalizedString();
			added.setLanguage(language);
			added.setValue(value);
			return AddCommand.create(domain, text, MandatesPackage.Literals.MULTILINGUAL_TEXT__VALUES, added);
		}
		return value.isEmpty()
				? RemoveCommand.create(domain, text, MandatesPackage.Literals.MULTILINGUAL_TEXT__VALUES, existing)
				: SetCommand.create(domain, existing, MandatesPackage.Literals.LOCALIZED_STRING__VALUE, value);
	}

	private MultilingualText text() {
		return (MultilingualText) object.eGet(feature);
	}

	/** The value tagged with this language, exactly or by primary language ("zh-CN" for "zh"). */
	private LocalizedString localized(MultilingualText text) {
		LocalizedString samePrimary = null;
		for (LocalizedString candidate : text.getValues()) {
			String tag = candidate.getLanguage();
			if (tag == null) {
				continue;
			}
			if (tag.equalsIgnoreCase(language)) {
				return candidate;
			}
			if (samePrimary == null && tag.toLowerCase(Locale.ROOT).startsWith(language + '-')) {
				samePrimary = candidate;
			}
		}
		return samePrimary;
	}

	private static String featureName(EReference feature) {
		String key = "_UI_" + feature.getEContainingClass().getName() + '_' + feature.getName() + "_feature"; //$NON-NLS-1$ //$NON-NLS-2$
		try {
			return MandatesEditPlugin.INSTANCE.getString(key);
		} catch (MissingResourceException e) {
			return feature.getName();
		}
	}
}
