package org.mandateworkbench.ui.navigator;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.osgi.util.NLS;
import org.mandateworkbench.model.Body;
import org.mandateworkbench.model.Document;
import org.mandateworkbench.model.LanguageVersion;
import org.mandateworkbench.model.Mandate;
import org.mandateworkbench.model.MandateStatus;
import org.mandateworkbench.model.Meeting;
import org.mandateworkbench.model.MultilingualText;
import org.mandateworkbench.model.Recommendation;
import org.mandateworkbench.model.Resolution;
import org.mandateworkbench.model.ResolutionKind;
import org.mandateworkbench.model.State;
import org.mandateworkbench.model.edit.provider.MandatesEditPlugin;
import org.mandateworkbench.model.query.MultilingualTextQuery;
import org.mandateworkbench.ui.Messages;

/**
 * Labels of model objects as people name them, in the UI language with the other language as
 * fallback: "CAC/COSP/EG.1/2019/2 Report ...", "Recommendation 47 (a)", "8th meeting, 2019-05-31".
 * Other objects get the edit bundle's label.
 */
public final class ModelLabels {

	private static final int SHORT_TEXT = 80;

	private final AdapterFactory adapterFactory;
	private final Messages messages;
	private final List<String> languages;

	public ModelLabels(AdapterFactory adapterFactory, Messages messages, Locale locale) {
		this.adapterFactory = adapterFactory;
		this.messages = messages;
		String own = locale.getLanguage();
		this.languages = "zh".equals(own) ? List.of("zh", "en") : List.of(own, "en", "zh"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	public String text(EObject object) {
		return switch (object) {
		case Body body -> join(body.getSymbolPrefix() == null ? body.getAcronym() : body.getSymbolPrefix(),
				text(body.getName()));
		case Meeting meeting -> meeting(meeting);
		case Document document -> join(String.valueOf(document.getSymbol()), title(document));
		case Resolution resolution -> NLS.bind(
				resolution.getKind() == ResolutionKind.DECISION ? messages.label_decision : messages.label_resolution,
				resolution.getNumber());
		case Recommendation recommendation -> join(NLS.bind(messages.label_recommendation,
				recommendation.getParagraphNumber(), letter(recommendation)), shorten(text(recommendation.getText())));
		case Mandate mandate -> text(mandate.getTitle()).isEmpty() ? mandate.getId() : text(mandate.getTitle());
		case State state -> text(state.getName()).isEmpty() ? state.getIsoCode() : text(state.getName());
		default -> itemProviderText(object);
		};
	}

	/** The edit bundle's translated name of a mandate status. */
	public static String status(MandateStatus status) {
		return literal(MandateStatus.class.getSimpleName(), status);
	}

	/**
	 * A property's value as the edit bundle labels it, an enumeration literal in the UI language
	 * ({@link #literal}) instead of as written in the model.
	 */
	public static String propertyText(EObject object, IItemPropertyDescriptor descriptor) {
		if (descriptor.getFeature(object) instanceof EStructuralFeature feature
				&& object.eClass().getEAllStructuralFeatures().contains(feature)
				&& object.eGet(feature) instanceof Enumerator value) {
			return literal(feature.getEType().getName(), value);
		}
		String text = descriptor.getLabelProvider(object).getText(descriptor.getPropertyValue(object));
		return text == null ? "" : text; //$NON-NLS-1$
	}

	/**
	 * The edit bundle's translated name of an enumeration literal ({@code _UI_<Enum>_<LITERAL>_literal}),
	 * or its literal when the edit bundle has none.
	 */
	public static String literal(String enumName, Enumerator value) {
		String key = "_UI_" + enumName + '_' + value.getName() + "_literal"; //$NON-NLS-1$ //$NON-NLS-2$
		try {
			return MandatesEditPlugin.INSTANCE.getString(key);
		} catch (MissingResourceException e) {
			return value.getLiteral();
		}
	}

	private String meeting(Meeting meeting) {
		String ordinal = meeting.getOrdinal() > 0 ? NLS.bind(messages.label_meeting, meeting.getOrdinal())
				: text(meeting.getTitle());
		LocalDate start = meeting.getStartDate();
		return start == null ? ordinal : join(ordinal, start.toString());
	}

	private String title(Document document) {
		for (String language : languages) {
			for (LanguageVersion version : document.getVersions()) {
				if (language.equals(version.getLanguage()) && version.getTitle() != null) {
					return shorten(version.getTitle());
				}
			}
		}
		return ""; //$NON-NLS-1$
	}

	private String text(MultilingualText text) {
		return text == null ? "" : MultilingualTextQuery.valueOrAny(text, languages).orElse(""); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private String itemProviderText(EObject object) {
		IItemLabelProvider provider = (IItemLabelProvider) adapterFactory.adapt(object, IItemLabelProvider.class);
		return provider == null ? object.eClass().getName() : provider.getText(object);
	}

	private static String letter(Recommendation recommendation) {
		return recommendation.getLetter() == null ? "" : " (" + recommendation.getLetter() + ')'; //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static String join(String first, String second) {
		return second == null || second.isEmpty() ? first : first + "  " + second; //$NON-NLS-1$
	}

	private static String shorten(String text) {
		String oneLine = text.replaceAll("\\s+", " ").strip(); //$NON-NLS-1$ //$NON-NLS-2$
		return oneLine.length() <= SHORT_TEXT ? oneLine : oneLine.substring(0, SHORT_TEXT - 1) + '\u2026';
	}
}
