/**
 */
package org.mandateworkbench.model;

import java.time.LocalDate;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Note Verbale</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A note verbale sent to States asking for information.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.mandateworkbench.model.NoteVerbale#getReference <em>Reference</em>}</li>
 *   <li>{@link org.mandateworkbench.model.NoteVerbale#getTopics <em>Topics</em>}</li>
 *   <li>{@link org.mandateworkbench.model.NoteVerbale#getReplyDeadline <em>Reply Deadline</em>}</li>
 *   <li>{@link org.mandateworkbench.model.NoteVerbale#getAddressees <em>Addressees</em>}</li>
 *   <li>{@link org.mandateworkbench.model.NoteVerbale#getResponses <em>Responses</em>}</li>
 * </ul>
 *
 * @see org.mandateworkbench.model.MandatesPackage#getNoteVerbale()
 * @model
 * @generated
 */
public interface NoteVerbale extends MandateAction {
	/**
	 * Returns the value of the '<em><b>Reference</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Reference</em>' attribute.
	 * @see #setReference(String)
	 * @see org.mandateworkbench.model.MandatesPackage#getNoteVerbale_Reference()
	 * @model
	 * @generated
	 */
	String getReference();

	/**
	 * Sets the value of the '{@link org.mandateworkbench.model.NoteVerbale#getReference <em>Reference</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reference</em>' attribute.
	 * @see #getReference()
	 * @generated
	 */
	void setReference(String value);

	/**
	 * Returns the value of the '<em><b>Topics</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Topics on which information is requested.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Topics</em>' attribute list.
	 * @see org.mandateworkbench.model.MandatesPackage#getNoteVerbale_Topics()
	 * @model
	 * @generated
	 */
	EList<String> getTopics();

	/**
	 * Returns the value of the '<em><b>Reply Deadline</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Reply Deadline</em>' attribute.
	 * @see #setReplyDeadline(LocalDate)
	 * @see org.mandateworkbench.model.MandatesPackage#getNoteVerbale_ReplyDeadline()
	 * @model dataType="org.mandateworkbench.model.LocalDate"
	 * @generated
	 */
	LocalDate getReplyDeadline();

	/**
	 * Sets the value of the '{@link org.mandateworkbench.model.NoteVerbale#getReplyDeadline <em>Reply Deadline</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reply Deadline</em>' attribute.
	 * @see #getReplyDeadline()
	 * @generated
	 */
	void setReplyDeadline(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Addressees</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Addressees</em>' containment reference.
	 * @see #setAddressees(Addressees)
	 * @see org.mandateworkbench.model.MandatesPackage#getNoteVerbale_Addressees()
	 * @model containment="true"
	 * @generated
	 */
	Addressees getAddressees();

	/**
	 * Sets the value of the '{@link org.mandateworkbench.model.NoteVerbale#getAddressees <em>Addressees</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Addressees</em>' containment reference.
	 * @see #getAddressees()
	 * @generated
	 */
	void setAddressees(Addressees value);

	/**
	 * Returns the value of the '<em><b>Responses</b></em>' containment reference list.
	 * The list contents are of type {@link org.mandateworkbench.model.StateResponse}.
	 * It is bidirectional and its opposite is '{@link org.mandateworkbench.model.StateResponse#getNoteVerbale <em>Note Verbale</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Responses</em>' containment reference list.
	 * @see org.mandateworkbench.model.MandatesPackage#getNoteVerbale_Responses()
	 * @see org.mandateworkbench.model.StateResponse#getNoteVerbale
	 * @model opposite="noteVerbale" containment="true"
	 * @generated
	 */
	EList<StateResponse> getResponses();

} // NoteVerbale
