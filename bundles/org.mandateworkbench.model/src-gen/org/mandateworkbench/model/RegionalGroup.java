/**
 */
package org.mandateworkbench.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Regional Group</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * The United Nations regional groups.
 * <!-- end-model-doc -->
 * @see org.mandateworkbench.model.MandatesPackage#getRegionalGroup()
 * @model
 * @generated
 */
public enum RegionalGroup implements Enumerator {
	/**
	 * The '<em><b>NONE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NONE_VALUE
	 * @generated
	 * @ordered
	 */
	NONE(0, "NONE", "none"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>AFRICAN</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #AFRICAN_VALUE
	 * @generated
	 * @ordered
	 */
	AFRICAN(1, "AFRICAN", "african"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>ASIA PACIFIC</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ASIA_PACIFIC_VALUE
	 * @generated
	 * @ordered
	 */
	ASIA_PACIFIC(2, "ASIA_PACIFIC", "asiaPacific"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>EASTERN EUROPEAN</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EASTERN_EUROPEAN_VALUE
	 * @generated
	 * @ordered
	 */
	EASTERN_EUROPEAN(3, "EASTERN_EUROPEAN", "easternEuropean"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>LATIN AMERICAN CARIBBEAN</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LATIN_AMERICAN_CARIBBEAN_VALUE
	 * @generated
	 * @ordered
	 */
	LATIN_AMERICAN_CARIBBEAN(4, "LATIN_AMERICAN_CARIBBEAN", "latinAmericanAndCaribbean"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>WESTERN EUROPEAN OTHERS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WESTERN_EUROPEAN_OTHERS_VALUE
	 * @generated
	 * @ordered
	 */
	WESTERN_EUROPEAN_OTHERS(5, "WESTERN_EUROPEAN_OTHERS", "westernEuropeanAndOthers"); //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>NONE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NONE
	 * @model literal="none"
	 * @generated
	 * @ordered
	 */
	public static final int NONE_VALUE = 0;

	/**
	 * The '<em><b>AFRICAN</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #AFRICAN
	 * @model literal="african"
	 * @generated
	 * @ordered
	 */
	public static final int AFRICAN_VALUE = 1;

	/**
	 * The '<em><b>ASIA PACIFIC</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ASIA_PACIFIC
	 * @model literal="asiaPacific"
	 * @generated
	 * @ordered
	 */
	public static final int ASIA_PACIFIC_VALUE = 2;

	/**
	 * The '<em><b>EASTERN EUROPEAN</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EASTERN_EUROPEAN
	 * @model literal="easternEuropean"
	 * @generated
	 * @ordered
	 */
	public static final int EASTERN_EUROPEAN_VALUE = 3;

	/**
	 * The '<em><b>LATIN AMERICAN CARIBBEAN</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LATIN_AMERICAN_CARIBBEAN
	 * @model literal="latinAmericanAndCaribbean"
	 * @generated
	 * @ordered
	 */
	public static final int LATIN_AMERICAN_CARIBBEAN_VALUE = 4;

	/**
	 * The '<em><b>WESTERN EUROPEAN OTHERS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WESTERN_EUROPEAN_OTHERS
	 * @model literal="westernEuropeanAndOthers"
	 * @generated
	 * @ordered
	 */
	public static final int WESTERN_EUROPEAN_OTHERS_VALUE = 5;

	/**
	 * An array of all the '<em><b>Regional Group</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final RegionalGroup[] VALUES_ARRAY =
		new RegionalGroup[] {
			NONE,
			AFRICAN,
			ASIA_PACIFIC,
			EASTERN_EUROPEAN,
			LATIN_AMERICAN_CARIBBEAN,
			WESTERN_EUROPEAN_OTHERS,
		};

	/**
	 * A public read-only list of all the '<em><b>Regional Group</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<RegionalGroup> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Regional Group</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static RegionalGroup get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			RegionalGroup result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Regional Group</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static RegionalGroup getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			RegionalGroup result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Regional Group</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static RegionalGroup get(int value) {
		switch (value) {
			case NONE_VALUE: return NONE;
			case AFRICAN_VALUE: return AFRICAN;
			case ASIA_PACIFIC_VALUE: return ASIA_PACIFIC;
			case EASTERN_EUROPEAN_VALUE: return EASTERN_EUROPEAN;
			case LATIN_AMERICAN_CARIBBEAN_VALUE: return LATIN_AMERICAN_CARIBBEAN;
			case WESTERN_EUROPEAN_OTHERS_VALUE: return WESTERN_EUROPEAN_OTHERS;
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
	private RegionalGroup(int value, String name, String literal) {
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
	
} //RegionalGroup
