/**
 */
package org.mandateworkbench.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Officer Role</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * The function of a meeting officer.
 * <!-- end-model-doc -->
 * @see org.mandateworkbench.model.MandatesPackage#getOfficerRole()
 * @model
 * @generated
 */
public enum OfficerRole implements Enumerator {
	/**
	 * The '<em><b>CHAIR</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CHAIR_VALUE
	 * @generated
	 * @ordered
	 */
	CHAIR(0, "CHAIR", "chair"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>VICE CHAIR</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VICE_CHAIR_VALUE
	 * @generated
	 * @ordered
	 */
	VICE_CHAIR(1, "VICE_CHAIR", "viceChair"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>RAPPORTEUR</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RAPPORTEUR_VALUE
	 * @generated
	 * @ordered
	 */
	RAPPORTEUR(2, "RAPPORTEUR", "rapporteur"); //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>CHAIR</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CHAIR
	 * @model literal="chair"
	 * @generated
	 * @ordered
	 */
	public static final int CHAIR_VALUE = 0;

	/**
	 * The '<em><b>VICE CHAIR</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VICE_CHAIR
	 * @model literal="viceChair"
	 * @generated
	 * @ordered
	 */
	public static final int VICE_CHAIR_VALUE = 1;

	/**
	 * The '<em><b>RAPPORTEUR</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RAPPORTEUR
	 * @model literal="rapporteur"
	 * @generated
	 * @ordered
	 */
	public static final int RAPPORTEUR_VALUE = 2;

	/**
	 * An array of all the '<em><b>Officer Role</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final OfficerRole[] VALUES_ARRAY =
		new OfficerRole[] {
			CHAIR,
			VICE_CHAIR,
			RAPPORTEUR,
		};

	/**
	 * A public read-only list of all the '<em><b>Officer Role</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<OfficerRole> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Officer Role</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static OfficerRole get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			OfficerRole result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Officer Role</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static OfficerRole getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			OfficerRole result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Officer Role</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static OfficerRole get(int value) {
		switch (value) {
			case CHAIR_VALUE: return CHAIR;
			case VICE_CHAIR_VALUE: return VICE_CHAIR;
			case RAPPORTEUR_VALUE: return RAPPORTEUR;
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
	private OfficerRole(int value, String name, String literal) {
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
	
} //OfficerRole
