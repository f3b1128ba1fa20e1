package org.mandateworkbench.ui.internal.table;

import java.text.Collator;
import java.util.Comparator;

/**
 * Orders cell texts as people expect: two whole numbers by value (so 9 comes before 10), anything
 * else by the collator of the UI language.
 */
public final class NaturalTextComparator implements Comparator<String> {

	private final Collator collator;

	public NaturalTextComparator(Collator collator) {
		this.collator = collator;
	}

	@Override
	public int compare(String left, String right) {
		String a = left == null ? "" : left; //$NON-NLS-1$
		String b = right == null ? "" : right; //$NON-NLS-1$
		if (XlsxTableWriter.isWholeNumber(a) && XlsxTableWriter.isWholeNumber(b)) {
			return Long.compare(Long.parseLong(a), Long.parseLong(b));
		}
		int byCollator = collator.compare(a, b);
		return byCollator != 0 ? byCollator : a.compareTo(b);
	}
}
