package org.mandateworkbench.ui.search;

import java.util.Optional;
import java.util.OptionalInt;

import org.eclipse.emf.ecore.EObject;
import org.mandateworkbench.index.DocumentUnitOffsets;
import org.mandateworkbench.index.schema.UnitIds;
import org.mandateworkbench.model.Document;
import org.mandateworkbench.model.LanguageVersion;
import org.mandateworkbench.model.MandateWorkspace;
import org.mandateworkbench.model.OperativeParagraph;
import org.mandateworkbench.ui.OpenRequest;

/**
 * What double-clicking a hit asks the workbench to show: a numbered paragraph of a document, or a
 * resolution paragraph, in the document at that paragraph; a footnote or an unnumbered passage in the
 * document at the place where it begins; a language version of a document in that language; any other unit (recommendation, mandate, note verbale, State response) as the object
 * itself.
 */
final class OpenTargets {

	private OpenTargets() {
	}

	/**
	 * @param unitId   the id of the hit or of its twin
	 * @param language the language to show (en, zh)
	 * @return the request, empty when the object is no longer in the model
	 */
	static Optional<OpenRequest> of(MandateWorkspace workspace, String unitId, String language) {
		Optional<EObject> target = UnitIds.resolve(workspace, unitId);
		if (target.isEmpty()) {
			return Optional.empty();
		}
		EObject object = target.get();
		if (object instanceof OperativeParagraph operative && operative.getResolution() != null
				&& operative.getResolution().getDocument() != null) {
			Document document = operative.getResolution().getDocument();
			return Optional.of(new OpenRequest(document, Integer.toString(operative.getNumber()), language));
		}
		if (object instanceof Document document) {
			OptionalInt offset = UnitIds.language(unitId).flatMap(unitLanguage -> version(document, unitLanguage))
					.map(version -> DocumentUnitOffsets.of(version, unitId)).orElse(OptionalInt.empty());
			if (offset.isPresent()) {
				return Optional.of(new OpenRequest(document, null, language, offset.getAsInt()));
			}
		}
		return Optional.of(new OpenRequest(object, UnitIds.paragraph(unitId).orElse(null), language));
	}

	private static Optional<LanguageVersion> version(Document document, String language) {
		return document.getVersions().stream().filter(v -> language.equalsIgnoreCase(v.getLanguage())).findFirst();
	}
}
