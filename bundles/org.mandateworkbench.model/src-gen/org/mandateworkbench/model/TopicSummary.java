/**
 */
package org.mandateworkbench.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Topic Summary</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * What a response says on one topic.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.mandateworkbench.model.TopicSummary#getTopic <em>Topic</em>}</li>
 *   <li>{@link org.mandateworkbench.model.TopicSummary#getSummary <em>Summary</em>}</li>
 * </ul>
 *
 * @see org.mandateworkbench.model.MandatesPackage#getTopicSummary()
 * @model
 * @generated
 */
public interface TopicSummary extends EObject {
	/**
	 * Returns the value of the '<em><b>Topic</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Topic</em>' attribute.
	 * @see #setTopic(String)
	 * @see org.mandateworkbench.model.MandatesPackage#getTopicSummary_Topic()
	 * @model
	 * @generated
	 */
	String getTopic();

	/**
	 * Sets the value of the '{@link org.mandateworkbench.model.TopicSummary#getTopic <em>Topic</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Topic</em>' attribute.
	 * @see #getTopic()
	 * @generated
	 */
	void setTopic(String value);

	/**
	 * Returns the value of the '<em><b>Summary</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Summary</em>' containment reference.
	 * @see #setSummary(MultilingualText)
	 * @see org.mandateworkbench.model.MandatesPackage#getTopicSummary_Summary()
	 * @model containment="true"
	 * @generated
	 */
	MultilingualText getSummary();

	/**
	 * Sets the value of the '{@link org.mandateworkbench.model.TopicSummary#getSummary <em>Summary</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Summary</em>' containment reference.
	 * @see #getSummary()
	 * @generated
	 */
	void setSummary(MultilingualText value);

} // TopicSummary
