/**
 */
package org.mandateworkbench.model;

import java.time.LocalDate;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Party Status</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An actor's standing towards one instrument.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.mandateworkbench.model.PartyStatus#getInstrument <em>Instrument</em>}</li>
 *   <li>{@link org.mandateworkbench.model.PartyStatus#getStatus <em>Status</em>}</li>
 *   <li>{@link org.mandateworkbench.model.PartyStatus#getDate <em>Date</em>}</li>
 * </ul>
 *
 * @see org.mandateworkbench.model.MandatesPackage#getPartyStatus()
 * @model
 * @generated
 */
public interface PartyStatus extends EObject {
	/**
	 * Returns the value of the '<em><b>Instrument</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Instrument</em>' reference.
	 * @see #setInstrument(Instrument)
	 * @see org.mandateworkbench.model.MandatesPackage#getPartyStatus_Instrument()
	 * @model required="true"
	 * @generated
	 */
	Instrument getInstrument();

	/**
	 * Sets the value of the '{@link org.mandateworkbench.model.PartyStatus#getInstrument <em>Instrument</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Instrument</em>' reference.
	 * @see #getInstrument()
	 * @generated
	 */
	void setInstrument(Instrument value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link org.mandateworkbench.model.PartyStatusKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see org.mandateworkbench.model.PartyStatusKind
	 * @see #setStatus(PartyStatusKind)
	 * @see org.mandateworkbench.model.MandatesPackage#getPartyStatus_Status()
	 * @model
	 * @generated
	 */
	PartyStatusKind getStatus();

	/**
	 * Sets the value of the '{@link org.mandateworkbench.model.PartyStatus#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see org.mandateworkbench.model.PartyStatusKind
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(PartyStatusKind value);

	/**
	 * Returns the value of the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Date of ratification, accession, approval or signature.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Date</em>' attribute.
	 * @see #setDate(LocalDate)
	 * @see org.mandateworkbench.model.MandatesPackage#getPartyStatus_Date()
	 * @model dataType="org.mandateworkbench.model.LocalDate"
	 * @generated
	 */
	LocalDate getDate();

	/**
	 * Sets the value of the '{@link org.mandateworkbench.model.PartyStatus#getDate <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Date</em>' attribute.
	 * @see #getDate()
	 * @generated
	 */
	void setDate(LocalDate value);

} // PartyStatus
