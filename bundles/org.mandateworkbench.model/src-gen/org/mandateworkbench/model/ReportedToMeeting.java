/**
 */
package org.mandateworkbench.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Reported To Meeting</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The mandate was reported on to a meeting.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.mandateworkbench.model.ReportedToMeeting#getMeeting <em>Meeting</em>}</li>
 *   <li>{@link org.mandateworkbench.model.ReportedToMeeting#getAgendaItem <em>Agenda Item</em>}</li>
 *   <li>{@link org.mandateworkbench.model.ReportedToMeeting#getDocument <em>Document</em>}</li>
 * </ul>
 *
 * @see org.mandateworkbench.model.MandatesPackage#getReportedToMeeting()
 * @model
 * @generated
 */
public interface ReportedToMeeting extends MandateAction {
	/**
	 * Returns the value of the '<em><b>Meeting</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Meeting</em>' reference.
	 * @see #setMeeting(Meeting)
	 * @see org.mandateworkbench.model.MandatesPackage#getReportedToMeeting_Meeting()
	 * @model
	 * @generated
	 */
	Meeting getMeeting();

	/**
	 * Sets the value of the '{@link org.mandateworkbench.model.ReportedToMeeting#getMeeting <em>Meeting</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Meeting</em>' reference.
	 * @see #getMeeting()
	 * @generated
	 */
	void setMeeting(Meeting value);

	/**
	 * Returns the value of the '<em><b>Agenda Item</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Agenda Item</em>' reference.
	 * @see #setAgendaItem(AgendaItem)
	 * @see org.mandateworkbench.model.MandatesPackage#getReportedToMeeting_AgendaItem()
	 * @model
	 * @generated
	 */
	AgendaItem getAgendaItem();

	/**
	 * Sets the value of the '{@link org.mandateworkbench.model.ReportedToMeeting#getAgendaItem <em>Agenda Item</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Agenda Item</em>' reference.
	 * @see #getAgendaItem()
	 * @generated
	 */
	void setAgendaItem(AgendaItem value);

	/**
	 * Returns the value of the '<em><b>Document</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Document</em>' reference.
	 * @see #setDocument(Document)
	 * @see org.mandateworkbench.model.MandatesPackage#getReportedToMeeting_Document()
	 * @model
	 * @generated
	 */
	Document getDocument();

	/**
	 * Sets the value of the '{@link org.mandateworkbench.model.ReportedToMeeting#getDocument <em>Document</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Document</em>' reference.
	 * @see #getDocument()
	 * @generated
	 */
	void setDocument(Document value);

} // ReportedToMeeting
