package org.mandateworkbench.ingest.evaluation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads JSON text into plain Java values: {@code Map<String, Object>} (keys in order),
 * {@code List<Object>}, {@code String}, {@code Long}, {@code Double}, {@code Boolean} and null.
 * Enough for annotation files; the core bundle needs no JSON library.
 */
final class JsonText {

	/** Where the text is not JSON: the 1-based line and column and what was expected there. */
	static final class SyntaxError extends Exception {
		private static final long serialVersionUID = 1L;
		final int line;
		final int column;
		final String expected;

		SyntaxError(int line, int column, String expected) {
			super(line + ":" + column + ": " + expected); //$NON-NLS-1$ //$NON-NLS-2$
			this.line = line;
			this.column = column;
			this.expected = expected;
		}
	}

	private final String text;
	private int at;

	private JsonText(String text) {
		this.text = text;
	}

	/**
	 * @param text JSON text
	 * @return the value it holds
	 * @throws SyntaxError where the text stops being JSON
	 */
	static Object parse(String text) throws SyntaxError {
		JsonText reader = new JsonText(text);
		reader.skipWhite();
		Object value = reader.value();
		reader.skipWhite();
		if (reader.at < text.length()) {
			throw reader.error(Messages.Json_end);
		}
		return value;
	}

	private Object value() throws SyntaxError {
		if (at >= text.length()) {
			throw error(Messages.Json_value);
		}
		char c = text.charAt(at);
		return switch (c) {
		case '{' -> object();
		case '[' -> array();
		case '"' -> string();
		case 't' -> literal("true", Boolean.TRUE); //$NON-NLS-1$
		case 'f' -> literal("false", Boolean.FALSE); //$NON-NLS-1$
		case 'n' -> literal("null", null); //$NON-NLS-1$
		default -> {
			if (c == '-' || (c >= '0' && c <= '9')) {
				yield number();
			}
			throw error(Messages.Json_value);
		}
		};
	}

	private Map<String, Object> object() throws SyntaxError {
		Map<String, Object> members = new LinkedHashMap<>();
		at++;
		skipWhite();
		if (peek('}')) {
			at++;
			return members;
		}
		while (true) {
			skipWhite();
			if (!peek('"')) {
				throw error(Messages.Json_memberName);
			}
			String name = string();
			skipWhite();
			expect(':');
			skipWhite();
			members.put(name, value());
			skipWhite();
			if (peek(',')) {
				at++;
			} else {
				expect('}');
				return members;
			}
		}
	}

	private List<Object> array() throws SyntaxError {
		List<Object> elements = new ArrayList<>();
		at++;
		skipWhite();
		if (peek(']')) {
			at++;
			return elements;
		}
		while (true) {
			skipWhite();
			elements.add(value());
			skipWhite();
			if (peek(',')) {
				at++;
			} else {
				expect(']');
				return elements;
			}
		}
	}

	private String string() throws SyntaxError {
		StringBuilder out = new StringBuilder();
		at++;
		while (at < text.length()) {
			char c = text.charAt(at++);
			if (c == '"') {
				return out.toString();
			}
			if (c < 0x20) {
				at--;
				throw error(Messages.Json_closingQuote);
			}
			if (c != '\\') {
				out.append(c);
				continue;
			}
			if (at >= text.length()) {
				break;
			}
			char escaped = text.charAt(at++);
			switch (escaped) {
			case '"', '\\', '/' -> out.append(escaped);
			case 'b' -> out.append('\b');
			case 'f' -> out.append('\f');
			case 'n' -> out.append('\n');
			case 'r' -> out.append('\r');
			case 't' -> out.append('\t');
			case 'u' -> out.append(unicodeEscape());
			default -> {
				at--;
				throw error(Messages.Json_escape);
			}
			}
		}
		throw error(Messages.Json_closingQuote);
	}

	private char unicodeEscape() throws SyntaxError {
		if (at + 4 > text.length()) {
			throw error(Messages.Json_hexDigits);
		}
		try {
			char c = (char) Integer.parseInt(text.substring(at, at + 4), 16);
			at += 4;
			return c;
		} catch (NumberFormatException e) {
			throw error(Messages.Json_hexDigits);
		}
	}

	private Object number() throws SyntaxError {
		int start = at;
		if (peek('-')) {
			at++;
		}
		boolean fraction = false;
		while (at < text.length()) {
			char c = text.charAt(at);
			if (c == '.' || c == 'e' || c == 'E' || c == '+' || (c == '-' && at > start)) {
				fraction = true;
			} else if (c < '0' || c > '9') {
				break;
			}
			at++;
		}
		String digits = text.substring(start, at);
		try {
			return fraction ? (Object) Double.valueOf(digits) : (Object) Long.valueOf(digits);
		} catch (NumberFormatException e) {
			at = start;
			throw error(Messages.Json_number);
		}
	}

	private Object literal(String word, Object value) throws SyntaxError {
		if (!text.startsWith(word, at)) {
			throw error(Messages.Json_value);
		}
		at += word.length();
		return value;
	}

	private boolean peek(char c) {
		return at < text.length() && text.charAt(at) == c;
	}

	private void expect(char c) throws SyntaxError {
		if (!peek(c)) {
			throw error("'" + c + "'"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		at++;
	}

	private void skipWhite() {
		while (at < text.length() && " \t\r\n".indexOf(text.charAt(at)) >= 0) { //$NON-NLS-1$
			at++;
		}
	}

	private SyntaxError error(String expected) {
		int line = 1;
		int lineStart = 0;
		for (int i = 0; i < Math.min(at, text.length()); i++) {
			if (text.charAt(i) == '\n') {
				line++;
				lineStart = i + 1;
			}
		}
		return new SyntaxError(line, at - lineStart + 1, expected);
	}
}
