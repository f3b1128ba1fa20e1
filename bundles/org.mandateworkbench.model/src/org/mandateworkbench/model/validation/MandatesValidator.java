package org.mandateworkbench.model.validation;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.util.EObjectValidator;
import org.mandateworkbench.model.Addressees;
import org.mandateworkbench.model.Document;
import org.mandateworkbench.model.Mandate;
import org.mandateworkbench.model.MandateStatus;
import org.mandateworkbench.model.MandateWorkspace;
import org.mandateworkbench.model.MandatesPackage;
import org.mandateworkbench.model.MandatesPackage.Literals;
import org.mandateworkbench.model.NoteVerbale;
import org.mandateworkbench.model.NoteVerbaleReminder;
import org.mandateworkbench.model.Observation;
import org.mandateworkbench.model.Recommendation;
import org.mandateworkbench.model.StateResponse;
import org.mandateworkbench.model.StatusChange;
import org.mandateworkbench.model.symbol.DocumentSymbol;
import org.mandateworkbench.model.symbol.SymbolParseResult;
import org.mandateworkbench.model.validation.internal.GenericMessages;
import org.mandateworkbench.model.validation.internal.Messages;
import org.mandateworkbench.model.validation.internal.ObjectLabeler;

/**
 * The consistency rules of the mandates model, an {@link EValidator} for {@link MandatesPackage}
 * written by hand in the style of EMF's EcoreValidator (the genmodel generates no validator).
 * <p>
 * Every diagnostic has the source {@link #DIAGNOSTIC_SOURCE}, one of the int codes below, a
 * localized message naming the object in quotes and the field, and the data
 * {@code [object, feature]}. EMF's generic constraints (required features, dangling references,
 * unresolved proxies, duplicate ids, containment cycles) run too, as inherited from
 * {@link EObjectValidator}, keeping EMF's source, code and data; only their messages are replaced
 * by ours (see {@link #createDiagnostic}), which name the field by its display label and are in
 * the UI language, where EMF's name the Java feature and are always English. The generic
 * "required feature" check of {@code Document.symbol} is left to {@link #DOCUMENT__SYMBOL_PRESENT},
 * and the generic "unique id" check of documents, whose id is their symbol, to
 * {@link #MANDATE_WORKSPACE__UNIQUE_DOCUMENT_SYMBOLS}: their messages are more specific.
 * <p>
 * Registration: {@link org.eclipse.emf.ecore.util.Diagnostician Diagnostician} finds validators in
 * an {@link EValidator.Registry}. Call {@link #register()} once at start-up to put this validator
 * into the global {@link EValidator.Registry#INSTANCE}, or pass your own registry to
 * {@link #registerIn(EValidator.Registry)}. {@link WorkspaceValidation} needs neither: it uses a
 * private registry that delegates to the global one.
 */
public class MandatesValidator extends EObjectValidator {

    /** The validator; stateless, safe to share. */
    public static final MandatesValidator INSTANCE = new MandatesValidator();

    /** Source of every diagnostic of these rules. */
    public static final String DIAGNOSTIC_SOURCE = "org.mandateworkbench.model"; //$NON-NLS-1$

    /** A document without a symbol. */
    public static final int DOCUMENT__SYMBOL_PRESENT = 1;
    /** Raw text that is not a document symbol; see {@link #validateDocumentSymbolText(String)}. */
    public static final int DOCUMENT__SYMBOL_WELL_FORMED = 2;
    /** A State response received before its note verbale was sent. */
    public static final int STATE_RESPONSE__RECEIVED_AFTER_NOTE = 3;
    /** A response from a State the note verbale did not address. */
    public static final int STATE_RESPONSE__STATE_ADDRESSED = 4;
    /** A recommendation not contained in a meeting. */
    public static final int RECOMMENDATION__MEETING_PRESENT = 5;
    /** A mandate with neither a source paragraph nor a source recommendation. */
    public static final int MANDATE__SOURCE_PRESENT = 6;
    /** A superseded mandate without a successor. */
    public static final int MANDATE__SUCCESSOR_WHEN_SUPERSEDED = 7;
    /** A mandate whose status changes are not oldest first. */
    public static final int MANDATE__STATUS_HISTORY_ORDERED = 8;
    /** Two documents of a workspace with the same symbol. */
    public static final int MANDATE_WORKSPACE__UNIQUE_DOCUMENT_SYMBOLS = 9;
    /** A reminder dated before the note verbale it follows up. */
    public static final int NOTE_VERBALE_REMINDER__AFTER_NOTE = 10;
    /** A note verbale whose reply deadline precedes its date. */
    public static final int NOTE_VERBALE__DEADLINE_AFTER_DATE = 11;
    /** A reminder whose reply deadline precedes its date. */
    public static final int NOTE_VERBALE_REMINDER__DEADLINE_AFTER_DATE = 12;
    /** An indicator observation without a date. */
    public static final int OBSERVATION__DATE_PRESENT = 13;

