package org.mandateworkbench.model.reference;

import org.eclipse.osgi.util.NLS;

/** User-facing strings of the reference data; see messages.properties and messages_zh.properties. */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "org.mandateworkbench.model.reference.messages"; //$NON-NLS-1$

    public static String ReferenceData_missingResource;
    public static String ReferenceData_unreadable;
    public static String ReferenceData_columnCount;
    public static String ReferenceData_emptyField;
    public static String ReferenceData_invalidCode;
    public static String ReferenceData_unknownValue;
    public static String ReferenceData_duplicateKey;
    public static String ReferenceData_duplicateName;
    public static String ReferenceData_invalidDate;
    public static String ReferenceData_unknownActor;
    public static String Catalog_unknownState;
    public static String Catalog_unknownOrganization;
    public static String Expected_iso3;
    public static String Expected_iso2;
    public static String Expected_acronym;
    public static String Expected_instrument;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
