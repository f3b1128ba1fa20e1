/**
 */
package org.mandateworkbench.model;

import java.time.LocalDate;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Status Change</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A dated change of a mandate's status.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.mandateworkbench.model.StatusChange#getDate <em>Date</em>}</li>
 *   <li>{@link org.mandateworkbench.model.StatusChange#getStatus <em>Status</em>}</li>
 *   <li>{@link org.mandateworkbench.model.StatusChange#getAuthor <em>Author</em>}</li>
 *   <li>{@link org.mandateworkbench.model.StatusChange#getReason <em>Reason</em>}</li>
 * </ul>
 *
 * @see org.mandateworkbench.model.MandatesPackage#getStatusChange()
 * @model
 * @generated
 */
public interface StatusChange extends EObject {
	/**
	 * Returns the value of the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Date</em>' attribute.
	 * @see #setDate(LocalDate)
	 * @see org.mandateworkbench.model.MandatesPackage#getStatusChange_Date()
	 * @model dataType="org.mandateworkbench.model.LocalDate"
	 * @generated
	 */
	LocalDate getDate();

	/**
	 * Sets the value of the '{@link org.mandateworkbench.model.StatusChange#getDate <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Date</em>' attribute.
	 * @see #getDate()
	 * @generated
	 */
	void setDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link org.mandateworkbench.model.MandateStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The status from this change on.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see org.mandateworkbench.model.MandateStatus
	 * @see #setStatus(MandateStatus)
	 * @see org.mandateworkbench.model.MandatesPackage#getStatusChange_Status()
	 * @model
	 * @generated
	 */
	MandateStatus getStatus();

	/**
	 * Sets the value of the '{@link org.mandateworkbench.model.StatusChange#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see org.mandateworkbench.model.MandateStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(MandateStatus value);

	/**
	 * Returns the value of the '<em><b>Author</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Author</em>' attribute.
	 * @see #setAuthor(String)
	 * @see org.mandateworkbench.model.MandatesPackage#getStatusChange_Author()
	 * @model
	 * @generated
	 */
	String getAuthor();

	/**
	 * Sets the value of the '{@link org.mandateworkbench.model.StatusChange#getAuthor <em>Author</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Author</em>' attribute.
	 * @see #getAuthor()
	 * @generated
	 */
	void setAuthor(String value);

	/**
	 * Returns the value of the '<em><b>Reason</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Reason</em>' containment reference.
	 * @see #setReason(MultilingualText)
	 * @see org.mandateworkbench.model.MandatesPackage#getStatusChange_Reason()
	 * @model containment="true"
	 * @generated
	 */
	MultilingualText getReason();

	/**
	 * Sets the value of the '{@link org.mandateworkbench.model.StatusChange#getReason <em>Reason</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reason</em>' containment reference.
	 * @see #getReason()
	 * @generated
	 */
	void setReason(MultilingualText value);

} // StatusChange
