/**
 */
package org.mandateworkbench.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Expert Panel</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A panel or expert group convened for a mandate.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.mandateworkbench.model.ExpertPanel#getName <em>Name</em>}</li>
 *   <li>{@link org.mandateworkbench.model.ExpertPanel#getMeeting <em>Meeting</em>}</li>
 *   <li>{@link org.mandateworkbench.model.ExpertPanel#getExperts <em>Experts</em>}</li>
 * </ul>
 *
 * @see org.mandateworkbench.model.MandatesPackage#getExpertPanel()
 * @model
 * @generated
 */
public interface ExpertPanel extends MandateAction {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' containment reference.
	 * @see #setName(MultilingualText)
	 * @see org.mandateworkbench.model.MandatesPackage#getExpertPanel_Name()
	 * @model containment="true"
	 * @generated
	 */
	MultilingualText getName();

	/**
	 * Sets the value of the '{@link org.mandateworkbench.model.ExpertPanel#getName <em>Name</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' containment reference.
	 * @see #getName()
	 * @generated
	 */
	void setName(MultilingualText value);

	/**
	 * Returns the value of the '<em><b>Meeting</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Meeting</em>' reference.
	 * @see #setMeeting(Meeting)
	 * @see org.mandateworkbench.model.MandatesPackage#getExpertPanel_Meeting()
	 * @model
	 * @generated
	 */
	Meeting getMeeting();

	/**
	 * Sets the value of the '{@link org.mandateworkbench.model.ExpertPanel#getMeeting <em>Meeting</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Meeting</em>' reference.
	 * @see #getMeeting()
	 * @generated
	 */
	void setMeeting(Meeting value);

	/**
	 * Returns the value of the '<em><b>Experts</b></em>' reference list.
	 * The list contents are of type {@link org.mandateworkbench.model.Person}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Experts</em>' reference list.
	 * @see org.mandateworkbench.model.MandatesPackage#getExpertPanel_Experts()
	 * @model
	 * @generated
	 */
	EList<Person> getExperts();

} // ExpertPanel
