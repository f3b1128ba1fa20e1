/**
 */
package org.mandateworkbench.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Addressees</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Who is asked to act: all States parties, the secretariat, and/or named States, organizations or bodies.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.mandateworkbench.model.Addressees#isAllStatesParties <em>All States Parties</em>}</li>
 *   <li>{@link org.mandateworkbench.model.Addressees#isSecretariat <em>Secretariat</em>}</li>
 *   <li>{@link org.mandateworkbench.model.Addressees#getActors <em>Actors</em>}</li>
 *   <li>{@link org.mandateworkbench.model.Addressees#getBodies <em>Bodies</em>}</li>
 * </ul>
 *
 * @see org.mandateworkbench.model.MandatesPackage#getAddressees()
 * @model
 * @generated
 */
public interface Addressees extends EObject {
	/**
	 * Returns the value of the '<em><b>All States Parties</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>All States Parties</em>' attribute.
	 * @see #setAllStatesParties(boolean)
	 * @see org.mandateworkbench.model.MandatesPackage#getAddressees_AllStatesParties()
	 * @model
	 * @generated
	 */
	boolean isAllStatesParties();

	/**
	 * Sets the value of the '{@link org.mandateworkbench.model.Addressees#isAllStatesParties <em>All States Parties</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>All States Parties</em>' attribute.
	 * @see #isAllStatesParties()
	 * @generated
	 */
	void setAllStatesParties(boolean value);

	/**
	 * Returns the value of the '<em><b>Secretariat</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Secretariat</em>' attribute.
	 * @see #setSecretariat(boolean)
	 * @see org.mandateworkbench.model.MandatesPackage#getAddressees_Secretariat()
	 * @model
	 * @generated
	 */
	boolean isSecretariat();

	/**
	 * Sets the value of the '{@link org.mandateworkbench.model.Addressees#isSecretariat <em>Secretariat</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Secretariat</em>' attribute.
	 * @see #isSecretariat()
	 * @generated
	 */
	void setSecretariat(boolean value);

	/**
	 * Returns the value of the '<em><b>Actors</b></em>' reference list.
	 * The list contents are of type {@link org.mandateworkbench.model.Actor}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Actors</em>' reference list.
	 * @see org.mandateworkbench.model.MandatesPackage#getAddressees_Actors()
	 * @model
	 * @generated
	 */
	EList<Actor> getActors();

	/**
	 * Returns the value of the '<em><b>Bodies</b></em>' reference list.
	 * The list contents are of type {@link org.mandateworkbench.model.Body}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Bodies</em>' reference list.
	 * @see org.mandateworkbench.model.MandatesPackage#getAddressees_Bodies()
	 * @model
	 * @generated
	 */
	EList<Body> getBodies();

} // Addressees
