package org.mandateworkbench.ui.review;

import org.mandateworkbench.ui.Messages;

/** What the review groups its rows by: nothing, or the text of one column. */
enum ReviewGrouping {
	NONE(-1), MEETING(ReviewColumns.MEETING), ADDRESSEE(ReviewColumns.ADDRESSEE), STATUS(ReviewColumns.STATUS);

	private final int column;

	ReviewGrouping(int column) {
		this.column = column;
	}

	/** The column whose text is the group key; -1 for {@link #NONE}. */
	int column() {
		return column;
	}

	String label(Messages messages) {
		return switch (this) {
		case NONE -> messages.review_groupNone;
		case MEETING -> messages.review_columnMeeting;
		case ADDRESSEE -> messages.review_columnAddressee;
		case STATUS -> messages.review_columnStatus;
		};
	}
}