    /** Subclass to add rules; everyone else uses {@link #INSTANCE}. */
    protected MandatesValidator() {
    }

    /** Registers {@link #INSTANCE} for {@link MandatesPackage} in the global validator registry. */
    public static void register() {
        registerIn(EValidator.Registry.INSTANCE);
    }

    /** Registers {@link #INSTANCE} for {@link MandatesPackage} in the given registry. */
    public static void registerIn(EValidator.Registry registry) {
        registry.put(MandatesPackage.eINSTANCE, INSTANCE);
    }

    /**
     * The stable, language-neutral name of a rule of this validator, e.g. "Mandate.sourcePresent".
     *
     * @return the name, or null for a code this validator does not define
     */
    public static String ruleId(int code) {
        return switch (code) {
            case DOCUMENT__SYMBOL_PRESENT -> "Document.symbolPresent"; //$NON-NLS-1$
            case DOCUMENT__SYMBOL_WELL_FORMED -> "Document.symbolWellFormed"; //$NON-NLS-1$
            case STATE_RESPONSE__RECEIVED_AFTER_NOTE -> "StateResponse.receivedAfterNote"; //$NON-NLS-1$
            case STATE_RESPONSE__STATE_ADDRESSED -> "StateResponse.stateAddressed"; //$NON-NLS-1$
            case RECOMMENDATION__MEETING_PRESENT -> "Recommendation.meetingPresent"; //$NON-NLS-1$
            case MANDATE__SOURCE_PRESENT -> "Mandate.sourcePresent"; //$NON-NLS-1$
            case MANDATE__SUCCESSOR_WHEN_SUPERSEDED -> "Mandate.successorWhenSuperseded"; //$NON-NLS-1$
            case MANDATE__STATUS_HISTORY_ORDERED -> "Mandate.statusHistoryOrdered"; //$NON-NLS-1$
            case MANDATE_WORKSPACE__UNIQUE_DOCUMENT_SYMBOLS -> "MandateWorkspace.uniqueDocumentSymbols"; //$NON-NLS-1$
            case NOTE_VERBALE_REMINDER__AFTER_NOTE -> "NoteVerbaleReminder.afterNote"; //$NON-NLS-1$
            case NOTE_VERBALE__DEADLINE_AFTER_DATE -> "NoteVerbale.deadlineAfterDate"; //$NON-NLS-1$
            case NOTE_VERBALE_REMINDER__DEADLINE_AFTER_DATE -> "NoteVerbaleReminder.deadlineAfterDate"; //$NON-NLS-1$
            case OBSERVATION__DATE_PRESENT -> "Observation.datePresent"; //$NON-NLS-1$
            default -> null;
        };
    }

    /**
     * Checks raw text an importer wants to store as a document symbol. Stored symbols cannot be
     * malformed (the data type rejects them at load), so this is the check for text before it
     * becomes a symbol.
     *
     * @return {@link Diagnostic#OK_INSTANCE} when the text parses, else an error with code
     *         {@link #DOCUMENT__SYMBOL_WELL_FORMED}, the parser's explanation and the data
     *         {@code [text, Document.symbol]}
     */
    public static Diagnostic validateDocumentSymbolText(String text) {
        SymbolParseResult result = DocumentSymbol.parseResult(text);
        if (result.isValid()) {
            return Diagnostic.OK_INSTANCE;
        }
        String message = Messages.bind(Messages.Document_symbolWellFormed, text, result.problem().orElseThrow().message());
        return new BasicDiagnostic(Diagnostic.ERROR, DIAGNOSTIC_SOURCE, DOCUMENT__SYMBOL_WELL_FORMED, message,
                new Object[] { text, Literals.DOCUMENT__SYMBOL });
    }

    @Override
    protected EPackage getEPackage() {
        return MandatesPackage.eINSTANCE;
    }

