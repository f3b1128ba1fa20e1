package org.mandateworkbench.ingest.recognize;

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
 */
public final class StateRecognizer {

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
			spans.add(new int[] { i, i + match.text.length() });
			codes.add(match.iso3);
			i += match.text.length();
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
			int end = i + name.text.length();
			if (end <= text.length() && text.subSequence(i, end).toString().equals(name.text)
					&& !(isLatin(name.text.charAt(name.text.length() - 1)) && end < text.length()
							&& Character.isLetterOrDigit(text.charAt(end)))) {
				return name;
			}
		}
		return null;
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
