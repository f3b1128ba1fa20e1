package org.mandateworkbench.ingest.recognize;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.mandateworkbench.model.reference.StateCatalog;
import org.mandateworkbench.model.reference.StateReference;

/**
 * Finds State names (short, formal and alias forms, Chinese and English) by longest match against
 * a {@link StateCatalog}, so "刚果民主共和国" is not read as "刚果" and "Niger" is not found in
 * "Nigeria". English names must match case and stand as whole words.
 * <p>
 * A name that is only part of another word is not a State: a language ("西班牙文", "葡萄牙语"), an
 * ocean, gulf, river or lake ("印度洋", "几内亚湾", "Gulf of Guinea"), a city or district named after
 * the country ("巴拿马城", "哥伦比亚特区", "Kuwait City"), a peninsula ("朝鲜半岛"), an order of knights
 * ("马耳他骑士团", "Order of Malta"), a name ending in
 * "国" read into "国家" or "国际" ("发展中国家", "拉美国家", "司法国际合作"), and "US" in "US$".
 * English names may be wrapped across lines and written with typographic apostrophes or without
 * their accents.
 */
public final class StateRecognizer {

	/** What may follow a Chinese State name when the name is part of another word. */
	private static final Pattern ZH_NOT_A_STATE_AFTER = Pattern.compile("\u8bed|\u6587(?![\u4ef6\u5316\u4e66\u672c\u732e])|\u6d0b|\u57ce|\u6e7e|\u6cb3|\u6e56|\u7279\u533a|\u6d77\u5ce1|\u534a\u5c9b|\u9a91\u58eb\u56e2"); //$NON-NLS-1$
	/** A name ending in "国" followed by "家" or "际" is the end of "发展中国家", "拉美国家", "司法国际合作". */
	private static final Pattern ZH_COUNTRY_WORD = Pattern.compile("[\u5bb6\u9645]"); //$NON-NLS-1$
	private static final char ZH_COUNTRY = '\u56fd';
	private static final Pattern EN_NOT_A_STATE_AFTER = Pattern.compile(" City(?![A-Za-z])"); //$NON-NLS-1$
	private static final Pattern EN_NOT_A_STATE_BEFORE = Pattern.compile("(?:Gulf|Bay|Sea|Lake|River|Order) of $"); //$NON-NLS-1$
	private static final int BEFORE_WINDOW = 10;
	/** "US$" is a currency, not the United States. */
	private static final Pattern EN_CURRENCY_AFTER = Pattern.compile("\\s?\\$"); //$NON-NLS-1$
	private static final String APOSTROPHES = "'\u2019\u2018\u02bc"; //$NON-NLS-1$

	private static final Pattern LIST_SEPARATOR = Pattern.compile("\\s*(?:\u3001|,|\uff0c|\u548c|\u53ca|\u4ee5\u53ca|,?\\s*and)\\s*"); //$NON-NLS-1$

	private final Map<Character, List<Name>> namesByFirst = new HashMap<>();

	/** @param catalog the States to look for */
	public StateRecognizer(StateCatalog catalog) {
		for (StateReference state : catalog.all()) {
			for (String name : state.allNames()) {
				if (name != null && name.length() >= 2) {
					namesByFirst.computeIfAbsent(name.charAt(0), c -> new ArrayList<>()).add(new Name(name, state.iso3()));
				}
			}
		}
		namesByFirst.values().forEach(list -> list.sort(Comparator.comparingInt((Name n) -> n.text.length()).reversed()));
	}

