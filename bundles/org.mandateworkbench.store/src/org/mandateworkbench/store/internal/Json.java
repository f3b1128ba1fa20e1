package org.mandateworkbench.store.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The small subset of JSON the change journal needs: objects, arrays, strings, integers, booleans
 * and null. Writing escapes what JSON requires and keeps other characters as they are (the journal
 * is UTF-8).
 */
public final class Json {

	private final String text;
	private int position;

	private Json(String text) {
		this.text = text;
	}

	/** Appends {@code value} as a JSON string literal. */
	public static StringBuilder quote(StringBuilder out, String value) {
		out.append('"');
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			switch (c) {
			case '"' -> out.append("\\\"");
			case '\\' -> out.append("\\\\");
			case '\n' -> out.append("\\n");
			case '\r' -> out.append("\\r");
			case '\t' -> out.append("\\t");
			default -> {
				if (c < 0x20) {
					out.append(String.format("\\u%04x", (int) c));
				} else {
					out.append(c);
				}
			}
			}
		}
		return out.append('"');
	}

	/**
	 * Parses one JSON value: a {@code Map<String, Object>}, {@code List<Object>}, {@code String},
	 * {@code Long}, {@code Boolean} or null.
	 *
	 * @throws IllegalArgumentException with the offset and what was expected, if the text is not JSON
	 */
	public static Object parse(String text) {
		Json parser = new Json(text);
		Object value = parser.value();
		parser.skipSpace();
		if (parser.position != text.length()) {
			throw parser.error("end of text");
		}
		return value;
	}

	private Object value() {
		skipSpace();
		if (position >= text.length()) {
			throw error("a value");
		}
		char c = text.charAt(position);
		if (c == '{') {
			return object();
		} else if (c == '[') {
			return array();
		} else if (c == '"') {
			return string();
		} else if (c == '-' || Character.isDigit(c)) {
			int start = position++;
			while (position < text.length() && Character.isDigit(text.charAt(position))) {
				position++;
			}
			return Long.parseLong(text.substring(start, position));
		}
		for (String word : List.of("true", "false", "null")) {
			if (text.startsWith(word, position)) {
				position += word.length();
				return word.equals("null") ? null : Boolean.valueOf(word);
			}
		}
		throw error("a value");
	}

	private Map<String, Object> object() {
		Map<String, Object> object = new LinkedHashMap<>();
		position++;
		skipSpace();
		if (peek('}')) {
			return object;
		}
		do {
			skipSpace();
			if (position >= text.length() || text.charAt(position) != '"') {
				throw error("a member name");
			}
			String name = string();
			skipSpace();
			expect(':');
			object.put(name, value());
			skipSpace();
		} while (peek(','));
		expect('}');
		return object;
	}

	private List<Object> array() {
		List<Object> array = new ArrayList<>();
		position++;
		skipSpace();
		if (peek(']')) {
			return array;
		}
		do {
			array.add(value());
			skipSpace();
		} while (peek(','));
		expect(']');
		return array;
	}

	private String string() {
		StringBuilder out = new StringBuilder();
		position++;
		while (position < text.length()) {
			char c = text.charAt(position++);
			if (c == '"') {
				return out.toString();
			} else if (c != '\\') {
				out.append(c);
			} else if (position < text.length()) {
				char escaped = text.charAt(position++);
				switch (escaped) {
				case 'n' -> out.append('\n');
				case 'r' -> out.append('\r');
				case 't' -> out.append('\t');
				case 'b' -> out.append('\b');
				case 'f' -> out.append('\f');
				case 'u' -> {
					if (position + 4 > text.length()) {
						throw error("four hex digits");
					}
					out.append((char) Integer.parseInt(text.substring(position, position + 4), 16));
					position += 4;
				}
				default -> out.append(escaped);
				}
			}
		}
		throw error("the closing quote");
	}

	private boolean peek(char c) {
		if (position < text.length() && text.charAt(position) == c) {
			position++;
			return true;
		}
		return false;
	}

	private void expect(char c) {
		if (!peek(c)) {
			throw error("'" + c + "'");
		}
	}

	private void skipSpace() {
		while (position < text.length() && Character.isWhitespace(text.charAt(position))) {
			position++;
		}
	}

	private IllegalArgumentException error(String expected) {
		return new IllegalArgumentException("offset " + position + ": expected " + expected);
	}
}
