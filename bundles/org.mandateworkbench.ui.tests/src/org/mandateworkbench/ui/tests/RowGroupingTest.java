package org.mandateworkbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.text.Collator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.mandateworkbench.ui.internal.table.GroupedRow;
import org.mandateworkbench.ui.internal.table.GroupedRow.Header;
import org.mandateworkbench.ui.internal.table.GroupedRow.Member;
import org.mandateworkbench.ui.internal.table.RowGrouping;

class RowGroupingTest {

	private static final Collator ENGLISH = Collator.getInstance(Locale.ENGLISH);

	/** A row: its group key, then a name. */
	private record Row(String key, String name) {
	}

	@Test
	void headersInKeyOrderNumbersByValueEmptyLastMembersInGivenOrder() {
		List<Row> rows = List.of(new Row("10", "a"), new Row("9", "b"), new Row("", "c"), new Row("10", "d"),
				new Row(null, "e"), new Row("9", "f"));
		List<GroupedRow<Row>> grouped = RowGrouping.group(rows, Row::key, Set.of(), ENGLISH);
		assertEquals(List.of(new Header<Row>("9", 2, false), new Member<>(rows.get(1)), new Member<>(rows.get(5)),
				new Header<Row>("10", 2, false), new Member<>(rows.get(0)), new Member<>(rows.get(3)),
				new Header<Row>("", 2, false), new Member<>(rows.get(2)), new Member<>(rows.get(4))), grouped);
	}

	@Test
	void collapsedGroupsKeepTheirHeaderAndSize() {
		List<Row> rows = List.of(new Row("pending", "a"), new Row("No mandate", "b"), new Row("pending", "c"));
		List<GroupedRow<Row>> grouped = RowGrouping.group(rows, Row::key, Set.of("pending"), ENGLISH);
		assertEquals(List.of(new Header<Row>("No mandate", 1, false), new Member<>(rows.get(1)),
				new Header<Row>("pending", 2, true)), grouped);
	}

	@Test
	void textKeysFollowTheCollatorNotCase() {
		List<Row> rows = List.of(new Row("b", "1"), new Row("B2", "2"), new Row("a", "3"));
		List<String> keys = RowGrouping.group(rows, Row::key, Set.of(), ENGLISH).stream()
				.filter(Header.class::isInstance).map(row -> ((Header<Row>) row).key()).toList();
		assertEquals(List.of("a", "b", "B2"), keys);
	}

	@Test
	void ungroupedIsOneMemberPerRow() {
		List<Row> rows = List.of(new Row("x", "1"), new Row("y", "2"));
		assertEquals(List.of(new Member<>(rows.get(0)), new Member<>(rows.get(1))), RowGrouping.ungrouped(rows));
	}
}
