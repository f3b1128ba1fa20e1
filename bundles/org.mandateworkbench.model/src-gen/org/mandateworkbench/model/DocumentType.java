/**
 */
package org.mandateworkbench.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Document Type</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * The kind of a UN document.
 * <!-- end-model-doc -->
 * @see org.mandateworkbench.model.MandatesPackage#getDocumentType()
 * @model
 * @generated
 */
public enum DocumentType implements Enumerator {
	/**
	 * The '<em><b>OTHER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER_VALUE
	 * @generated
	 * @ordered
	 */
	OTHER(0, "OTHER", "other"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>PROVISIONAL AGENDA</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PROVISIONAL_AGENDA_VALUE
	 * @generated
	 * @ordered
	 */
	PROVISIONAL_AGENDA(1, "PROVISIONAL_AGENDA", "provisionalAgenda"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>NOTE BY SECRETARIAT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NOTE_BY_SECRETARIAT_VALUE
	 * @generated
	 * @ordered
	 */
	NOTE_BY_SECRETARIAT(2, "NOTE_BY_SECRETARIAT", "noteBySecretariat"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>REPORT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REPORT_VALUE
	 * @generated
	 * @ordered
	 */
	REPORT(3, "REPORT", "report"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>BACKGROUND PAPER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BACKGROUND_PAPER_VALUE
	 * @generated
	 * @ordered
	 */
	BACKGROUND_PAPER(4, "BACKGROUND_PAPER", "backgroundPaper"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>CONFERENCE ROOM PAPER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CONFERENCE_ROOM_PAPER_VALUE
	 * @generated
	 * @ordered
	 */
	CONFERENCE_ROOM_PAPER(5, "CONFERENCE_ROOM_PAPER", "conferenceRoomPaper"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>LIST OF PARTICIPANTS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LIST_OF_PARTICIPANTS_VALUE
	 * @generated
	 * @ordered
	 */
	LIST_OF_PARTICIPANTS(6, "LIST_OF_PARTICIPANTS", "listOfParticipants"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>RESOLUTION COMPILATION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RESOLUTION_COMPILATION_VALUE
	 * @generated
	 * @ordered
	 */
	RESOLUTION_COMPILATION(7, "RESOLUTION_COMPILATION", "resolutionCompilation"); //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>OTHER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER
	 * @model literal="other"
	 * @generated
	 * @ordered
	 */
	public static final int OTHER_VALUE = 0;

	/**
	 * The '<em><b>PROVISIONAL AGENDA</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PROVISIONAL_AGENDA
	 * @model literal="provisionalAgenda"
	 * @generated
	 * @ordered
	 */
	public static final int PROVISIONAL_AGENDA_VALUE = 1;

	/**
	 * The '<em><b>NOTE BY SECRETARIAT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NOTE_BY_SECRETARIAT
	 * @model literal="noteBySecretariat"
	 * @generated
	 * @ordered
	 */
	public static final int NOTE_BY_SECRETARIAT_VALUE = 2;

	/**
	 * The '<em><b>REPORT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REPORT
	 * @model literal="report"
	 * @generated
	 * @ordered
	 */
	public static final int REPORT_VALUE = 3;

	/**
	 * The '<em><b>BACKGROUND PAPER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BACKGROUND_PAPER
	 * @model literal="backgroundPaper"
	 * @generated
	 * @ordered
	 */
	public static final int BACKGROUND_PAPER_VALUE = 4;

	/**
	 * The '<em><b>CONFERENCE ROOM PAPER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CONFERENCE_ROOM_PAPER
	 * @model literal="conferenceRoomPaper"
	 * @generated
	 * @ordered
	 */
	public static final int CONFERENCE_ROOM_PAPER_VALUE = 5;

	/**
	 * The '<em><b>LIST OF PARTICIPANTS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LIST_OF_PARTICIPANTS
	 * @model literal="listOfParticipants"
	 * @generated
	 * @ordered
	 */
	public static final int LIST_OF_PARTICIPANTS_VALUE = 6;

	/**
	 * The '<em><b>RESOLUTION COMPILATION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RESOLUTION_COMPILATION
	 * @model literal="resolutionCompilation"
	 * @generated
	 * @ordered
	 */
	public static final int RESOLUTION_COMPILATION_VALUE = 7;

	/**
	 * An array of all the '<em><b>Document Type</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final DocumentType[] VALUES_ARRAY =
		new DocumentType[] {
			OTHER,
			PROVISIONAL_AGENDA,
			NOTE_BY_SECRETARIAT,
			REPORT,
			BACKGROUND_PAPER,
			CONFERENCE_ROOM_PAPER,
			LIST_OF_PARTICIPANTS,
			RESOLUTION_COMPILATION,
		};

	/**
	 * A public read-only list of all the '<em><b>Document Type</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<DocumentType> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Document Type</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static DocumentType get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			DocumentType result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Document Type</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static DocumentType getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			DocumentType result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Document Type</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static DocumentType get(int value) {
		switch (value) {
			case OTHER_VALUE: return OTHER;
			case PROVISIONAL_AGENDA_VALUE: return PROVISIONAL_AGENDA;
			case NOTE_BY_SECRETARIAT_VALUE: return NOTE_BY_SECRETARIAT;
			case REPORT_VALUE: return REPORT;
			case BACKGROUND_PAPER_VALUE: return BACKGROUND_PAPER;
			case CONFERENCE_ROOM_PAPER_VALUE: return CONFERENCE_ROOM_PAPER;
			case LIST_OF_PARTICIPANTS_VALUE: return LIST_OF_PARTICIPANTS;
			case RESOLUTION_COMPILATION_VALUE: return RESOLUTION_COMPILATION;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private DocumentType(int value, String name, String literal) {
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue() {
	  return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
	  return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLiteral() {
	  return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		return literal;
	}
	
} //DocumentType
