package org.mandateworkbench.ui.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.jface.fieldassist.ContentProposal;
import org.eclipse.jface.fieldassist.IContentProposal;
import org.eclipse.jface.fieldassist.IContentProposalProvider;

/**
 * Suggests the field prefixes of the query syntax that start like the word being typed, each with
 * an example in its description. Accepting one replaces the word.
 */
final class FieldProposals implements IContentProposalProvider {

	private final Map<String, String> fields = new LinkedHashMap<>();

	FieldProposals(Messages messages) {
		fields.put("symbol:", messages.field_symbol); //$NON-NLS-1$
		fields.put("body:", messages.field_body); //$NON-NLS-1$
		fields.put("meeting:", messages.field_meeting); //$NON-NLS-1$
		fields.put("state:", messages.field_state); //$NON-NLS-1$
		fields.put("year:", messages.field_year); //$NON-NLS-1$
		fields.put("date:[", messages.field_date); //$NON-NLS-1$
		fields.put("type:", messages.field_type); //$NON-NLS-1$
		fields.put("status:", messages.field_status); //$NON-NLS-1$
		fields.put("addressee:", messages.field_addressee); //$NON-NLS-1$
		fields.put("lang:", messages.field_lang); //$NON-NLS-1$
		fields.put("resolution:", messages.field_resolution); //$NON-NLS-1$
	}

	@Override
	public IContentProposal[] getProposals(String contents, int position) {
		String word = currentWord(contents, position).toLowerCase(Locale.ROOT);
		List<IContentProposal> proposals = new ArrayList<>();
		fields.forEach((field, description) -> {
			if (field.startsWith(word)) {
				proposals.add(new ContentProposal(field, field, description));
			}
		});
		return proposals.toArray(IContentProposal[]::new);
	}

	/** @return the letters before the caret back to the last space or parenthesis */
	static String currentWord(String contents, int position) {
		int start = Math.min(position, contents.length());
		while (start > 0 && !Character.isWhitespace(contents.charAt(start - 1)) && contents.charAt(start - 1) != '(') {
			start--;
		}
		return contents.substring(start, Math.min(position, contents.length()));
	}
}
