package org.mandateworkbench.ui.review;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import java.util.function.Supplier;

import org.mandateworkbench.model.Mandate;
import org.mandateworkbench.model.MandateAction;
import org.mandateworkbench.model.MandateStatus;
import org.mandateworkbench.model.Meeting;
import org.mandateworkbench.model.Recommendation;
import org.mandateworkbench.model.progress.OutstandingRecommendation;
import org.mandateworkbench.model.query.MultilingualTextQuery;
import org.mandateworkbench.ui.Messages;
import org.mandateworkbench.ui.internal.table.OneLineText;
import org.mandateworkbench.ui.internal.table.TextRowFilter;
import org.mandateworkbench.ui.navigator.AddresseeLabels;
import org.mandateworkbench.ui.navigator.ModelLabels;

/**
 * The columns of the outstanding-recommendations review and the text each shows for a row. The
 * filters match against the same texts, so what the user sees is what the filters search, and the
 * exports write them (the recommendation's text in full).
 */
final class ReviewColumns implements TextRowFilter.CellText<OutstandingRecommendation> {

	static final int BODY = 0;
	static final int MEETING = 1;
	static final int PARAGRAPH = 2;
	static final int ADDRESSEE = 3;
	static final int TEXT = 4;
	static final int MANDATES = 5;
	static final int STATUS = 6;
	static final int AGE = 7;
	static final int REITERATED = 8;
	static final int LAST_ACTION = 9;
	static final int COUNT = 10;

	private static final int SHORT_TEXT = 120;

	private final Messages messages;
	private final Supplier<ModelLabels> labels;
	private final List<String> languages;
	private final Supplier<DateTimeFormatter> dates;

	ReviewColumns(Messages messages, Supplier<ModelLabels> labels, Locale locale, Supplier<DateTimeFormatter> dates) {
		this.messages = messages;
		this.labels = labels;
		this.dates = dates;
		this.languages = "zh".equals(locale.getLanguage()) ? List.of("zh", "en") : List.of(locale.getLanguage(), "en", "zh"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	}

	/** The translated column headers, in column order. */
	List<String> headers() {
		return List.of(messages.review_columnBody, messages.review_columnMeeting, messages.review_columnParagraph,
				messages.review_columnAddressee, messages.review_columnText, messages.review_columnMandates,
				messages.review_columnStatus, messages.review_columnAge, messages.review_columnReiterated,
				messages.review_columnLastAction);
	}

	@Override
	public String of(OutstandingRecommendation row, int column) {
		Recommendation recommendation = row.recommendation();
		Meeting meeting = recommendation.getMeeting();
		return switch (column) {
		case BODY -> meeting == null || meeting.getBody() == null ? "" : labels.get().text(meeting.getBody()); //$NON-NLS-1$
		case MEETING -> meeting == null ? "" : labels.get().text(meeting); //$NON-NLS-1$
		case PARAGRAPH -> recommendation.getParagraphNumber()
				+ (recommendation.getLetter() == null ? "" : " (" + recommendation.getLetter() + ')'); //$NON-NLS-1$ //$NON-NLS-2$
		case ADDRESSEE -> new AddresseeLabels(messages, labels.get()).text(recommendation.getAddressees());
		case TEXT -> abbreviated(fullText(row));
		case MANDATES -> mandateIds(row.mandates());
		case STATUS -> status(row.mandates());
		case AGE -> row.ageYears().isPresent() ? String.valueOf(row.ageYears().getAsInt()) : ""; //$NON-NLS-1$
		case REITERATED -> String.valueOf(row.timesReiterated());
		case LAST_ACTION -> lastAction(row.mandates()).map(date -> dates.get().format(date)).orElse(""); //$NON-NLS-1$
		default -> ""; //$NON-NLS-1$
		};
	}

	/** What an export writes: the shown text, except the recommendation's text in full. */
	String exported(OutstandingRecommendation row, int column) {
		return column == TEXT ? fullText(row) : of(row, column);
	}

	/** The recommendation's text on one line, in the UI language or else another. */
	String fullText(OutstandingRecommendation row) {
		Recommendation recommendation = row.recommendation();
		String text = recommendation.getText() == null ? "" //$NON-NLS-1$
				: MultilingualTextQuery.valueOrAny(recommendation.getText(), languages).orElse(""); //$NON-NLS-1$
		return OneLineText.of(text);
	}

	private static String abbreviated(String oneLine) {
		return oneLine.length() <= SHORT_TEXT ? oneLine : oneLine.substring(0, SHORT_TEXT - 1) + '\u2026';
	}

	private static String mandateIds(List<Mandate> mandates) {
		if (mandates.isEmpty()) {
			return ""; //$NON-NLS-1$
		}
		StringJoiner ids = new StringJoiner(", "); //$NON-NLS-1$
		for (Mandate mandate : mandates) {
			ids.add(mandate.getId());
		}
		return ids.toString();
	}

	/** The statuses of the linked mandates, or that none is linked. */
	private String status(List<Mandate> mandates) {
		if (mandates.isEmpty()) {
			return messages.review_statusNoMandate;
		}
		Set<String> statuses = new LinkedHashSet<>();
		for (Mandate mandate : mandates) {
			MandateStatus status = mandate.getStatus();
			statuses.add(status == null ? "" : ModelLabels.status(status)); //$NON-NLS-1$
		}
		return String.join(", ", statuses); //$NON-NLS-1$
	}

	private static Optional<LocalDate> lastAction(List<Mandate> mandates) {
		LocalDate last = null;
		for (Mandate mandate : mandates) {
			for (MandateAction action : mandate.getActions()) {
				LocalDate date = action.getDate();
				if (date != null && (last == null || date.isAfter(last))) {
					last = date;
				}
			}
		}
		return Optional.ofNullable(last);
	}
}
