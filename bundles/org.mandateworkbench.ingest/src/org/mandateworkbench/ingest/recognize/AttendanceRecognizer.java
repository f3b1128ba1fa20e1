package org.mandateworkbench.ingest.recognize;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the attendance paragraphs of a report ("下列《公约》缔约国出席了会议：……", "签署国……派观察员出席了会议",
 * "The following States parties were represented at the meeting: ...", "The following intergovernmental
 * organizations were represented by observers: ..."), and says in which capacity each State or
 * organization attended.
 * <p>
 * The capacity comes from the wording of the sentence: a signatory, a State not party attending as an
 * observer, a State party, or, for organizations, an observer or a participant. Organizations are read
 * only from a list after a colon, split at "、", ",", "和", "and".
 */
public final class AttendanceRecognizer {

	/** Role of a State party attending. */
	public static final String STATE_PARTY = "stateParty"; //$NON-NLS-1$
	/** Role of a signatory attending. */
	public static final String SIGNATORY = "signatory"; //$NON-NLS-1$
	/** Role of a State or organization attending as an observer. */
	public static final String OBSERVER = "observer"; //$NON-NLS-1$
	/** Role of an attendee whose capacity the sentence does not state. */
	public static final String PARTICIPANT = "participant"; //$NON-NLS-1$

	private static final Pattern ATTENDED = Pattern.compile("(?i)\u51fa\u5e2d|\u4e0e\u4f1a|\u53c2\u52a0\u4e86?(?:\u672c\u6b21|\u8fd9\u6b21|\u6b64\u6b21|\u8be5\u6b21?)?\u4f1a\u8bae|attended|were represented|was represented|participated in the (?:meeting|session)"); //$NON-NLS-1$
	private static final Pattern SIGNATORY_WORD = Pattern.compile("(?i)\u7b7e\u7f72\u56fd|\u7b7e\u7f72\u65b9|signator"); //$NON-NLS-1$
	private static final Pattern NON_PARTY = Pattern.compile("(?i)\u975e\u7f14\u7ea6|not\\s+(?:States\\s+)?part(?:y|ies)|non-part"); //$NON-NLS-1$
	private static final Pattern PARTY = Pattern.compile("(?i)\u7f14\u7ea6\u56fd|\u7f14\u7ea6\u65b9|States? part(?:y|ies)|part(?:y|ies) to the"); //$NON-NLS-1$
	private static final Pattern OBSERVER_WORD = Pattern.compile("(?i)\u89c2\u5bdf\u5458|observer"); //$NON-NLS-1$
	private static final Pattern ORGANIZATIONS = Pattern.compile("(?i)\u7ec4\u7ec7|\u673a\u6784|\u5b9e\u4f53|\u7814\u7a76\u6240|organi[sz]ations?|agenc(?:y|ies)|entit(?:y|ies)|institutes?|bodies"); //$NON-NLS-1$
	private static final Pattern LIST_START = Pattern.compile("[:\uff1a]"); //$NON-NLS-1$
	private static final Pattern LIST_SPLIT = Pattern.compile("\\s*(?:\u3001|;|\uff1b|,\\s*and\\s+|,|\uff0c|\u548c|\u4ee5\u53ca|\\s+and\\s+)\\s*"); //$NON-NLS-1$
	private static final int MAX_NAME = 120;
	/**
	 * A Chinese organization's name ends in a word such as 组织, 委员会, 联盟, 网络, 学院, 银行, 机构, 办事处,
	 * 中心, 署, 基金, 研究所, 法院, 理事会, 协会, 共同体, 集团; a piece ending otherwise is the start of a name
	 * with "、" in it.
	 */
	private static final Pattern CJK_NAME_RUNS_ON = Pattern.compile("[\u4e00-\u9fff](?<![\u7ec7\u4f1a\u76df\u7edc\u9662\u884c\u6784\u5904\u5fc3\u7f72\u91d1\u6240\u5c40\u90e8\u56e2\u4f53\u5ba4\u5ead\u53f8\u7f51\u7ec4\u8054\u5385\u5e9c\u6821\u5b66])\\s*$"); //$NON-NLS-1$
	private static final Pattern CJK_BREAK = Pattern.compile("(?<=[\u3000-\u9fff\uff00-\uffef])\\s+|\\s+(?=[\u3000-\u9fff\uff00-\uffef])"); //$NON-NLS-1$

	/**
	 * An organization named in an attendance list.
	 *
	 * @param name  the name as written, white space collapsed
	 * @param role  {@link #OBSERVER} or {@link #PARTICIPANT}
	 * @param start start of the name in the text
	 * @param end   end of the name
	 */
	public record Organization(String name, String role, int start, int end) {
	}

	/**
	 * @param text     any text
	 * @param passage  start of the paragraph or line the name is in; the sentence is not read before it
	 * @param start    start of a State's name in it
	 * @param end      end of the name
	 * @return the State's capacity if the sentence around it reports attendance, else null
	 */
	public String stateRole(String text, int passage, int start, int end) {
		String sentence = sentence(text, passage, start, end);
		if (!ATTENDED.matcher(sentence).find()) {
			return null;
		}
		if (SIGNATORY_WORD.matcher(sentence).find()) {
			return SIGNATORY;
		}
		if (NON_PARTY.matcher(sentence).find()) {
			return OBSERVER;
		}
		if (PARTY.matcher(sentence).find()) {
			return STATE_PARTY;
		}
		return OBSERVER_WORD.matcher(sentence).find() ? OBSERVER : PARTICIPANT;
	}

	/** The sentence around a name, across line ends: a list of States is often wrapped over several lines. */
	private static String sentence(String text, int passage, int start, int end) {
		int from = start;
		while (from > passage && !sentenceEnd(text, from - 1)) {
			from--;
		}
		int to = end;
		while (to < text.length() && !sentenceEnd(text, to)) {
			to++;
		}
		return text.substring(from, to);
	}

	private static boolean sentenceEnd(String text, int i) {
		char c = text.charAt(i);
		return c == '\u3002' || c == '.' && (i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1)));
	}

	/**
	 * @param text   any text
	 * @param starts the starts of the lines or paragraphs to look at (numbered paragraphs)
	 * @param ends   their ends
	 * @return the organizations listed after a colon in attendance sentences, in text order
	 */
	public List<Organization> organizations(String text, int[] starts, int[] ends) {
		List<Organization> found = new ArrayList<>();
		for (int p = 0; p < starts.length; p++) {
			String paragraph = text.substring(starts[p], ends[p]);
			Matcher colon = LIST_START.matcher(paragraph);
			if (!colon.find()) {
				continue;
			}
			String leadIn = paragraph.substring(0, colon.start());
			if (!ATTENDED.matcher(leadIn).find() || !ORGANIZATIONS.matcher(leadIn).find()) {
				continue;
			}
			String role = OBSERVER_WORD.matcher(leadIn).find() ? OBSERVER : PARTICIPANT;
			int listStart = starts[p] + colon.end();
			int listEnd = listEnd(text, listStart, ends[p]);
			Matcher split = LIST_SPLIT.matcher(text).region(listStart, listEnd);
			int from = listStart;
			while (from < listEnd) {
				int to = split.find() ? split.start() : listEnd;
				// "联合国教育、科学及文化组织": a Chinese piece that cannot end a name runs on into the next one.
				while (to < listEnd && CJK_NAME_RUNS_ON.matcher(text.substring(from, to)).find() && split.find()) {
					to = split.start();
				}
				if (to < listEnd && CJK_NAME_RUNS_ON.matcher(text.substring(from, to)).find()) {
					to = listEnd;
				}
				add(found, text, from, to, role);
				from = to == listEnd ? listEnd : split.end();
			}
		}
		return found;
	}

	private static int listEnd(String text, int start, int end) {
		for (int i = start; i < end; i++) {
			if (sentenceEnd(text, i)) {
				return i;
			}
		}
		return end;
	}

	private static void add(List<Organization> found, String text, int from, int to, String role) {
		// A line break inside a Chinese name is no space; inside an English one it is.
		String name = CJK_BREAK.matcher(text.substring(from, to)).replaceAll("").replaceAll("\\s+", " ").strip(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		if (name.startsWith("the ")) { //$NON-NLS-1$
			name = name.substring(4);
		}
		if (name.length() >= 2 && name.length() <= MAX_NAME) {
			int start = from;
			while (start < to && Character.isWhitespace(text.charAt(start))) {
				start++;
			}
			found.add(new Organization(name, role, start, to));
		}
	}
}
