/**
 */
package org.mandateworkbench.model;

import java.time.LocalDate;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Mandate</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A task given to the secretariat or others by resolution paragraphs and/or recommendations.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.mandateworkbench.model.Mandate#getTitle <em>Title</em>}</li>
 *   <li>{@link org.mandateworkbench.model.Mandate#getSourceParagraphs <em>Source Paragraphs</em>}</li>
 *   <li>{@link org.mandateworkbench.model.Mandate#getSourceRecommendations <em>Source Recommendations</em>}</li>
 *   <li>{@link org.mandateworkbench.model.Mandate#getAddressees <em>Addressees</em>}</li>
 *   <li>{@link org.mandateworkbench.model.Mandate#getResponsibleOfficer <em>Responsible Officer</em>}</li>
 *   <li>{@link org.mandateworkbench.model.Mandate#getTopics <em>Topics</em>}</li>
 *   <li>{@link org.mandateworkbench.model.Mandate#getReportTo <em>Report To</em>}</li>
 *   <li>{@link org.mandateworkbench.model.Mandate#getDueDate <em>Due Date</em>}</li>
 *   <li>{@link org.mandateworkbench.model.Mandate#getStatus <em>Status</em>}</li>
 *   <li>{@link org.mandateworkbench.model.Mandate#getSuccessor <em>Successor</em>}</li>
 *   <li>{@link org.mandateworkbench.model.Mandate#getStatusChanges <em>Status Changes</em>}</li>
 *   <li>{@link org.mandateworkbench.model.Mandate#getActions <em>Actions</em>}</li>
 * </ul>
 *
 * @see org.mandateworkbench.model.MandatesPackage#getMandate()
 * @model
 * @generated
 */
public interface Mandate extends Identifiable {
	/**
	 * Returns the value of the '<em><b>Title</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Title</em>' containment reference.
	 * @see #setTitle(MultilingualText)
	 * @see org.mandateworkbench.model.MandatesPackage#getMandate_Title()
	 * @model containment="true"
	 * @generated
	 */
	MultilingualText getTitle();

	/**
	 * Sets the value of the '{@link org.mandateworkbench.model.Mandate#getTitle <em>Title</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' containment reference.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(MultilingualText value);

	/**
	 * Returns the value of the '<em><b>Source Paragraphs</b></em>' reference list.
	 * The list contents are of type {@link org.mandateworkbench.model.OperativeParagraph}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Source Paragraphs</em>' reference list.
	 * @see org.mandateworkbench.model.MandatesPackage#getMandate_SourceParagraphs()
	 * @model
	 * @generated
	 */
	EList<OperativeParagraph> getSourceParagraphs();

	/**
	 * Returns the value of the '<em><b>Source Recommendations</b></em>' reference list.
	 * The list contents are of type {@link org.mandateworkbench.model.Recommendation}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Source Recommendations</em>' reference list.
	 * @see org.mandateworkbench.model.MandatesPackage#getMandate_SourceRecommendations()
	 * @model
	 * @generated
	 */
	EList<Recommendation> getSourceRecommendations();

	/**
	 * Returns the value of the '<em><b>Addressees</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Addressees</em>' containment reference.
	 * @see #setAddressees(Addressees)
	 * @see org.mandateworkbench.model.MandatesPackage#getMandate_Addressees()
	 * @model containment="true"
	 * @generated
	 */
	Addressees getAddressees();

	/**
	 * Sets the value of the '{@link org.mandateworkbench.model.Mandate#getAddressees <em>Addressees</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Addressees</em>' containment reference.
	 * @see #getAddressees()
	 * @generated
	 */
	void setAddressees(Addressees value);

	/**
	 * Returns the value of the '<em><b>Responsible Officer</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Responsible Officer</em>' reference.
	 * @see #setResponsibleOfficer(Person)
	 * @see org.mandateworkbench.model.MandatesPackage#getMandate_ResponsibleOfficer()
	 * @model
	 * @generated
	 */
	Person getResponsibleOfficer();

	/**
	 * Sets the value of the '{@link org.mandateworkbench.model.Mandate#getResponsibleOfficer <em>Responsible Officer</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Responsible Officer</em>' reference.
	 * @see #getResponsibleOfficer()
	 * @generated
	 */
	void setResponsibleOfficer(Person value);

	/**
	 * Returns the value of the '<em><b>Topics</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Topic tags.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Topics</em>' attribute list.
	 * @see org.mandateworkbench.model.MandatesPackage#getMandate_Topics()
	 * @model
	 * @generated
	 */
	EList<String> getTopics();

	/**
	 * Returns the value of the '<em><b>Report To</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Report To</em>' reference.
	 * @see #setReportTo(Meeting)
	 * @see org.mandateworkbench.model.MandatesPackage#getMandate_ReportTo()
	 * @model
	 * @generated
	 */
	Meeting getReportTo();

	/**
	 * Sets the value of the '{@link org.mandateworkbench.model.Mandate#getReportTo <em>Report To</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Report To</em>' reference.
	 * @see #getReportTo()
	 * @generated
	 */
	void setReportTo(Meeting value);

	/**
	 * Returns the value of the '<em><b>Due Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Due Date</em>' attribute.
	 * @see #setDueDate(LocalDate)
	 * @see org.mandateworkbench.model.MandatesPackage#getMandate_DueDate()
	 * @model dataType="org.mandateworkbench.model.LocalDate"
	 * @generated
	 */
	LocalDate getDueDate();

	/**
	 * Sets the value of the '{@link org.mandateworkbench.model.Mandate#getDueDate <em>Due Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Due Date</em>' attribute.
	 * @see #getDueDate()
	 * @generated
	 */
	void setDueDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link org.mandateworkbench.model.MandateStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see org.mandateworkbench.model.MandateStatus
	 * @see #setStatus(MandateStatus)
	 * @see org.mandateworkbench.model.MandatesPackage#getMandate_Status()
	 * @model
	 * @generated
	 */
	MandateStatus getStatus();

	/**
	 * Sets the value of the '{@link org.mandateworkbench.model.Mandate#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see org.mandateworkbench.model.MandateStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(MandateStatus value);

	/**
	 * Returns the value of the '<em><b>Successor</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Successor</em>' reference.
	 * @see #setSuccessor(Mandate)
	 * @see org.mandateworkbench.model.MandatesPackage#getMandate_Successor()
	 * @model
	 * @generated
	 */
	Mandate getSuccessor();

	/**
	 * Sets the value of the '{@link org.mandateworkbench.model.Mandate#getSuccessor <em>Successor</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Successor</em>' reference.
	 * @see #getSuccessor()
	 * @generated
	 */
	void setSuccessor(Mandate value);

	/**
	 * Returns the value of the '<em><b>Status Changes</b></em>' containment reference list.
	 * The list contents are of type {@link org.mandateworkbench.model.StatusChange}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Oldest first.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Status Changes</em>' containment reference list.
	 * @see org.mandateworkbench.model.MandatesPackage#getMandate_StatusChanges()
	 * @model containment="true"
	 * @generated
	 */
	EList<StatusChange> getStatusChanges();

	/**
	 * Returns the value of the '<em><b>Actions</b></em>' containment reference list.
	 * The list contents are of type {@link org.mandateworkbench.model.MandateAction}.
	 * It is bidirectional and its opposite is '{@link org.mandateworkbench.model.MandateAction#getMandate <em>Mandate</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Actions</em>' containment reference list.
	 * @see org.mandateworkbench.model.MandatesPackage#getMandate_Actions()
	 * @see org.mandateworkbench.model.MandateAction#getMandate
	 * @model opposite="mandate" containment="true"
	 * @generated
	 */
	EList<MandateAction> getActions();

} // Mandate