    @Override
    protected boolean validate(int classifierID, Object value, DiagnosticChain diagnostics, Map<Object, Object> context) {
        if (!(value instanceof EObject object)) {
            return true; // data values: DocumentSymbol and LocalDate are valid by construction
        }
        boolean result = validate_EveryDefaultConstraint(object, diagnostics, context);
        if (!result && diagnostics == null) {
            return false;
        }
        return switch (classifierID) {
            case MandatesPackage.MANDATE_WORKSPACE -> validateMandateWorkspace((MandateWorkspace) value, diagnostics) && result;
            case MandatesPackage.DOCUMENT -> validateDocument_symbolPresent((Document) value, diagnostics) && result;
            case MandatesPackage.STATE_RESPONSE -> validateStateResponse((StateResponse) value, diagnostics) && result;
            case MandatesPackage.RECOMMENDATION -> validateRecommendation_meetingPresent((Recommendation) value, diagnostics) && result;
            case MandatesPackage.MANDATE -> validateMandate((Mandate) value, diagnostics) && result;
            case MandatesPackage.NOTE_VERBALE -> validateNoteVerbale_deadlineAfterDate((NoteVerbale) value, diagnostics) && result;
            case MandatesPackage.NOTE_VERBALE_REMINDER -> validateNoteVerbaleReminder((NoteVerbaleReminder) value, diagnostics) && result;
            case MandatesPackage.OBSERVATION -> validateObservation_datePresent((Observation) value, diagnostics) && result;
            default -> result;
        };
    }

    @Override
    protected boolean validate_MultiplicityConforms(EObject object, EStructuralFeature feature, DiagnosticChain diagnostics,
            Map<Object, Object> context) {
        // Reported by DOCUMENT__SYMBOL_PRESENT with a message that says what to do.
        return feature == Literals.DOCUMENT__SYMBOL || super.validate_MultiplicityConforms(object, feature, diagnostics, context);
    }

    @Override
    public boolean validate_UniqueID(EObject object, DiagnosticChain diagnostics, Map<Object, Object> context) {
        // A document's id is its symbol, whose repetition MANDATE_WORKSPACE__UNIQUE_DOCUMENT_SYMBOLS reports.
        return object instanceof Document || super.validate_UniqueID(object, diagnostics, context);
    }

    /**
     * Gives the diagnostics of EMF's generic constraints our own message in the UI language; source,
     * code and data stay EMF's.
     */
    @Override
    protected BasicDiagnostic createDiagnostic(int severity, String source, int code, String messageKey,
            Object[] messageSubstitutions, Object[] data, Map<Object, Object> context) {
        if (!EObjectValidator.DIAGNOSTIC_SOURCE.equals(source)) {
            return super.createDiagnostic(severity, source, code, messageKey, messageSubstitutions, data, context);
        }
        return new BasicDiagnostic(severity, source, code, GenericMessages.message(messageKey, code, data), data);
    }

    private boolean validateMandateWorkspace(MandateWorkspace workspace, DiagnosticChain diagnostics) {
        return validateMandateWorkspace_uniqueDocumentSymbols(workspace, diagnostics);
    }

    private boolean validateStateResponse(StateResponse response, DiagnosticChain diagnostics) {
        boolean result = validateStateResponse_receivedAfterNote(response, diagnostics);
        return (result || diagnostics != null) && validateStateResponse_stateAddressed(response, diagnostics) && result;
    }

    private boolean validateMandate(Mandate mandate, DiagnosticChain diagnostics) {
        boolean result = validateMandate_sourcePresent(mandate, diagnostics);
        result &= (result || diagnostics != null) && validateMandate_successorWhenSuperseded(mandate, diagnostics);
        result &= (result || diagnostics != null) && validateMandate_statusHistoryOrdered(mandate, diagnostics);
        return result;
    }

    private boolean validateNoteVerbaleReminder(NoteVerbaleReminder reminder, DiagnosticChain diagnostics) {
        boolean result = validateNoteVerbaleReminder_afterNote(reminder, diagnostics);
        return (result || diagnostics != null) && validateNoteVerbaleReminder_deadlineAfterDate(reminder, diagnostics) && result;
    }

