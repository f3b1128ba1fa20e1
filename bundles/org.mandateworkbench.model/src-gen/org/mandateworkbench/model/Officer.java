/**
 */
package org.mandateworkbench.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Officer</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A chair, vice-chair or rapporteur of a meeting: a person serving for a State.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.mandateworkbench.model.Officer#getRole <em>Role</em>}</li>
 *   <li>{@link org.mandateworkbench.model.Officer#getPerson <em>Person</em>}</li>
 *   <li>{@link org.mandateworkbench.model.Officer#getState <em>State</em>}</li>
 * </ul>
 *
 * @see org.mandateworkbench.model.MandatesPackage#getOfficer()
 * @model
 * @generated
 */
public interface Officer extends EObject {
	/**
	 * Returns the value of the '<em><b>Role</b></em>' attribute.
	 * The literals are from the enumeration {@link org.mandateworkbench.model.OfficerRole}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Role</em>' attribute.
	 * @see org.mandateworkbench.model.OfficerRole
	 * @see #setRole(OfficerRole)
	 * @see org.mandateworkbench.model.MandatesPackage#getOfficer_Role()
	 * @model
	 * @generated
	 */
	OfficerRole getRole();

	/**
	 * Sets the value of the '{@link org.mandateworkbench.model.Officer#getRole <em>Role</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Role</em>' attribute.
	 * @see org.mandateworkbench.model.OfficerRole
	 * @see #getRole()
	 * @generated
	 */
	void setRole(OfficerRole value);

	/**
	 * Returns the value of the '<em><b>Person</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Person</em>' reference.
	 * @see #setPerson(Person)
	 * @see org.mandateworkbench.model.MandatesPackage#getOfficer_Person()
	 * @model
	 * @generated
	 */
	Person getPerson();

	/**
	 * Sets the value of the '{@link org.mandateworkbench.model.Officer#getPerson <em>Person</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Person</em>' reference.
	 * @see #getPerson()
	 * @generated
	 */
	void setPerson(Person value);

	/**
	 * Returns the value of the '<em><b>State</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>State</em>' reference.
	 * @see #setState(State)
	 * @see org.mandateworkbench.model.MandatesPackage#getOfficer_State()
	 * @model
	 * @generated
	 */
	State getState();

	/**
	 * Sets the value of the '{@link org.mandateworkbench.model.Officer#getState <em>State</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>State</em>' reference.
	 * @see #getState()
	 * @generated
	 */
	void setState(State value);

} // Officer
