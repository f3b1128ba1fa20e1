package org.mandateworkbench.index.cli;

import org.eclipse.osgi.util.NLS;

/** Localized messages of the index and search subcommands. */
final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.mandateworkbench.index.cli.messages"; //$NON-NLS-1$

    public static String Cli_noWorkspace;
    public static String Cli_indexInUse;
    public static String Cli_unknownOption;
    public static String Cli_tooManyFolders;
    public static String Index_rebuilt;
    public static String Index_reasonAsked;
    public static String Index_reasonMissing;
    public static String Index_reasonOutdated;
    public static String Index_reasonCorrupt;
    public static String Index_updated;
    public static String Search_missingQuery;
    public static String Search_tooManyArguments;
    public static String Search_badLimit;
    public static String Search_syntaxError;
    public static String Search_total;
    public static String Search_noHits;
    public static String Search_hitHeader;
    public static String Search_hitSymbols;
    public static String Search_hitParagraph;
    public static String Search_hitSection;
    public static String Search_hitDate;
    public static String Search_hitBodies;
    public static String Search_hitSnippet;
    public static String Search_facetsHeader;
    public static String Search_facetDimension;
    public static String Search_facetValue;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