    /** A document needs its symbol: it is the document's key. */
    public boolean validateDocument_symbolPresent(Document document, DiagnosticChain diagnostics) {
        if (document.getSymbol() != null) {
            return true;
        }
        return report(diagnostics, Diagnostic.ERROR, DOCUMENT__SYMBOL_PRESENT, Messages.Document_symbolPresent, document,
                Literals.DOCUMENT__SYMBOL);
    }

    /** A response cannot arrive before the note verbale it answers was sent. */
    public boolean validateStateResponse_receivedAfterNote(StateResponse response, DiagnosticChain diagnostics) {
        NoteVerbale note = response.getNoteVerbale();
        if (note == null || !isBefore(response.getReceivedDate(), note.getDate())) {
            return true;
        }
        return report(diagnostics, Diagnostic.ERROR, STATE_RESPONSE__RECEIVED_AFTER_NOTE, Messages.StateResponse_receivedAfterNote,
                response, Literals.STATE_RESPONSE__RECEIVED_DATE, response.getReceivedDate(), ObjectLabeler.label(note),
                note.getDate());
    }

    /**
     * A response should come from a State the note verbale addressed, by name or as one of all
     * States parties. Notes without recorded addressees are not checked; a warning only, since
     * States do reply to notes sent to others.
     */
    public boolean validateStateResponse_stateAddressed(StateResponse response, DiagnosticChain diagnostics) {
        NoteVerbale note = response.getNoteVerbale();
        Addressees addressees = note == null ? null : note.getAddressees();
        if (response.getState() == null || addressees == null || addressees.isAllStatesParties()
                || addressees.getActors().contains(response.getState())) {
            return true;
        }
        return report(diagnostics, Diagnostic.WARNING, STATE_RESPONSE__STATE_ADDRESSED, Messages.StateResponse_stateAddressed,
                response, Literals.STATE_RESPONSE__STATE, ObjectLabeler.label(response.getState()), ObjectLabeler.label(note));
    }

    /** A recommendation belongs to the meeting that adopted it. */
    public boolean validateRecommendation_meetingPresent(Recommendation recommendation, DiagnosticChain diagnostics) {
        if (recommendation.getMeeting() != null) {
            return true;
        }
        return report(diagnostics, Diagnostic.ERROR, RECOMMENDATION__MEETING_PRESENT, Messages.Recommendation_meetingPresent,
                recommendation, Literals.RECOMMENDATION__MEETING);
    }

    /** A mandate comes from a resolution paragraph or a recommendation; a warning, as entry may be unfinished. */
    public boolean validateMandate_sourcePresent(Mandate mandate, DiagnosticChain diagnostics) {
        if (!mandate.getSourceParagraphs().isEmpty() || !mandate.getSourceRecommendations().isEmpty()) {
            return true;
        }
        return report(diagnostics, Diagnostic.WARNING, MANDATE__SOURCE_PRESENT, Messages.Mandate_sourcePresent, mandate,
                Literals.MANDATE__SOURCE_PARAGRAPHS);
    }

    /**
     * A superseded mandate names its successor. Superseded means the status attribute or the
     * latest entry of the status history says so.
     */
    public boolean validateMandate_successorWhenSuperseded(Mandate mandate, DiagnosticChain diagnostics) {
        List<StatusChange> history = mandate.getStatusChanges();
        boolean superseded = mandate.getStatus() == MandateStatus.SUPERSEDED
                || !history.isEmpty() && history.getLast().getStatus() == MandateStatus.SUPERSEDED;
        if (!superseded || mandate.getSuccessor() != null) {
            return true;
        }
        return report(diagnostics, Diagnostic.WARNING, MANDATE__SUCCESSOR_WHEN_SUPERSEDED, Messages.Mandate_successorWhenSuperseded,
                mandate, Literals.MANDATE__SUCCESSOR);
    }

    /** The status history is kept oldest first; one diagnostic per change dated before its predecessor. */
    public boolean validateMandate_statusHistoryOrdered(Mandate mandate, DiagnosticChain diagnostics) {
        boolean result = true;
        LocalDate latest = null;
        List<StatusChange> history = mandate.getStatusChanges();
        for (int i = 0; i < history.size(); i++) {
            LocalDate date = history.get(i).getDate();
            if (isBefore(date, latest)) {
                result = false;
                if (diagnostics == null) {
                    return false;
                }
                report(diagnostics, Diagnostic.ERROR, MANDATE__STATUS_HISTORY_ORDERED, Messages.Mandate_statusHistoryOrdered,
                        mandate, Literals.MANDATE__STATUS_CHANGES, i + 1, date, latest);
            } else if (date != null) {
                latest = date;
            }
        }
        return result;
    }

