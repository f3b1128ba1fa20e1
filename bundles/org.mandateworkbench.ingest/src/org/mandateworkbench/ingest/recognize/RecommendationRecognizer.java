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
 * <p>
 * Within an item, the addressee is whoever is the subject of a modal verb ("缔约国应当", "秘书处还应",
 * "Member States should", "States parties are") or the object of a request ("鼓励缔约国", "请秘书处",
 * "invites States parties", "requests the Secretariat"), whichever comes first, so an item opening
 * with a purpose clause or naming others first ("鉴于一些缔约方的报告，缔约国应当...") still finds its
 * addressee. Only when the item has neither does the first name in its opening words decide.
 */
public final class RecommendationRecognizer {

	private static final Pattern RECOMMENDING = Pattern.compile("(?i)\u5efa\u8bae|recommend"); //$NON-NLS-1$
	private static final Pattern SECRETARIAT = Pattern.compile("(?i)\u79d8\u4e66\u5904|\u529e\u516c\u5ba4|secretariat|UNODC"); //$NON-NLS-1$
	private static final Pattern STATES_PARTIES = Pattern.compile("(?i)\u7f14\u7ea6\u56fd|\u7f14\u7ea6\u65b9|States parties"); //$NON-NLS-1$
	private static final Pattern MEMBER_STATES = Pattern.compile("(?i)\u4f1a\u5458\u56fd|Member States"); //$NON-NLS-1$
	private static final Pattern WORKING_GROUP = Pattern.compile("(?i)\u5de5\u4f5c\u7ec4|\u4e13\u5bb6\u4f1a\u8bae|working group|expert meeting"); //$NON-NLS-1$
	private static final int LEAD_IN_WINDOW = 40;
	private static final String[] ZH_NAMES = { "\u79d8\u4e66\u5904|\u529e\u516c\u5ba4", "\u7f14\u7ea6\u56fd|\u7f14\u7ea6\u65b9", "\u4f1a\u5458\u56fd", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			"\u5de5\u4f5c\u7ec4|\u4e13\u5bb6\u4f1a\u8bae" }; //$NON-NLS-1$
	private static final String[] EN_NAMES = { "Secretariat|UNODC", "States parties|Parties", "Member States", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			"working group|expert meeting" }; //$NON-NLS-1$
	private static final Addressee[] NAMED = { Addressee.SECRETARIAT, Addressee.STATES_PARTIES, Addressee.MEMBER_STATES,
			Addressee.WORKING_GROUP };
	/** Subject of a modal verb: "缔约国应当", "秘书处还应", "工作组不妨". */
	private static final String ZH_SUBJECT = "(?:%s)(?:\u8fd8|\u4e5f|\u5747|\u4ea6)?\\s*(?:\u5e94|\u987b|\u5fc5\u987b|\u53ef|\u4e0d\u59a8|\u4f3c\u5b9c|\u5b9c|\u7ee7\u7eed|\u8003\u8651|\u5c06)"; //$NON-NLS-1$
	/** Object of a request: "鼓励缔约国", "请秘书处", "促请各会员国". */
	private static final String ZH_OBJECT = "(?:\u9f13\u52b1|\u8bf7|\u9080\u8bf7|\u4fc3\u8bf7|\u5401\u8bf7|\u6566\u4fc3|\u547c\u5401|\u8981\u6c42)(?:\u5404)?\\s*(?:%s)"; //$NON-NLS-1$
	private static final String EN_SUBJECT = "(?i)\\b(?:%s)\\s+(?:should|shall|must|may|might|could|is|are|continues?|consider|need)\\b"; //$NON-NLS-1$
	private static final String EN_OBJECT = "(?i)\\b(?:encourag\\w*|invit\\w*|request\\w*|urg\\w*|call\\w*\\s+(?:up)?on|recommend\\w*\\s+that)\\s+(?:the\\s+|all\\s+)?(?:%s)\\b"; //$NON-NLS-1$
	private static final Pattern[] ADDRESSED = addressed();

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
			// the first item may come after a page's footnotes: the lead-in is then the whole first part
			String leadIn = text.substring(paragraph.start(), Math.min(paragraph.end(), paragraph.items().get(0).start()));
			boolean inSection = paragraph.section() >= 0
					&& segmentation.sections().get(paragraph.section()).recommendations();
			if (!inSection && !introducesRecommendations(leadIn)) {
				continue;
			}
			Matcher recommending = RECOMMENDING.matcher(leadIn);
			Addressee fallback = addressee(recommending.find() ? leadIn.substring(recommending.end()) : leadIn);
			for (Segmentation.Item item : paragraph.items()) {
				String itemText = text.substring(item.textStart(), item.end());
				Addressee own = addressed(itemText);
				if (own == Addressee.UNKNOWN) {
					own = addressee(itemText.substring(0, Math.min(itemText.length(), LEAD_IN_WINDOW)));
				}
				found.add(new Recommendation(item.start(), item.end(), paragraph.number(), item.letter(),
						own == Addressee.UNKNOWN ? fallback : own, itemText.strip()));
			}
		}
		return found;
	}

	/** One pattern per named addressee: subject of a modal verb or object of a request, in Chinese or English. */
	private static Pattern[] addressed() {
		Pattern[] patterns = new Pattern[NAMED.length];
		for (int i = 0; i < NAMED.length; i++) {
			patterns[i] = Pattern.compile(String.join("|", String.format(ZH_SUBJECT, ZH_NAMES[i]), //$NON-NLS-1$
					String.format(ZH_OBJECT, ZH_NAMES[i]), String.format(EN_SUBJECT, EN_NAMES[i]),
					String.format(EN_OBJECT, EN_NAMES[i])));
		}
		return patterns;
	}

	/** The addressee whose subject or object phrase comes first in the item, or UNKNOWN. */
	static Addressee addressed(String item) {
		Addressee best = Addressee.UNKNOWN;
		int bestAt = Integer.MAX_VALUE;
		for (int i = 0; i < ADDRESSED.length; i++) {
			Matcher m = ADDRESSED[i].matcher(item);
			if (m.find() && m.start() < bestAt) {
				bestAt = m.start();
				best = NAMED[i];
			}
		}
		return best;
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
