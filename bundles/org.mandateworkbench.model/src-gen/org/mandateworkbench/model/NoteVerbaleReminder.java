/**
 */
package org.mandateworkbench.model;

import java.time.LocalDate;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Note Verbale Reminder</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A reminder of an earlier note verbale.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.mandateworkbench.model.NoteVerbaleReminder#getReminded <em>Reminded</em>}</li>
 *   <li>{@link org.mandateworkbench.model.NoteVerbaleReminder#getReference <em>Reference</em>}</li>
 *   <li>{@link org.mandateworkbench.model.NoteVerbaleReminder#getReplyDeadline <em>Reply Deadline</em>}</li>
 * </ul>
 *
 * @see org.mandateworkbench.model.MandatesPackage#getNoteVerbaleReminder()
 * @model
 * @generated
 */
public interface NoteVerbaleReminder extends MandateAction {
	/**
	 * Returns the value of the '<em><b>Reminded</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Reminded</em>' reference.
	 * @see #setReminded(NoteVerbale)
	 * @see org.mandateworkbench.model.MandatesPackage#getNoteVerbaleReminder_Reminded()
	 * @model
	 * @generated
	 */
	NoteVerbale getReminded();

	/**
	 * Sets the value of the '{@link org.mandateworkbench.model.NoteVerbaleReminder#getReminded <em>Reminded</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reminded</em>' reference.
	 * @see #getReminded()
	 * @generated
	 */
	void setReminded(NoteVerbale value);

	/**
	 * Returns the value of the '<em><b>Reference</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Reference</em>' attribute.
	 * @see #setReference(String)
	 * @see org.mandateworkbench.model.MandatesPackage#getNoteVerbaleReminder_Reference()
	 * @model
	 * @generated
	 */
	String getReference();

	/**
	 * Sets the value of the '{@link org.mandateworkbench.model.NoteVerbaleReminder#getReference <em>Reference</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reference</em>' attribute.
	 * @see #getReference()
	 * @generated
	 */
	void setReference(String value);

	/**
	 * Returns the value of the '<em><b>Reply Deadline</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Reply Deadline</em>' attribute.
	 * @see #setReplyDeadline(LocalDate)
	 * @see org.mandateworkbench.model.MandatesPackage#getNoteVerbaleReminder_ReplyDeadline()
	 * @model dataType="org.mandateworkbench.model.LocalDate"
	 * @generated
	 */
	LocalDate getReplyDeadline();

	/**
	 * Sets the value of the '{@link org.mandateworkbench.model.NoteVerbaleReminder#getReplyDeadline <em>Reply Deadline</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reply Deadline</em>' attribute.
	 * @see #getReplyDeadline()
	 * @generated
	 */
	void setReplyDeadline(LocalDate value);

} // NoteVerbaleReminder
