package org.mandateworkbench.ui.mandate.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.provider.AdapterFactoryItemDelegator;
import org.mandateworkbench.model.Mandate;
import org.mandateworkbench.model.MultilingualText;
import org.mandateworkbench.model.query.MultilingualTextQuery;
import org.mandateworkbench.store.ModelStore;
import org.mandateworkbench.ui.OpenRequest;

/**
 * What the pages of one mandate editor share: the store, the mandate, the way to run an edit,
 * to ask for something to be opened and to name model objects in the UI language.
 */
final class MandateEditorContext {

	private final ModelStore store;
	private final Mandate mandate;
	private final IEventBroker broker;
	private final Consumer<String> problemReporter;
	private final AdapterFactoryItemDelegator labels;
	private final List<String> languages;

	/**
	 * @param problemReporter shows a message about input the editor could not use (bad dates,
	 *                        numbers)
	 */
	MandateEditorContext(ModelStore store, Mandate mandate, IEventBroker broker, Consumer<String> problemReporter) {
		this.store = store;
		this.mandate = mandate;
		this.broker = broker;
		this.problemReporter = problemReporter;
		this.labels = new AdapterFactoryItemDelegator(store.adapterFactory());
		this.languages = preferredLanguages();
	}

	/** The languages texts are shown in: the UI language first, then the others as fallback. */
	static List<String> preferredLanguages() {
		String ui = Locale.getDefault().getLanguage();
		return "zh".equals(ui) ? List.of("zh", "en") : List.of(ui, "en", "zh"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	ModelStore store() {
		return store;
	}

	Mandate mandate() {
		return mandate;
	}

	/** The language new texts are written in: the UI language. */
	String language() {
		return languages.getFirst();
	}

	/** Runs an edit on the store's command stack; the pages refresh through the store's change events. */
	boolean execute(Command command) {
		return store.execute(command);
	}

	/** Asks whichever bundle shows the object to open it. */
	void open(EObject target, String paragraph) {
		broker.send(OpenRequest.TOPIC, new OpenRequest(target, paragraph, null));
	}

	/** Reports input that could not be used. */
	void reportProblem(String message) {
		problemReporter.accept(message);
	}

	/** The text in the UI language, else in the other one; empty for none. */
	String text(MultilingualText text) {
		return MultilingualTextQuery.valueOrAny(text, languages).orElse(""); //$NON-NLS-1$
	}

	/** The object's label from the model's item providers; empty for null. */
	String label(Object object) {
		return object == null ? "" : labels.getText(object); //$NON-NLS-1$
	}

	/** The date the figures of the editor describe. */
	LocalDate today() {
		return LocalDate.now();
	}
}
