/**
 */
package org.mandateworkbench.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Multilingual Text</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A text held in several languages; used for every title, name, summary and free text.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.mandateworkbench.model.MultilingualText#getValues <em>Values</em>}</li>
 * </ul>
 *
 * @see org.mandateworkbench.model.MandatesPackage#getMultilingualText()
 * @model
 * @generated
 */
public interface MultilingualText extends EObject {
	/**
	 * Returns the value of the '<em><b>Values</b></em>' containment reference list.
	 * The list contents are of type {@link org.mandateworkbench.model.LocalizedString}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Values</em>' containment reference list.
	 * @see org.mandateworkbench.model.MandatesPackage#getMultilingualText_Values()
	 * @model containment="true"
	 * @generated
	 */
	EList<LocalizedString> getValues();

} // MultilingualText
