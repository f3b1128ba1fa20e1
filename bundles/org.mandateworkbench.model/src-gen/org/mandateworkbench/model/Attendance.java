/**
 */
package org.mandateworkbench.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Attendance</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Who attended a meeting.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.mandateworkbench.model.Attendance#getStates <em>States</em>}</li>
 *   <li>{@link org.mandateworkbench.model.Attendance#getObserverStates <em>Observer States</em>}</li>
 *   <li>{@link org.mandateworkbench.model.Attendance#getOrganizations <em>Organizations</em>}</li>
 * </ul>
 *
 * @see org.mandateworkbench.model.MandatesPackage#getAttendance()
 * @model
 * @generated
 */
public interface Attendance extends EObject {
	/**
	 * Returns the value of the '<em><b>States</b></em>' reference list.
	 * The list contents are of type {@link org.mandateworkbench.model.State}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * States parties participating.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>States</em>' reference list.
	 * @see org.mandateworkbench.model.MandatesPackage#getAttendance_States()
	 * @model
	 * @generated
	 */
	EList<State> getStates();

	/**
	 * Returns the value of the '<em><b>Observer States</b></em>' reference list.
	 * The list contents are of type {@link org.mandateworkbench.model.State}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Signatories and other States attending as observers.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Observer States</em>' reference list.
	 * @see org.mandateworkbench.model.MandatesPackage#getAttendance_ObserverStates()
	 * @model
	 * @generated
	 */
	EList<State> getObserverStates();

	/**
	 * Returns the value of the '<em><b>Organizations</b></em>' reference list.
	 * The list contents are of type {@link org.mandateworkbench.model.Organization}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Organizations</em>' reference list.
	 * @see org.mandateworkbench.model.MandatesPackage#getAttendance_Organizations()
	 * @model
	 * @generated
	 */
	EList<Organization> getOrganizations();

} // Attendance
