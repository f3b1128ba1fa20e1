package org.mandateworkbench.ui.internal.table;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Groups table rows by a key: a header per distinct key, in the key's natural order (numbers by
 * value, text by the collator's order, the empty key last), followed by its members in their given
 * order unless the group is collapsed.
 */
public final class RowGrouping {

	private RowGrouping() {
	}

	/** The rows without grouping: one member per row. */
	public static <T> List<GroupedRow<T>> ungrouped(List<T> rows) {
		List<GroupedRow<T>> result = new ArrayList<>(rows.size());
		for (T row : rows) {
			result.add(new GroupedRow.Member<>(row));
		}
		return result;
	}

	/**
	 * @param rows      the rows, already sorted as they should appear within a group
	 * @param key       the group a row belongs to ({@code null} counts as empty)
	 * @param collapsed the keys of the groups whose members are hidden
	 * @param collator  orders text keys for the UI language
	 */
	public static <T> List<GroupedRow<T>> group(List<T> rows, Function<T, String> key, Set<String> collapsed,
			Collator collator) {
		List<String> keys = new ArrayList<>(rows.size());
		for (T row : rows) {
			keys.add(key.apply(row));
		}
		return group(rows, keys, collapsed, collator);
	}

	/**
	 * Like {@link #group(List, Function, Set, Collator)} with the keys known ahead (computing a key can
	 * cost more than grouping).
	 *
	 * @param keys the group of each row, in the order of {@code rows}
	 */
	public static <T> List<GroupedRow<T>> group(List<T> rows, List<String> keys, Set<String> collapsed,
			Collator collator) {
		Map<String, List<T>> groups = new LinkedHashMap<>();
		for (int i = 0; i < rows.size(); i++) {
			String value = keys.get(i);
			groups.computeIfAbsent(value == null ? "" : value, k -> new ArrayList<>()).add(rows.get(i)); //$NON-NLS-1$
		}
		List<String> order = new ArrayList<>(groups.keySet());
		order.sort(keyOrder(collator));
		List<GroupedRow<T>> result = new ArrayList<>(rows.size() + order.size());
		for (String value : order) {
			List<T> members = groups.get(value);
			boolean hidden = collapsed.contains(value);
			result.add(new GroupedRow.Header<>(value, members.size(), hidden));
			if (!hidden) {
				members.forEach(member -> result.add(new GroupedRow.Member<>(member)));
			}
		}
		return result;
	}

	private static Comparator<String> keyOrder(Collator collator) {
		Comparator<String> text = new NaturalTextComparator(collator);
		return Comparator.comparing(String::isEmpty).thenComparing(text);
	}
}
