/**
 */
package org.mandateworkbench.model;

import java.time.LocalDate;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Mandate Action</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Something done to carry out a mandate.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.mandateworkbench.model.MandateAction#getMandate <em>Mandate</em>}</li>
 *   <li>{@link org.mandateworkbench.model.MandateAction#getDate <em>Date</em>}</li>
 *   <li>{@link org.mandateworkbench.model.MandateAction#getNote <em>Note</em>}</li>
 * </ul>
 *
 * @see org.mandateworkbench.model.MandatesPackage#getMandateAction()
 * @model abstract="true"
 * @generated
 */
public interface MandateAction extends Identifiable {
	/**
	 * Returns the value of the '<em><b>Mandate</b></em>' container reference.
	 * It is bidirectional and its opposite is '{@link org.mandateworkbench.model.Mandate#getActions <em>Actions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Mandate</em>' container reference.
	 * @see #setMandate(Mandate)
	 * @see org.mandateworkbench.model.MandatesPackage#getMandateAction_Mandate()
	 * @see org.mandateworkbench.model.Mandate#getActions
	 * @model opposite="actions"
	 * @generated
	 */
	Mandate getMandate();

	/**
	 * Sets the value of the '{@link org.mandateworkbench.model.MandateAction#getMandate <em>Mandate</em>}' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mandate</em>' container reference.
	 * @see #getMandate()
	 * @generated
	 */
	void setMandate(Mandate value);

	/**
	 * Returns the value of the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Date</em>' attribute.
	 * @see #setDate(LocalDate)
	 * @see org.mandateworkbench.model.MandatesPackage#getMandateAction_Date()
	 * @model dataType="org.mandateworkbench.model.LocalDate"
	 * @generated
	 */
	LocalDate getDate();

	/**
	 * Sets the value of the '{@link org.mandateworkbench.model.MandateAction#getDate <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Date</em>' attribute.
	 * @see #getDate()
	 * @generated
	 */
	void setDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Note</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Note</em>' containment reference.
	 * @see #setNote(MultilingualText)
	 * @see org.mandateworkbench.model.MandatesPackage#getMandateAction_Note()
	 * @model containment="true"
	 * @generated
	 */
	MultilingualText getNote();

	/**
	 * Sets the value of the '{@link org.mandateworkbench.model.MandateAction#getNote <em>Note</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Note</em>' containment reference.
	 * @see #getNote()
	 * @generated
	 */
	void setNote(MultilingualText value);

} // MandateAction
