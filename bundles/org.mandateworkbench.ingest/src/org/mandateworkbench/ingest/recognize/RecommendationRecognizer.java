package org.mandateworkbench.ingest.recognize;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.mandateworkbench.ingest.segment.Segmentation;

/**
 * Reads the lettered items of recommendation paragraphs: the paragraphs of a
 * conclusions-and-recommendations section, and any paragraph whose lead-in ends by introducing
 * recommendations ("下列建议：", "recommended that:"). The
 * addressee comes from the item's own wording ("秘书处应", "鼓励缔约国", "会员国应当考虑", "the Secretariat
 * should", "States parties are encouraged", "Member States should consider") or, failing that,
 * from the lead-in of the paragraph.
 */
public final class RecommendationRecognizer {

	private static final Pattern RECOMMENDING = Pattern.compile("(?i)\u5efa\u8bae|recommend"); //$NON-NLS-1$
	private static final Pattern SECRETARIAT = Pattern.compile("(?i)\u79d8\u4e66\u5904|\u529e\u516c\u5ba4|secretariat|UNODC"); //$NON-NLS-1$
	private static final Pattern STATES_PARTIES = Pattern.compile("(?i)\u7f14\u7ea6\u56fd|States parties"); //$NON-NLS-1$
	private static final Pattern MEMBER_STATES = Pattern.compile("(?i)\u4f1a\u5458\u56fd|Member States"); //$NON-NLS-1$
	private static final Pattern WORKING_GROUP = Pattern.compile("(?i)\u5de5\u4f5c\u7ec4|\u4e13\u5bb6\u4f1a\u8bae|working group|expert meeting"); //$NON-NLS-1$
	private static final int LEAD_IN_WINDOW = 40;

	/**
	 * @param text         the cleaned text the segmentation was made from
	 * @param segmentation its structure
	 * @return the recommendations in text order; never null
	 */
	public List<Recommendation> recognize(String text, Segmentation segmentation) {
		List<Recommendation> found = new ArrayList<>();
		for (Segmentation.Paragraph paragraph : segmentation.paragraphs()) {
			if (paragraph.items().isEmpty()) {
				continue;
			}
			String leadIn = text.substring(paragraph.start(), paragraph.items().get(0).start());
			boolean inSection = paragraph.section() >= 0
					&& segmentation.sections().get(paragraph.section()).recommendations();
			if (!inSection && !introducesRecommendations(leadIn)) {
				continue;
			}
			Matcher recommending = RECOMMENDING.matcher(leadIn);
			Addressee fallback = addressee(recommending.find() ? leadIn.substring(recommending.end()) : leadIn);
			for (Segmentation.Item item : paragraph.items()) {
				String itemText = text.substring(item.textStart(), item.end());
				Addressee own = addressee(itemText.substring(0, Math.min(itemText.length(), LEAD_IN_WINDOW)));
				found.add(new Recommendation(item.start(), item.end(), paragraph.number(), item.letter(),
						own == Addressee.UNKNOWN ? fallback : own, itemText.strip()));
			}
		}
		return found;
	}

	/** "工作组拟定了下列建议：" or "The meeting recommended that States:" but not "欣见...的建议，并决定：". */
	private static boolean introducesRecommendations(String leadIn) {
		String stripped = leadIn.strip();
		if (!stripped.endsWith("\uff1a") && !stripped.endsWith(":")) { //$NON-NLS-1$ //$NON-NLS-2$
			return false;
		}
		Matcher m = RECOMMENDING.matcher(stripped);
		int last = -1;
		while (m.find()) {
			last = m.end();
		}
		return last >= 0 && stripped.substring(last).indexOf('\uff0c') < 0 && stripped.substring(last).indexOf(',') < 0;
	}

	/** The earliest addressee named wins: "秘书处应协助缔约国" is addressed to the Secretariat. */
	static Addressee addressee(String wording) {
		Addressee best = Addressee.UNKNOWN;
		int bestAt = Integer.MAX_VALUE;
		Pattern[] patterns = { SECRETARIAT, STATES_PARTIES, MEMBER_STATES, WORKING_GROUP };
		Addressee[] addressees = { Addressee.SECRETARIAT, Addressee.STATES_PARTIES, Addressee.MEMBER_STATES,
				Addressee.WORKING_GROUP };
		for (int i = 0; i < patterns.length; i++) {
			Matcher m = patterns[i].matcher(wording);
			if (m.find() && m.start() < bestAt) {
				bestAt = m.start();
				best = addressees[i];
			}
		}
		return best;
	}
}
