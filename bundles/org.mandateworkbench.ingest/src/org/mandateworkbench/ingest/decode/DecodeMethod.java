package org.mandateworkbench.ingest.decode;

/** How {@link TextDecoder} settled on a charset. */
public enum DecodeMethod {
	/** The caller named the charset. */
	CALLER_OVERRIDE,
	/** A byte order mark at the start of the file named it. */
	BYTE_ORDER_MARK,
	/** The bytes are valid UTF-8 throughout. */
	STRICT_UTF8,
	/** The file is UTF-8 with stretches in another encoding; those stretches were replaced. */
	UTF8_WITH_FOREIGN_BYTES,
	/** UTF-16 without a byte order mark, recognised by the pattern of its code units. */
	UTF16_PATTERN,
	/** Statistical detection by ICU among the plausible charsets. */
	DETECTED,
	/** No text was decoded: the file is empty, binary, too large or unreadable. */
	NOT_DECODED
}
