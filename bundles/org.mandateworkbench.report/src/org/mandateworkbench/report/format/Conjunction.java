package org.mandateworkbench.report.format;

/** The word that joins the last two items of an enumeration. */
public enum Conjunction {
	/** "and" / "和". */
	AND("and", "和"),
	/** "or" / "或". */
	OR("or", "或");

	private final String english;
	private final String chinese;

	Conjunction(String english, String chinese) {
		this.english = english;
		this.chinese = chinese;
	}

	/** The word in the given draft language, without surrounding spaces. */
	public String word(DraftLanguage language) {
		return language == DraftLanguage.ZH ? chinese : english;
	}
}
