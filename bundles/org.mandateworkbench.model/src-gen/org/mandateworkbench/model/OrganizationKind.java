/**
 */
package org.mandateworkbench.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Organization Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * The kind of an organization.
 * <!-- end-model-doc -->
 * @see org.mandateworkbench.model.MandatesPackage#getOrganizationKind()
 * @model
 * @generated
 */
public enum OrganizationKind implements Enumerator {
	/**
	 * The '<em><b>INTERGOVERNMENTAL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INTERGOVERNMENTAL_VALUE
	 * @generated
	 * @ordered
	 */
	INTERGOVERNMENTAL(0, "INTERGOVERNMENTAL", "intergovernmental"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>REGIONAL ECONOMIC INTEGRATION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REGIONAL_ECONOMIC_INTEGRATION_VALUE
	 * @generated
	 * @ordered
	 */
	REGIONAL_ECONOMIC_INTEGRATION(1, "REGIONAL_ECONOMIC_INTEGRATION", "regionalEconomicIntegration"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>UNITED NATIONS ENTITY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #UNITED_NATIONS_ENTITY_VALUE
	 * @generated
	 * @ordered
	 */
	UNITED_NATIONS_ENTITY(2, "UNITED_NATIONS_ENTITY", "unitedNationsEntity"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>NON GOVERNMENTAL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NON_GOVERNMENTAL_VALUE
	 * @generated
	 * @ordered
	 */
	NON_GOVERNMENTAL(3, "NON_GOVERNMENTAL", "nonGovernmental"); //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>INTERGOVERNMENTAL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INTERGOVERNMENTAL
	 * @model literal="intergovernmental"
	 * @generated
	 * @ordered
	 */
	public static final int INTERGOVERNMENTAL_VALUE = 0;

	/**
	 * The '<em><b>REGIONAL ECONOMIC INTEGRATION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REGIONAL_ECONOMIC_INTEGRATION
	 * @model literal="regionalEconomicIntegration"
	 * @generated
	 * @ordered
	 */
	public static final int REGIONAL_ECONOMIC_INTEGRATION_VALUE = 1;

	/**
	 * The '<em><b>UNITED NATIONS ENTITY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #UNITED_NATIONS_ENTITY
	 * @model literal="unitedNationsEntity"
	 * @generated
	 * @ordered
	 */
	public static final int UNITED_NATIONS_ENTITY_VALUE = 2;

	/**
	 * The '<em><b>NON GOVERNMENTAL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NON_GOVERNMENTAL
	 * @model literal="nonGovernmental"
	 * @generated
	 * @ordered
	 */
	public static final int NON_GOVERNMENTAL_VALUE = 3;

	/**
	 * An array of all the '<em><b>Organization Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final OrganizationKind[] VALUES_ARRAY =
		new OrganizationKind[] {
			INTERGOVERNMENTAL,
			REGIONAL_ECONOMIC_INTEGRATION,
			UNITED_NATIONS_ENTITY,
			NON_GOVERNMENTAL,
		};

	/**
	 * A public read-only list of all the '<em><b>Organization Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<OrganizationKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Organization Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static OrganizationKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			OrganizationKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Organization Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static OrganizationKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			OrganizationKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Organization Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static OrganizationKind get(int value) {
		switch (value) {
			case INTERGOVERNMENTAL_VALUE: return INTERGOVERNMENTAL;
			case REGIONAL_ECONOMIC_INTEGRATION_VALUE: return REGIONAL_ECONOMIC_INTEGRATION;
			case UNITED_NATIONS_ENTITY_VALUE: return UNITED_NATIONS_ENTITY;
			case NON_GOVERNMENTAL_VALUE: return NON_GOVERNMENTAL;
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
	private OrganizationKind(int value, String name, String literal) {
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
	
} //OrganizationKind
