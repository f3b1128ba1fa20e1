/**
 */
package org.mandateworkbench.model;

import java.time.LocalDate;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>State Response</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A State's reply to a note verbale.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.mandateworkbench.model.StateResponse#getNoteVerbale <em>Note Verbale</em>}</li>
 *   <li>{@link org.mandateworkbench.model.StateResponse#getState <em>State</em>}</li>
 *   <li>{@link org.mandateworkbench.model.StateResponse#getReceivedDate <em>Received Date</em>}</li>
 *   <li>{@link org.mandateworkbench.model.StateResponse#getTopics <em>Topics</em>}</li>
 *   <li>{@link org.mandateworkbench.model.StateResponse#isSubstantive <em>Substantive</em>}</li>
 *   <li>{@link org.mandateworkbench.model.StateResponse#getTopicSummaries <em>Topic Summaries</em>}</li>
 *   <li>{@link org.mandateworkbench.model.StateResponse#getAttachments <em>Attachments</em>}</li>
 *   <li>{@link org.mandateworkbench.model.StateResponse#getClassification <em>Classification</em>}</li>
 * </ul>
 *
 * @see org.mandateworkbench.model.MandatesPackage#getStateResponse()
 * @model
 * @generated
 */
public interface StateResponse extends Identifiable {
	/**
	 * Returns the value of the '<em><b>Note Verbale</b></em>' container reference.
	 * It is bidirectional and its opposite is '{@link org.mandateworkbench.model.NoteVerbale#getResponses <em>Responses</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Note Verbale</em>' container reference.
	 * @see #setNoteVerbale(NoteVerbale)
	 * @see org.mandateworkbench.model.MandatesPackage#getStateResponse_NoteVerbale()
	 * @see org.mandateworkbench.model.NoteVerbale#getResponses
	 * @model opposite="responses"
	 * @generated
	 */
	NoteVerbale getNoteVerbale();

	/**
	 * Sets the value of the '{@link org.mandateworkbench.model.StateResponse#getNoteVerbale <em>Note Verbale</em>}' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Note Verbale</em>' container reference.
	 * @see #getNoteVerbale()
	 * @generated
	 */
	void setNoteVerbale(NoteVerbale value);

	/**
	 * Returns the value of the '<em><b>State</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>State</em>' reference.
	 * @see #setState(State)
	 * @see org.mandateworkbench.model.MandatesPackage#getStateResponse_State()
	 * @model
	 * @generated
	 */
	State getState();

	/**
	 * Sets the value of the '{@link org.mandateworkbench.model.StateResponse#getState <em>State</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>State</em>' reference.
	 * @see #getState()
	 * @generated
	 */
	void setState(State value);

	/**
	 * Returns the value of the '<em><b>Received Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Received Date</em>' attribute.
	 * @see #setReceivedDate(LocalDate)
	 * @see org.mandateworkbench.model.MandatesPackage#getStateResponse_ReceivedDate()
	 * @model dataType="org.mandateworkbench.model.LocalDate"
	 * @generated
	 */
	LocalDate getReceivedDate();

	/**
	 * Sets the value of the '{@link org.mandateworkbench.model.StateResponse#getReceivedDate <em>Received Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Received Date</em>' attribute.
	 * @see #getReceivedDate()
	 * @generated
	 */
	void setReceivedDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Topics</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Topics the reply covers.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Topics</em>' attribute list.
	 * @see org.mandateworkbench.model.MandatesPackage#getStateResponse_Topics()
	 * @model
	 * @generated
	 */
	EList<String> getTopics();

	/**
	 * Returns the value of the '<em><b>Substantive</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * False for acknowledgements without information.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Substantive</em>' attribute.
	 * @see #setSubstantive(boolean)
	 * @see org.mandateworkbench.model.MandatesPackage#getStateResponse_Substantive()
	 * @model
	 * @generated
	 */
	boolean isSubstantive();

	/**
	 * Sets the value of the '{@link org.mandateworkbench.model.StateResponse#isSubstantive <em>Substantive</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Substantive</em>' attribute.
	 * @see #isSubstantive()
	 * @generated
	 */
	void setSubstantive(boolean value);

	/**
	 * Returns the value of the '<em><b>Topic Summaries</b></em>' containment reference list.
	 * The list contents are of type {@link org.mandateworkbench.model.TopicSummary}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Topic Summaries</em>' containment reference list.
	 * @see org.mandateworkbench.model.MandatesPackage#getStateResponse_TopicSummaries()
	 * @model containment="true"
	 * @generated
	 */
	EList<TopicSummary> getTopicSummaries();

	/**
	 * Returns the value of the '<em><b>Attachments</b></em>' containment reference list.
	 * The list contents are of type {@link org.mandateworkbench.model.Attachment}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Attachments</em>' containment reference list.
	 * @see org.mandateworkbench.model.MandatesPackage#getStateResponse_Attachments()
	 * @model containment="true"
	 * @generated
	 */
	EList<Attachment> getAttachments();

	/**
	 * Returns the value of the '<em><b>Classification</b></em>' attribute.
	 * The literals are from the enumeration {@link org.mandateworkbench.model.Classification}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Classification</em>' attribute.
	 * @see org.mandateworkbench.model.Classification
	 * @see #setClassification(Classification)
	 * @see org.mandateworkbench.model.MandatesPackage#getStateResponse_Classification()
	 * @model
	 * @generated
	 */
	Classification getClassification();

	/**
	 * Sets the value of the '{@link org.mandateworkbench.model.StateResponse#getClassification <em>Classification</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Classification</em>' attribute.
	 * @see org.mandateworkbench.model.Classification
	 * @see #getClassification()
	 * @generated
	 */
	void setClassification(Classification value);

} // StateResponse
