/**
 */
package org.mandateworkbench.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Body Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Whether a body is the governing body of its instrument.
 * <!-- end-model-doc -->
 * @see org.mandateworkbench.model.MandatesPackage#getBodyKind()
 * @model
 * @generated
 */
public enum BodyKind implements Enumerator {
	/**
	 * The '<em><b>GOVERNING BODY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GOVERNING_BODY_VALUE
	 * @generated
	 * @ordered
	 */
	GOVERNING_BODY(0, "GOVERNING_BODY", "governingBody"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>SUBSIDIARY BODY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SUBSIDIARY_BODY_VALUE
	 * @generated
	 * @ordered
	 */
	SUBSIDIARY_BODY(1, "SUBSIDIARY_BODY", "subsidiaryBody"); //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>GOVERNING BODY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GOVERNING_BODY
	 * @model literal="governingBody"
	 * @generated
	 * @ordered
	 */
	public static final int GOVERNING_BODY_VALUE = 0;

	/**
	 * The '<em><b>SUBSIDIARY BODY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SUBSIDIARY_BODY
	 * @model literal="subsidiaryBody"
	 * @generated
	 * @ordered
	 */
	public static final int SUBSIDIARY_BODY_VALUE = 1;

	/**
	 * An array of all the '<em><b>Body Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final BodyKind[] VALUES_ARRAY =
		new BodyKind[] {
			GOVERNING_BODY,
			SUBSIDIARY_BODY,
		};

	/**
	 * A public read-only list of all the '<em><b>Body Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<BodyKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Body Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static BodyKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			BodyKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Body Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static BodyKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			BodyKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Body Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static BodyKind get(int value) {
		switch (value) {
			case GOVERNING_BODY_VALUE: return GOVERNING_BODY;
			case SUBSIDIARY_BODY_VALUE: return SUBSIDIARY_BODY;
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
	private BodyKind(int value, String name, String literal) {
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
	
} //BodyKind
