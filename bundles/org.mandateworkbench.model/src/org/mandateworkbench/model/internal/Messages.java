package org.mandateworkbench.model.internal;

import org.eclipse.osgi.util.NLS;

/** User-facing strings of the model bundle; see messages.properties and messages_zh.properties. */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "org.mandateworkbench.model.internal.messages"; //$NON-NLS-1$

    public static String SymbolProblem_empty;
    public static String SymbolProblem_invalidCharacter;
    public static String SymbolProblem_unexpectedSpace;
    public static String SymbolProblem_emptyComponent;
    public static String SymbolProblem_trailingSlash;
    public static String SymbolProblem_invalidSeries;
    public static String SymbolProblem_missingDocumentNumber;
    public static String SymbolProblem_missingSuffixNumber;
    public static String SymbolProblem_unexpectedAfterNumber;
    public static String SymbolProblem_unexpectedAfterSession;
    public static String SymbolProblem_invalidParenthesis;
    public static String SymbolProblem_numberTooLong;
    public static String ModelValue_invalidSymbol;
    public static String ModelValue_invalidDate;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
