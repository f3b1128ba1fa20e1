package org.mandateworkbench.model.validation.internal;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.osgi.util.NLS;

/**
 * Messages of the model validation rules, from messages.properties and messages_zh.properties, and
 * the display labels of the fields EMF's generic checks can name, from fields*.properties (the same
 * labels as the edit bundle's property sheet).
 * <p>
 * The constants are the keys. Each message is looked up in the JVM's locale at the moment it is
 * made, not once per JVM: Equinox's {@code NLS} fixes its language at the first NLS class of the
 * whole runtime, which the workbench initializes before it applies the UI language chosen in the
 * preferences, so NLS fields would keep English in a Chinese UI.
 */
public final class Messages {

    private static final String MESSAGES = Messages.class.getPackageName() + ".messages"; //$NON-NLS-1$
    private static final String FIELDS = Messages.class.getPackageName() + ".fields"; //$NON-NLS-1$

    public static final String Document_symbolPresent = "Document_symbolPresent"; //$NON-NLS-1$
    public static final String Document_symbolWellFormed = "Document_symbolWellFormed"; //$NON-NLS-1$
    public static final String StateResponse_receivedAfterNote = "StateResponse_receivedAfterNote"; //$NON-NLS-1$
    public static final String StateResponse_stateAddressed = "StateResponse_stateAddressed"; //$NON-NLS-1$
    public static final String Recommendation_meetingPresent = "Recommendation_meetingPresent"; //$NON-NLS-1$
    public static final String Mandate_sourcePresent = "Mandate_sourcePresent"; //$NON-NLS-1$
    public static final String Mandate_successorWhenSuperseded = "Mandate_successorWhenSuperseded"; //$NON-NLS-1$
    public static final String Mandate_statusHistoryOrdered = "Mandate_statusHistoryOrdered"; //$NON-NLS-1$
    public static final String MandateWorkspace_uniqueDocumentSymbols = "MandateWorkspace_uniqueDocumentSymbols"; //$NON-NLS-1$
    public static final String NoteVerbaleReminder_afterNote = "NoteVerbaleReminder_afterNote"; //$NON-NLS-1$
    public static final String NoteVerbale_deadlineAfterDate = "NoteVerbale_deadlineAfterDate"; //$NON-NLS-1$
    public static final String NoteVerbaleReminder_deadlineAfterDate = "NoteVerbaleReminder_deadlineAfterDate"; //$NON-NLS-1$
    public static final String Observation_datePresent = "Observation_datePresent"; //$NON-NLS-1$
    /** EMF's generic check: a required field without a value. */
    public static final String Generic_fieldRequired = "Generic_fieldRequired"; //$NON-NLS-1$
    /** EMF's generic check: a reference to an object no longer in the workspace. */
    public static final String Generic_referenceDangling = "Generic_referenceDangling"; //$NON-NLS-1$
    /** EMF's generic check: a reference into a workspace file that does not hold the object. */
    public static final String Generic_referenceUnresolved = "Generic_referenceUnresolved"; //$NON-NLS-1$
    /** EMF's generic check: two objects with the same identifier. */
    public static final String Generic_duplicateId = "Generic_duplicateId"; //$NON-NLS-1$
    /** EMF's other generic checks, which only damaged workspace files can fail. */
    public static final String Generic_inconsistent = "Generic_inconsistent"; //$NON-NLS-1$

    private Messages() {
    }

    /** @return the message of the key in the current locale with the arguments bound as {0}, {1}, ... */
    public static String bind(String key, Object... arguments) {
        return NLS.bind(strings(MESSAGES).getString(key), arguments);
    }

    /**
     * @return the display label of the field in the current locale, as the property sheet shows
     *         it; the feature's name when fields*.properties has no label for it
     */
    public static String field(EStructuralFeature feature) {
        try {
            return strings(FIELDS).getString(feature.getEContainingClass().getName() + '.' + feature.getName());
        } catch (MissingResourceException e) {
            return feature.getName();
        }
    }

    private static ResourceBundle strings(String name) {
        // ResourceBundle caches per locale; without fallback to the JVM's locale, English is the base file
        return ResourceBundle.getBundle(name, Locale.getDefault(), Messages.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
