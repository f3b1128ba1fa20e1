package org.mandateworkbench.ui.dashboard.internal;

import java.util.List;
import java.util.function.ToIntFunction;

/**
 * The category labels a bar chart can show under its bars: the full names, horizontal, when each
 * fits the width of its bar's slot; otherwise slanted and, where still too long, cut at a word with
 * an ellipsis. The full names stay with the chart for its tooltips.
 *
 * @param shown the labels to draw, one per category
 * @param angle the angle of the labels in degrees: 0 or {@link #SLANT}
 */
public record CategoryLabels(List<String> shown, int angle) {

	/** The angle of labels that do not fit horizontally. */
	public static final int SLANT = 45;
	/** Pixels kept free between two horizontal labels. */
	static final int GAP = 6;
	private static final String ELLIPSIS = "\u2026"; //$NON-NLS-1$

	/**
	 * @param full       the full names of the categories
	 * @param slotWidth  the pixels the chart gives each category along its axis
	 * @param maxSlanted the longest a slanted label may be, in pixels
	 * @param width      the pixel width of a text in the font of the labels
	 */
	public static CategoryLabels fit(List<String> full, int slotWidth, int maxSlanted, ToIntFunction<String> width) {
		if (full.stream().allMatch(label -> width.applyAsInt(label) + GAP <= slotWidth)) {
			return new CategoryLabels(List.copyOf(full), 0);
		}
		return new CategoryLabels(full.stream().map(label -> shorten(label, maxSlanted, width)).toList(), SLANT);
	}

	/** The label, or its longest start (cut at a space when that keeps half of it) with an ellipsis that fits. */
	static String shorten(String label, int maxWidth, ToIntFunction<String> width) {
		if (width.applyAsInt(label) <= maxWidth) {
			return label;
		}
		int end = label.length() - 1;
		while (end > 1 && width.applyAsInt(label.substring(0, end).strip() + ELLIPSIS) > maxWidth) {
			end--;
		}
		int space = label.lastIndexOf(' ', end);
		if (space >= end / 2 && space > 0) {
			end = space;
		}
		return label.substring(0, end).strip() + ELLIPSIS;
	}
}
