/**
 */
package org.mandateworkbench.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Actor</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A State or organization that can be addressed and can be party to an instrument.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.mandateworkbench.model.Actor#getName <em>Name</em>}</li>
 *   <li>{@link org.mandateworkbench.model.Actor#getPartyStatuses <em>Party Statuses</em>}</li>
 * </ul>
 *
 * @see org.mandateworkbench.model.MandatesPackage#getActor()
 * @model abstract="true"
 * @generated
 */
public interface Actor extends Identifiable {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The short name.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name</em>' containment reference.
	 * @see #setName(MultilingualText)
	 * @see org.mandateworkbench.model.MandatesPackage#getActor_Name()
	 * @model containment="true"
	 * @generated
	 */
	MultilingualText getName();

	/**
	 * Sets the value of the '{@link org.mandateworkbench.model.Actor#getName <em>Name</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' containment reference.
	 * @see #getName()
	 * @generated
	 */
	void setName(MultilingualText value);

	/**
	 * Returns the value of the '<em><b>Party Statuses</b></em>' containment reference list.
	 * The list contents are of type {@link org.mandateworkbench.model.PartyStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Party Statuses</em>' containment reference list.
	 * @see org.mandateworkbench.model.MandatesPackage#getActor_PartyStatuses()
	 * @model containment="true"
	 * @generated
	 */
	EList<PartyStatus> getPartyStatuses();

} // Actor
