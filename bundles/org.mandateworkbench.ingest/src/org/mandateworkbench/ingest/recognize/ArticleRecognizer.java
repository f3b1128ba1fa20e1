package org.mandateworkbench.ingest.recognize;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds article citations: "第四十六条第四款" or "第 46 条第 4 款" (article 46, paragraph 4) and
 * "article 46, paragraph 4" or "article 46 (4)".
 */
public final class ArticleRecognizer {

	private static final String NUMERAL = "[\\d\u96f6\u3007\u4e00\u4e8c\u4e24\u4e09\u56db\u4e94\u516d\u4e03\u516b\u4e5d\u5341\u767e]{1,6}"; //$NON-NLS-1$
	private static final Pattern CHINESE = Pattern.compile("\u7b2c\\s*(" + NUMERAL + ")\\s*\u6761(?:\\s*\u7b2c\\s*(" + NUMERAL + ")\\s*\u6b3e)?"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	private static final Pattern ENGLISH = Pattern.compile("(?<!\\w)articles?\\s+(\\d{1,3})(?:(?:,\\s*|\\s+)paragraph\\s+(\\d{1,2})|\\s*\\((\\d{1,2})\\))?", //$NON-NLS-1$
			Pattern.CASE_INSENSITIVE);

	/**
	 * @param text any text
	 * @return the citations in text order; never null
	 */
	public List<ArticleReference> recognize(CharSequence text) {
		List<ArticleReference> found = new ArrayList<>();
		Matcher zh = CHINESE.matcher(text);
		while (zh.find()) {
			int article = ChineseNumerals.parse(zh.group(1));
			int paragraph = zh.group(2) == null ? 0 : ChineseNumerals.parse(zh.group(2));
			if (article > 0 && paragraph >= 0) {
				found.add(new ArticleReference(zh.start(), zh.end(), article, paragraph));
			}
		}
		Matcher en = ENGLISH.matcher(text);
		while (en.find()) {
			String paragraph = en.group(2) != null ? en.group(2) : en.group(3);
			found.add(new ArticleReference(en.start(), en.end(), Integer.parseInt(en.group(1)),
					paragraph == null ? 0 : Integer.parseInt(paragraph)));
		}
		found.sort((a, b) -> Integer.compare(a.start(), b.start()));
		return found;
	}
}
