package org.mandateworkbench.ui.internal.table;

/**
 * One row of a grouped table: either the header of a group or one of its members.
 *
 * @param <T> the type of the member rows
 */
public sealed interface GroupedRow<T> {

	/**
	 * The first row of a group.
	 *
	 * @param key       the value the group's members share
	 * @param size      how many members the group has
	 * @param collapsed whether its members are hidden
	 */
	record Header<T>(String key, int size, boolean collapsed) implements GroupedRow<T> {
	}

	/** A row of the table inside a group, or on its own when the table is not grouped. */
	record Member<T>(T row) implements GroupedRow<T> {
	}
}
