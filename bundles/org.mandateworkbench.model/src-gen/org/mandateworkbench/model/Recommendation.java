/**
 */
package org.mandateworkbench.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Recommendation</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A recommendation of a meeting, e.g. paragraph 12 (b) of a working group report.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.mandateworkbench.model.Recommendation#getMeeting <em>Meeting</em>}</li>
 *   <li>{@link org.mandateworkbench.model.Recommendation#getParagraphNumber <em>Paragraph Number</em>}</li>
 *   <li>{@link org.mandateworkbench.model.Recommendation#getLetter <em>Letter</em>}</li>
 *   <li>{@link org.mandateworkbench.model.Recommendation#getText <em>Text</em>}</li>
 *   <li>{@link org.mandateworkbench.model.Recommendation#getAddressees <em>Addressees</em>}</li>
 *   <li>{@link org.mandateworkbench.model.Recommendation#getDocument <em>Document</em>}</li>
 *   <li>{@link org.mandateworkbench.model.Recommendation#getReiterates <em>Reiterates</em>}</li>
 *   <li>{@link org.mandateworkbench.model.Recommendation#getReiteratedReports <em>Reiterated Reports</em>}</li>
 * </ul>
 *
 * @see org.mandateworkbench.model.MandatesPackage#getRecommendation()
 * @model
 * @generated
 */
public interface Recommendation extends Identifiable {
	/**
	 * Returns the value of the '<em><b>Meeting</b></em>' container reference.
	 * It is bidirectional and its opposite is '{@link org.mandateworkbench.model.Meeting#getRecommendations <em>Recommendations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Meeting</em>' container reference.
	 * @see #setMeeting(Meeting)
	 * @see org.mandateworkbench.model.MandatesPackage#getRecommendation_Meeting()
	 * @see org.mandateworkbench.model.Meeting#getRecommendations
	 * @model opposite="recommendations"
	 * @generated
	 */
	Meeting getMeeting();

	/**
	 * Sets the value of the '{@link org.mandateworkbench.model.Recommendation#getMeeting <em>Meeting</em>}' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Meeting</em>' container reference.
	 * @see #getMeeting()
	 * @generated
	 */
	void setMeeting(Meeting value);

	/**
	 * Returns the value of the '<em><b>Paragraph Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Paragraph Number</em>' attribute.
	 * @see #setParagraphNumber(int)
	 * @see org.mandateworkbench.model.MandatesPackage#getRecommendation_ParagraphNumber()
	 * @model
	 * @generated
	 */
	int getParagraphNumber();

	/**
	 * Sets the value of the '{@link org.mandateworkbench.model.Recommendation#getParagraphNumber <em>Paragraph Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Paragraph Number</em>' attribute.
	 * @see #getParagraphNumber()
	 * @generated
	 */
	void setParagraphNumber(int value);

	/**
	 * Returns the value of the '<em><b>Letter</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Letter</em>' attribute.
	 * @see #setLetter(String)
	 * @see org.mandateworkbench.model.MandatesPackage#getRecommendation_Letter()
	 * @model
	 * @generated
	 */
	String getLetter();

	/**
	 * Sets the value of the '{@link org.mandateworkbench.model.Recommendation#getLetter <em>Letter</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Letter</em>' attribute.
	 * @see #getLetter()
	 * @generated
	 */
	void setLetter(String value);

	/**
	 * Returns the value of the '<em><b>Text</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Text</em>' containment reference.
	 * @see #setText(MultilingualText)
	 * @see org.mandateworkbench.model.MandatesPackage#getRecommendation_Text()
	 * @model containment="true"
	 * @generated
	 */
	MultilingualText getText();

	/**
	 * Sets the value of the '{@link org.mandateworkbench.model.Recommendation#getText <em>Text</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Text</em>' containment reference.
	 * @see #getText()
	 * @generated
	 */
	void setText(MultilingualText value);

	/**
	 * Returns the value of the '<em><b>Addressees</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Addressees</em>' containment reference.
	 * @see #setAddressees(Addressees)
	 * @see org.mandateworkbench.model.MandatesPackage#getRecommendation_Addressees()
	 * @model containment="true"
	 * @generated
	 */
	Addressees getAddressees();

	/**
	 * Sets the value of the '{@link org.mandateworkbench.model.Recommendation#getAddressees <em>Addressees</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Addressees</em>' containment reference.
	 * @see #getAddressees()
	 * @generated
	 */
	void setAddressees(Addressees value);

	/**
	 * Returns the value of the '<em><b>Document</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The report containing the recommendation.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Document</em>' reference.
	 * @see #setDocument(Document)
	 * @see org.mandateworkbench.model.MandatesPackage#getRecommendation_Document()
	 * @model
	 * @generated
	 */
	Document getDocument();

	/**
	 * Sets the value of the '{@link org.mandateworkbench.model.Recommendation#getDocument <em>Document</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Document</em>' reference.
	 * @see #getDocument()
	 * @generated
	 */
	void setDocument(Document value);

	/**
	 * Returns the value of the '<em><b>Reiterates</b></em>' reference list.
	 * The list contents are of type {@link org.mandateworkbench.model.Recommendation}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Reiterates</em>' reference list.
	 * @see org.mandateworkbench.model.MandatesPackage#getRecommendation_Reiterates()
	 * @model
	 * @generated
	 */
	EList<Recommendation> getReiterates();

	/**
	 * Returns the value of the '<em><b>Reiterated Reports</b></em>' reference list.
	 * The list contents are of type {@link org.mandateworkbench.model.Document}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whole reports whose recommendations this one reiterates.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Reiterated Reports</em>' reference list.
	 * @see org.mandateworkbench.model.MandatesPackage#getRecommendation_ReiteratedReports()
	 * @model
	 * @generated
	 */
	EList<Document> getReiteratedReports();

} // Recommendation
