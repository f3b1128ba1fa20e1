package org.mandateworkbench.ingest.recognize;

/** Helpers for spans of text shared by the recognizers and the import analyzer. */
public final class TextSpans {

	private TextSpans() {
	}

	/**
	 * @param text  any text
	 * @param start span start
	 * @param end   span end
	 * @return the sentence around the span, bounded by a line end or a full stop in either script
	 */
	public static String sentence(String text, int start, int end) {
		int s = Math.max(0, Math.min(start, text.length()));
		while (s > 0 && "\u3002\n".indexOf(text.charAt(s - 1)) < 0 //$NON-NLS-1$
				&& !(text.charAt(s - 1) == '.' && s < text.length() && text.charAt(s) == ' ')) {
			s--;
		}
		int e = Math.max(s, Math.min(end, text.length()));
		while (e < text.length() && "\u3002\n".indexOf(text.charAt(e)) < 0
				&& !(text.charAt(e) == '.' && (e + 1 == text.length() || text.charAt(e + 1) == ' '))) {
			e++;
		}
		return text.substring(s, e);
	}
}
