package org.mandateworkbench.report.format;

import java.util.List;

/**
 * Joins names into a running-text enumeration: "阿根廷、澳大利亚和丹麦" and "Argentina, Australia and
 * Denmark". English follows United Nations style, which has no comma before the final conjunction.
 */
public final class EnumerationFormatter {

	private static final String CHINESE_ENUMERATION_COMMA = "、";

	private EnumerationFormatter() {
	}

	/** Joins the items with "and" / "和". An empty list gives the empty string. */
	public static String join(List<String> items, DraftLanguage language) {
		return join(items, Conjunction.AND, language);
	}

	/** Joins the items with the given conjunction before the last one. */
	public static String join(List<String> items, Conjunction conjunction, DraftLanguage language) {
		if (items.isEmpty()) {
			return "";
		}
		if (items.size() == 1) {
			return items.get(0);
		}
		String separator = language == DraftLanguage.ZH ? CHINESE_ENUMERATION_COMMA : ", ";
		String word = conjunction.word(language);
		String lastJoin = language == DraftLanguage.ZH ? word : " " + word + " ";
		String head = String.join(separator, items.subList(0, items.size() - 1));
		return head + lastJoin + items.get(items.size() - 1);
	}
}
