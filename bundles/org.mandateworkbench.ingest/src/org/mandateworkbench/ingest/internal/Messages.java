package org.mandateworkbench.ingest.internal;

import org.eclipse.osgi.util.NLS;

/** Translated messages of document import. */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.mandateworkbench.ingest.internal.messages";

	public static String TextDecoder_tooLarge;
	public static String TextDecoder_notFound;
	public static String TextDecoder_unreadable;
	public static String TextDecoder_empty;
	public static String TextDecoder_onlyByteOrderMark;
	public static String TextDecoder_binary;
	public static String TextDecoder_controlCharacter;
	public static String TextDecoder_malformed;
	public static String TextDecoder_mixedEncodings;
	public static String TextDecoder_lowConfidence;
	public static String TextDecoder_mixedUtf8Later;
	public static String TextDecoder_unrecognised;
	public static String DocumentDecoder_tooLarge;
	public static String DocxDecoder_legacyDoc;
	public static String DocxDecoder_notZip;
	public static String DocxDecoder_damaged;
	public static String DocxDecoder_truncated;
	public static String DocxDecoder_zipBomb;
	public static String DocxDecoder_doctype;
	public static String DocxDecoder_noText;
	public static String PdfDecoder_notPdf;
	public static String PdfDecoder_truncated;
	public static String PdfDecoder_damaged;
	public static String PdfDecoder_encrypted;
	public static String PdfDecoder_extractionForbidden;
	public static String PdfDecoder_noPages;
	public static String PdfDecoder_noTextLayer;
	public static String ImportAnalyzer_noSymbol;
	public static String ImportAnalyzer_noDate;
	public static String ImportAnalyzer_noParagraphs;
	public static String ImportCommand_unknownOption;
	public static String ImportCommand_noFiles;
	public static String ImportCommand_unsupportedType;
	public static String ImportCommand_directory;
	public static String ImportCommand_none;
	public static String ImportCommand_summaryHead;
	public static String ImportCommand_summaryCounts;
	public static String ImportCommand_problem;
	public static String ImportCommand_unknownEncoding;
	public static String ImportCommand_badMaxSize;
	public static String ImportCommand_badOnConflict;
	public static String ImportCommand_onConflictWithoutMeeting;
	public static String ImportCommand_unknownMeeting;
	public static String ImportCommand_undecidedConflict;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