    /** Each document symbol appears once in a workspace; every repetition after the first is reported. */
    public boolean validateMandateWorkspace_uniqueDocumentSymbols(MandateWorkspace workspace, DiagnosticChain diagnostics) {
        boolean result = true;
        Set<DocumentSymbol> seen = new HashSet<>();
        for (Document document : workspace.getDocuments()) {
            if (document.getSymbol() != null && !seen.add(document.getSymbol())) {
                result = false;
                if (diagnostics == null) {
                    return false;
                }
                report(diagnostics, Diagnostic.ERROR, MANDATE_WORKSPACE__UNIQUE_DOCUMENT_SYMBOLS,
                        Messages.MandateWorkspace_uniqueDocumentSymbols, document, Literals.DOCUMENT__SYMBOL,
                        ObjectLabeler.label(workspace));
            }
        }
        return result;
    }

    /** A reminder follows the note verbale it reminds of. */
    public boolean validateNoteVerbaleReminder_afterNote(NoteVerbaleReminder reminder, DiagnosticChain diagnostics) {
        NoteVerbale note = reminder.getReminded();
        if (note == null || !isBefore(reminder.getDate(), note.getDate())) {
            return true;
        }
        return report(diagnostics, Diagnostic.ERROR, NOTE_VERBALE_REMINDER__AFTER_NOTE, Messages.NoteVerbaleReminder_afterNote,
                reminder, Literals.MANDATE_ACTION__DATE, reminder.getDate(), ObjectLabeler.label(note), note.getDate());
    }

    /** A note verbale cannot ask for replies before it is sent. */
    public boolean validateNoteVerbale_deadlineAfterDate(NoteVerbale note, DiagnosticChain diagnostics) {
        if (!isBefore(note.getReplyDeadline(), note.getDate())) {
            return true;
        }
        return report(diagnostics, Diagnostic.ERROR, NOTE_VERBALE__DEADLINE_AFTER_DATE, Messages.NoteVerbale_deadlineAfterDate, note,
                Literals.NOTE_VERBALE__REPLY_DEADLINE, note.getReplyDeadline(), note.getDate());
    }

    /** A reminder cannot set a deadline before it is sent. */
    public boolean validateNoteVerbaleReminder_deadlineAfterDate(NoteVerbaleReminder reminder, DiagnosticChain diagnostics) {
        if (!isBefore(reminder.getReplyDeadline(), reminder.getDate())) {
            return true;
        }
        return report(diagnostics, Diagnostic.ERROR, NOTE_VERBALE_REMINDER__DEADLINE_AFTER_DATE,
                Messages.NoteVerbaleReminder_deadlineAfterDate, reminder, Literals.NOTE_VERBALE_REMINDER__REPLY_DEADLINE,
                reminder.getReplyDeadline(), reminder.getDate());
    }

    /** An indicator value without a date cannot be placed in the indicator's time series. */
    public boolean validateObservation_datePresent(Observation observation, DiagnosticChain diagnostics) {
        if (observation.getDate() != null) {
            return true;
        }
        return report(diagnostics, Diagnostic.ERROR, OBSERVATION__DATE_PRESENT, Messages.Observation_datePresent, observation,
                Literals.OBSERVATION__DATE);
    }

    /** True only when both dates are known and the first is earlier. */
    private static boolean isBefore(LocalDate date, LocalDate reference) {
        return date != null && reference != null && date.isBefore(reference);
    }

    /**
     * Adds a diagnostic whose message (a key of {@link Messages}) binds the object's label as {0},
     * then the extra arguments.
     *
     * @return false, the rule's verdict
     */
    private static boolean report(DiagnosticChain diagnostics, int severity, int code, String message, EObject object,
            EStructuralFeature feature, Object... arguments) {
        if (diagnostics != null) {
            Object[] bindings = new Object[arguments.length + 1];
            bindings[0] = ObjectLabeler.label(object);
            System.arraycopy(arguments, 0, bindings, 1, arguments.length);
            diagnostics.add(new BasicDiagnostic(severity, DIAGNOSTIC_SOURCE, code, Messages.bind(message, bindings),
                    new Object[] { object, feature }));
        }
        return false;
    }
}
