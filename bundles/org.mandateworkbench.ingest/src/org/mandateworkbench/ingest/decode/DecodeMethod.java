package org.mandateworkbench.ingest.decode;

/** How a decoder obtained the text: the charset {@link TextDecoder} settled on, or the document format. */
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
	/** Text of a Word DOCX document: body paragraphs and table cells in order, then footnotes. */
	DOCX_TEXT,
	/** The text layer of a PDF, page by page, pages separated by form feeds. */
	PDF_TEXT_LAYER,
	/** No text was decoded: the file is empty, binary, too large or unreadable. */
	NOT_DECODED
}
