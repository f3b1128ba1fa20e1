/**
 */
package org.mandateworkbench.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Document Issued</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A document issued for a mandate.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.mandateworkbench.model.DocumentIssued#getDocument <em>Document</em>}</li>
 * </ul>
 *
 * @see org.mandateworkbench.model.MandatesPackage#getDocumentIssued()
 * @model
 * @generated
 */
public interface DocumentIssued extends MandateAction {
	/**
	 * Returns the value of the '<em><b>Document</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Document</em>' reference.
	 * @see #setDocument(Document)
	 * @see org.mandateworkbench.model.MandatesPackage#getDocumentIssued_Document()
	 * @model
	 * @generated
	 */
	Document getDocument();

	/**
	 * Sets the value of the '{@link org.mandateworkbench.model.DocumentIssued#getDocument <em>Document</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Document</em>' reference.
	 * @see #getDocument()
	 * @generated
	 */
	void setDocument(Document value);

} // DocumentIssued
