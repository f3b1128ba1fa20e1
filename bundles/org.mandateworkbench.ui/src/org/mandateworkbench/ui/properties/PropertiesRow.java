package org.mandateworkbench.ui.properties;

/** One row of the properties part: a property's name and its value as text. */
sealed interface PropertiesRow permits PropertyRow, MultilingualRow {

	String name();

	String valueText();
}
