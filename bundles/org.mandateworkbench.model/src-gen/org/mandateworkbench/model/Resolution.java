/**
 */
package org.mandateworkbench.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Resolution</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A resolution or decision adopted at a session.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.mandateworkbench.model.Resolution#getNumber <em>Number</em>}</li>
 *   <li>{@link org.mandateworkbench.model.Resolution#getKind <em>Kind</em>}</li>
 *   <li>{@link org.mandateworkbench.model.Resolution#getTitle <em>Title</em>}</li>
 *   <li>{@link org.mandateworkbench.model.Resolution#getAdoptingSession <em>Adopting Session</em>}</li>
 *   <li>{@link org.mandateworkbench.model.Resolution#getDocument <em>Document</em>}</li>
 *   <li>{@link org.mandateworkbench.model.Resolution#getParagraphs <em>Paragraphs</em>}</li>
 * </ul>
 *
 * @see org.mandateworkbench.model.MandatesPackage#getResolution()
 * @model
 * @generated
 */
public interface Resolution extends Identifiable {
	/**
	 * Returns the value of the '<em><b>Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * As printed, e.g. 7/1.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Number</em>' attribute.
	 * @see #setNumber(String)
	 * @see org.mandateworkbench.model.MandatesPackage#getResolution_Number()
	 * @model required="true"
	 * @generated
	 */
	String getNumber();

	/**
	 * Sets the value of the '{@link org.mandateworkbench.model.Resolution#getNumber <em>Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Number</em>' attribute.
	 * @see #getNumber()
	 * @generated
	 */
	void setNumber(String value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.mandateworkbench.model.ResolutionKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.mandateworkbench.model.ResolutionKind
	 * @see #setKind(ResolutionKind)
	 * @see org.mandateworkbench.model.MandatesPackage#getResolution_Kind()
	 * @model
	 * @generated
	 */
	ResolutionKind getKind();

	/**
	 * Sets the value of the '{@link org.mandateworkbench.model.Resolution#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.mandateworkbench.model.ResolutionKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(ResolutionKind value);

	/**
	 * Returns the value of the '<em><b>Title</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Title</em>' containment reference.
	 * @see #setTitle(MultilingualText)
	 * @see org.mandateworkbench.model.MandatesPackage#getResolution_Title()
	 * @model containment="true"
	 * @generated
	 */
	MultilingualText getTitle();

	/**
	 * Sets the value of the '{@link org.mandateworkbench.model.Resolution#getTitle <em>Title</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' containment reference.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(MultilingualText value);

	/**
	 * Returns the value of the '<em><b>Adopting Session</b></em>' container reference.
	 * It is bidirectional and its opposite is '{@link org.mandateworkbench.model.Meeting#getResolutions <em>Resolutions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Adopting Session</em>' container reference.
	 * @see #setAdoptingSession(Meeting)
	 * @see org.mandateworkbench.model.MandatesPackage#getResolution_AdoptingSession()
	 * @see org.mandateworkbench.model.Meeting#getResolutions
	 * @model opposite="resolutions"
	 * @generated
	 */
	Meeting getAdoptingSession();

	/**
	 * Sets the value of the '{@link org.mandateworkbench.model.Resolution#getAdoptingSession <em>Adopting Session</em>}' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Adopting Session</em>' container reference.
	 * @see #getAdoptingSession()
	 * @generated
	 */
	void setAdoptingSession(Meeting value);

	/**
	 * Returns the value of the '<em><b>Document</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The document that publishes it, e.g. the session report.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Document</em>' reference.
	 * @see #setDocument(Document)
	 * @see org.mandateworkbench.model.MandatesPackage#getResolution_Document()
	 * @model
	 * @generated
	 */
	Document getDocument();

	/**
	 * Sets the value of the '{@link org.mandateworkbench.model.Resolution#getDocument <em>Document</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Document</em>' reference.
	 * @see #getDocument()
	 * @generated
	 */
	void setDocument(Document value);

	/**
	 * Returns the value of the '<em><b>Paragraphs</b></em>' containment reference list.
	 * The list contents are of type {@link org.mandateworkbench.model.OperativeParagraph}.
	 * It is bidirectional and its opposite is '{@link org.mandateworkbench.model.OperativeParagraph#getResolution <em>Resolution</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Paragraphs</em>' containment reference list.
	 * @see org.mandateworkbench.model.MandatesPackage#getResolution_Paragraphs()
	 * @see org.mandateworkbench.model.OperativeParagraph#getResolution
	 * @model opposite="resolution" containment="true"
	 * @generated
	 */
	EList<OperativeParagraph> getParagraphs();

} // Resolution
