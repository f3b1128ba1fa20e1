/**
 */
package org.mandateworkbench.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Language Version</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A document in one of the official languages.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.mandateworkbench.model.LanguageVersion#getLanguage <em>Language</em>}</li>
 *   <li>{@link org.mandateworkbench.model.LanguageVersion#getTitle <em>Title</em>}</li>
 *   <li>{@link org.mandateworkbench.model.LanguageVersion#isOriginal <em>Original</em>}</li>
 *   <li>{@link org.mandateworkbench.model.LanguageVersion#getFile <em>File</em>}</li>
 *   <li>{@link org.mandateworkbench.model.LanguageVersion#getText <em>Text</em>}</li>
 * </ul>
 *
 * @see org.mandateworkbench.model.MandatesPackage#getLanguageVersion()
 * @model
 * @generated
 */
public interface LanguageVersion extends EObject {
	/**
	 * Returns the value of the '<em><b>Language</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Language</em>' attribute.
	 * @see #setLanguage(String)
	 * @see org.mandateworkbench.model.MandatesPackage#getLanguageVersion_Language()
	 * @model required="true"
	 * @generated
	 */
	String getLanguage();

	/**
	 * Sets the value of the '{@link org.mandateworkbench.model.LanguageVersion#getLanguage <em>Language</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Language</em>' attribute.
	 * @see #getLanguage()
	 * @generated
	 */
	void setLanguage(String value);

	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see org.mandateworkbench.model.MandatesPackage#getLanguageVersion_Title()
	 * @model
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link org.mandateworkbench.model.LanguageVersion#getTitle <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' attribute.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(String value);

	/**
	 * Returns the value of the '<em><b>Original</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * True for the language the document was submitted in.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Original</em>' attribute.
	 * @see #setOriginal(boolean)
	 * @see org.mandateworkbench.model.MandatesPackage#getLanguageVersion_Original()
	 * @model
	 * @generated
	 */
	boolean isOriginal();

	/**
	 * Sets the value of the '{@link org.mandateworkbench.model.LanguageVersion#isOriginal <em>Original</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Original</em>' attribute.
	 * @see #isOriginal()
	 * @generated
	 */
	void setOriginal(boolean value);

	/**
	 * Returns the value of the '<em><b>File</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Path of the file, relative to the workspace.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>File</em>' attribute.
	 * @see #setFile(String)
	 * @see org.mandateworkbench.model.MandatesPackage#getLanguageVersion_File()
	 * @model
	 * @generated
	 */
	String getFile();

	/**
	 * Sets the value of the '{@link org.mandateworkbench.model.LanguageVersion#getFile <em>File</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>File</em>' attribute.
	 * @see #getFile()
	 * @generated
	 */
	void setFile(String value);

	/**
	 * Returns the value of the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The extracted plain text.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Text</em>' attribute.
	 * @see #setText(String)
	 * @see org.mandateworkbench.model.MandatesPackage#getLanguageVersion_Text()
	 * @model
	 * @generated
	 */
	String getText();

	/**
	 * Sets the value of the '{@link org.mandateworkbench.model.LanguageVersion#getText <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Text</em>' attribute.
	 * @see #getText()
	 * @generated
	 */
	void setText(String value);

} // LanguageVersion
