/**
 */
package org.mandateworkbench.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Party Status Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * An actor's standing towards an instrument.
 * <!-- end-model-doc -->
 * @see org.mandateworkbench.model.MandatesPackage#getPartyStatusKind()
 * @model
 * @generated
 */
public enum PartyStatusKind implements Enumerator {
	/**
	 * The '<em><b>NON PARTY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NON_PARTY_VALUE
	 * @generated
	 * @ordered
	 */
	NON_PARTY(0, "NON_PARTY", "nonParty"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>SIGNATORY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SIGNATORY_VALUE
	 * @generated
	 * @ordered
	 */
	SIGNATORY(1, "SIGNATORY", "signatory"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>PARTY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PARTY_VALUE
	 * @generated
	 * @ordered
	 */
	PARTY(2, "PARTY", "party"); //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>NON PARTY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NON_PARTY
	 * @model literal="nonParty"
	 * @generated
	 * @ordered
	 */
	public static final int NON_PARTY_VALUE = 0;

	/**
	 * The '<em><b>SIGNATORY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SIGNATORY
	 * @model literal="signatory"
	 * @generated
	 * @ordered
	 */
	public static final int SIGNATORY_VALUE = 1;

	/**
	 * The '<em><b>PARTY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PARTY
	 * @model literal="party"
	 * @generated
	 * @ordered
	 */
	public static final int PARTY_VALUE = 2;

	/**
	 * An array of all the '<em><b>Party Status Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final PartyStatusKind[] VALUES_ARRAY =
		new PartyStatusKind[] {
			NON_PARTY,
			SIGNATORY,
			PARTY,
		};

	/**
	 * A public read-only list of all the '<em><b>Party Status Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<PartyStatusKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Party Status Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static PartyStatusKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			PartyStatusKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Party Status Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static PartyStatusKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			PartyStatusKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Party Status Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static PartyStatusKind get(int value) {
		switch (value) {
			case NON_PARTY_VALUE: return NON_PARTY;
			case SIGNATORY_VALUE: return SIGNATORY;
			case PARTY_VALUE: return PARTY;
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
	private PartyStatusKind(int value, String name, String literal) {
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
	
} //PartyStatusKind
