package org.mandateworkbench.ui.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import org.eclipse.nebula.widgets.nattable.data.IColumnAccessor;
import org.mandateworkbench.model.Actor;
import org.mandateworkbench.model.Addressees;
import org.mandateworkbench.model.Body;
import org.mandateworkbench.model.Meeting;
import org.mandateworkbench.model.Recommendation;
import org.mandateworkbench.model.progress.OutstandingRecommendation;
import org.mandateworkbench.model.query.MultilingualTextQuery;
import org.mandateworkbench.ui.Messages;
import org.mandateworkbench.ui.navigator.ModelLabels;

/**
 * The columns of the outstanding-recommendations review and the text each shows for a row. The
 * filter matches against the same texts, so what the user sees is what the filter searches.
 */
final class ReviewColumns implements IColumnAccessor<OutstandingRecommendation> {

	static final int PARAGRAPH = 2;
	private static final int SHORT_TEXT = 120;

	private final Messages messages;
	private final Supplier<ModelLabels> labels;
	private final List<String> languages;

	ReviewColumns(Messages messages, Supplier<ModelLabels> labels, Locale locale) {
		this.messages = messages;
		this.labels = labels;
		this.languages = "zh".equals(locale.getLanguage()) ? List.of("zh", "en") : List.of(locale.getLanguage(), "en", "zh"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	}

	/** The translated column headers, in column order. */
	String[] headers() {
		return new String[] { messages.review_columnBody, messages.review_columnMeeting, messages.review_columnParagraph,
				messages.review_columnAddressee, messages.review_columnText, messages.review_columnMandates,
				messages.review_columnAge, messages.review_columnReiterated };
	}

	@Override
	public Object getDataValue(OutstandingRecommendation row, int column) {
		Recommendation recommendation = row.recommendation();
		ModelLabels labels = this.labels.get();
		Meeting meeting = recommendation.getMeeting();
		return switch (column) {
		case 0 -> meeting == null || meeting.getBody() == null ? "" : labels.text(meeting.getBody()); //$NON-NLS-1$
		case 1 -> meeting == null ? "" : labels.text(meeting); //$NON-NLS-1$
		case PARAGRAPH -> recommendation.getParagraphNumber()
				+ (recommendation.getLetter() == null ? "" : " (" + recommendation.getLetter() + ')'); //$NON-NLS-1$ //$NON-NLS-2$
		case 3 -> addressees(recommendation.getAddressees(), labels);
		case 4 -> text(recommendation);
		case 5 -> String.valueOf(row.mandates().size());
		case 6 -> row.ageYears().isPresent() ? String.valueOf(row.ageYears().getAsInt()) : ""; //$NON-NLS-1$
		case 7 -> String.valueOf(row.timesReiterated());
		default -> ""; //$NON-NLS-1$
		};
	}

	@Override
	public void setDataValue(OutstandingRecommendation row, int column, Object value) {
		throw new UnsupportedOperationException("the review is read-only"); //$NON-NLS-1$
	}

	@Override
	public int getColumnCount() {
		return 8;
	}

	private String addressees(Addressees addressees, ModelLabels labels) {
		if (addressees == null) {
			return ""; //$NON-NLS-1$
		}
		List<String> names = new ArrayList<>();
		if (addressees.isAllStatesParties()) {
			names.add(messages.review_addresseeAllStates);
		}
		if (addressees.isSecretariat()) {
			names.add(messages.review_addresseeSecretariat);
		}
		for (Actor actor : addressees.getActors()) {
			names.add(labels.text(actor));
		}
		for (Body body : addressees.getBodies()) {
			names.add(body.getSymbolPrefix() == null ? body.getAcronym() : body.getSymbolPrefix());
		}
		return String.join(", ", names); //$NON-NLS-1$
	}

	private String text(Recommendation recommendation) {
		String text = recommendation.getText() == null ? "" //$NON-NLS-1$
				: MultilingualTextQuery.valueOrAny(recommendation.getText(), languages).orElse(""); //$NON-NLS-1$
		String oneLine = text.replaceAll("\\s+", " ").strip(); //$NON-NLS-1$ //$NON-NLS-2$
		return oneLine.length() <= SHORT_TEXT ? oneLine : oneLine.substring(0, SHORT_TEXT - 1) + '\u2026';
	}
}
