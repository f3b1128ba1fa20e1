/**
 */
package org.mandateworkbench.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Operative Paragraph</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A numbered operative paragraph of a resolution.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.mandateworkbench.model.OperativeParagraph#getResolution <em>Resolution</em>}</li>
 *   <li>{@link org.mandateworkbench.model.OperativeParagraph#getNumber <em>Number</em>}</li>
 *   <li>{@link org.mandateworkbench.model.OperativeParagraph#getText <em>Text</em>}</li>
 *   <li>{@link org.mandateworkbench.model.OperativeParagraph#getAddressees <em>Addressees</em>}</li>
 * </ul>
 *
 * @see org.mandateworkbench.model.MandatesPackage#getOperativeParagraph()
 * @model
 * @generated
 */
public interface OperativeParagraph extends Identifiable {
	/**
	 * Returns the value of the '<em><b>Resolution</b></em>' container reference.
	 * It is bidirectional and its opposite is '{@link org.mandateworkbench.model.Resolution#getParagraphs <em>Paragraphs</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Resolution</em>' container reference.
	 * @see #setResolution(Resolution)
	 * @see org.mandateworkbench.model.MandatesPackage#getOperativeParagraph_Resolution()
	 * @see org.mandateworkbench.model.Resolution#getParagraphs
	 * @model opposite="paragraphs"
	 * @generated
	 */
	Resolution getResolution();

	/**
	 * Sets the value of the '{@link org.mandateworkbench.model.OperativeParagraph#getResolution <em>Resolution</em>}' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Resolution</em>' container reference.
	 * @see #getResolution()
	 * @generated
	 */
	void setResolution(Resolution value);

	/**
	 * Returns the value of the '<em><b>Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Number</em>' attribute.
	 * @see #setNumber(int)
	 * @see org.mandateworkbench.model.MandatesPackage#getOperativeParagraph_Number()
	 * @model
	 * @generated
	 */
	int getNumber();

	/**
	 * Sets the value of the '{@link org.mandateworkbench.model.OperativeParagraph#getNumber <em>Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Number</em>' attribute.
	 * @see #getNumber()
	 * @generated
	 */
	void setNumber(int value);

	/**
	 * Returns the value of the '<em><b>Text</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Text</em>' containment reference.
	 * @see #setText(MultilingualText)
	 * @see org.mandateworkbench.model.MandatesPackage#getOperativeParagraph_Text()
	 * @model containment="true"
	 * @generated
	 */
	MultilingualText getText();

	/**
	 * Sets the value of the '{@link org.mandateworkbench.model.OperativeParagraph#getText <em>Text</em>}' containment reference.
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
	 * @see org.mandateworkbench.model.MandatesPackage#getOperativeParagraph_Addressees()
	 * @model containment="true"
	 * @generated
	 */
	Addressees getAddressees();

	/**
	 * Sets the value of the '{@link org.mandateworkbench.model.OperativeParagraph#getAddressees <em>Addressees</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Addressees</em>' containment reference.
	 * @see #getAddressees()
	 * @generated
	 */
	void setAddressees(Addressees value);

} // OperativeParagraph
