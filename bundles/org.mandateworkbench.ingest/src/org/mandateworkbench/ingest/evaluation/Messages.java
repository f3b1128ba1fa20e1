package org.mandateworkbench.ingest.evaluation;

import org.eclipse.osgi.util.NLS;

/** Translated messages of the import evaluation. */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.mandateworkbench.ingest.evaluation.messages"; //$NON-NLS-1$

	public static String Json_end;
	public static String Json_value;
	public static String Json_memberName;
	public static String Json_closingQuote;
	public static String Json_escape;
	public static String Json_hexDigits;
	public static String Json_number;
	public static String Annotation_unreadable;
	public static String Annotation_syntax;
	public static String Annotation_noDocuments;
	public static String Annotation_duplicateFile;
	public static String Annotation_wrongValue;
	public static String Annotation_kindExpected;
	public static String Annotation_bodyExpected;
	public static String Annotation_numberExpected;
	public static String Annotation_letterExpected;
	public static String Annotation_addresseeExpected;
	public static String Annotation_iso3Expected;
	public static String Annotation_dateExpected;
	public static String Annotation_symbolExpected;
	public static String Annotation_arrayExpected;
	public static String Annotation_objectExpected;
	public static String Annotation_stringExpected;
	public static String Annotation_numberOfParagraphExpected;
	public static String Evaluation_unsupportedType;
	public static String Evaluation_missingDocument;
	public static String Report_head;
	public static String Report_field;
	public static String Report_precision;
	public static String Report_recall;
	public static String Report_truePositives;
	public static String Report_falsePositives;
	public static String Report_falseNegatives;
	public static String Report_met;
	public static String Report_below;
	public static String Report_differences;
	public static String EvaluateCommand_usage;
	public static String EvaluateCommand_unknownOption;
	public static String EvaluateCommand_notFolder;
	public static String EvaluateCommand_belowTargets;
	public static String EvaluateCommand_allMet;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