	/**
	 * @param text any text
	 * @return the States named, in text order; never null
	 */
	public List<StateMention> recognize(CharSequence text) {
		List<int[]> spans = new ArrayList<>();
		List<String> codes = new ArrayList<>();
		int i = 0;
		while (i < text.length()) {
			Name match = matchAt(text, i);
			if (match == null) {
				i++;
				continue;
			}
			int end = matchEnd(text, i, match.text);
			if (partOfAnotherWord(text, i, end, match.text)) {
				i = end;
				continue;
			}
			spans.add(new int[] { i, end });
			codes.add(match.iso3);
			i = end;
		}
		List<StateMention> found = new ArrayList<>();
		for (int k = 0; k < spans.size(); k++) {
			boolean joinedBefore = k > 0 && separatedByList(text, spans.get(k - 1)[1], spans.get(k)[0]);
			boolean joinedAfter = k + 1 < spans.size() && separatedByList(text, spans.get(k)[1], spans.get(k + 1)[0]);
			found.add(new StateMention(spans.get(k)[0], spans.get(k)[1], codes.get(k), joinedBefore || joinedAfter));
		}
		return found;
	}

	private Name matchAt(CharSequence text, int i) {
		List<Name> candidates = namesByFirst.get(text.charAt(i));
		if (candidates == null || (isLatin(text.charAt(i)) && i > 0 && Character.isLetterOrDigit(text.charAt(i - 1)))) {
			return null;
		}
		for (Name name : candidates) {
			int end = matchEnd(text, i, name.text);
			if (end > 0 && !(isLatin(name.text.charAt(name.text.length() - 1)) && end < text.length()
					&& Character.isLetterOrDigit(text.charAt(end)))) {
				return name;
			}
		}
		return null;
	}

	/**
	 * Where {@code name} ends if it is written at {@code i}, or -1. A space in the name matches any run
	 * of white space, line ends included (names wrapped across lines in extracted PDF text), and an
	 * apostrophe matches the typographic ones ("Côte d’Ivoire").
	 */
	private static int matchEnd(CharSequence text, int i, String name) {
		int at = i;
		for (int k = 0; k < name.length(); k++) {
			char wanted = name.charAt(k);
			if (at >= text.length()) {
				return -1;
			}
			char c = text.charAt(at);
			if (wanted == ' ') {
				if (!isSpace(c)) {
					return -1;
				}
				while (at < text.length() && isSpace(text.charAt(at))) {
					at++;
				}
				continue;
			}
			if (c != wanted && !(APOSTROPHES.indexOf(wanted) >= 0 && APOSTROPHES.indexOf(c) >= 0)
					&& !(isLatin(c) && isLatin(wanted) && baseLetter(c) == baseLetter(wanted))) {
				return -1;
			}
			at++;
		}
		return at;
	}

	/** "é" as "e", "ü" as "u": names are written with and without accents ("Sao Tome", "São Tomé"). */
	private static char baseLetter(char c) {
		return Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD).charAt(0);
	}

	private static boolean isSpace(char c) {
		return Character.isWhitespace(c) || Character.isSpaceChar(c);
	}

	private static boolean partOfAnotherWord(CharSequence text, int start, int end, String name) {
		if (isLatin(name.charAt(0))) {
			CharSequence before = text.subSequence(Math.max(0, start - BEFORE_WINDOW), start);
			return EN_NOT_A_STATE_AFTER.matcher(text).region(end, text.length()).lookingAt()
					|| EN_NOT_A_STATE_BEFORE.matcher(before).find()
					|| name.length() <= 3 && EN_CURRENCY_AFTER.matcher(text).region(end, text.length()).lookingAt();
		}
		if (name.charAt(name.length() - 1) == ZH_COUNTRY && ZH_COUNTRY_WORD.matcher(text).region(end, text.length()).lookingAt()) {
			return true;
		}
		return ZH_NOT_A_STATE_AFTER.matcher(text).region(end, text.length()).lookingAt();
	}

	private static boolean separatedByList(CharSequence text, int from, int to) {
		return to - from <= 8 && LIST_SEPARATOR.matcher(text.subSequence(from, to)).matches();
	}

	private static boolean isLatin(char c) {
		return c < 0x250 && Character.isLetter(c);
	}

	private record Name(String text, String iso3) {
	}
}
