/**
 */
package org.mandateworkbench.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Indicator</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A measure of progress on a mandate, observed over time.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.mandateworkbench.model.Indicator#getName <em>Name</em>}</li>
 *   <li>{@link org.mandateworkbench.model.Indicator#getMandate <em>Mandate</em>}</li>
 *   <li>{@link org.mandateworkbench.model.Indicator#getUnit <em>Unit</em>}</li>
 *   <li>{@link org.mandateworkbench.model.Indicator#getObservations <em>Observations</em>}</li>
 * </ul>
 *
 * @see org.mandateworkbench.model.MandatesPackage#getIndicator()
 * @model
 * @generated
 */
public interface Indicator extends Identifiable {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' containment reference.
	 * @see #setName(MultilingualText)
	 * @see org.mandateworkbench.model.MandatesPackage#getIndicator_Name()
	 * @model containment="true"
	 * @generated
	 */
	MultilingualText getName();

	/**
	 * Sets the value of the '{@link org.mandateworkbench.model.Indicator#getName <em>Name</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' containment reference.
	 * @see #getName()
	 * @generated
	 */
	void setName(MultilingualText value);

	/**
	 * Returns the value of the '<em><b>Mandate</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Mandate</em>' reference.
	 * @see #setMandate(Mandate)
	 * @see org.mandateworkbench.model.MandatesPackage#getIndicator_Mandate()
	 * @model
	 * @generated
	 */
	Mandate getMandate();

	/**
	 * Sets the value of the '{@link org.mandateworkbench.model.Indicator#getMandate <em>Mandate</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mandate</em>' reference.
	 * @see #getMandate()
	 * @generated
	 */
	void setMandate(Mandate value);

	/**
	 * Returns the value of the '<em><b>Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Unit</em>' attribute.
	 * @see #setUnit(String)
	 * @see org.mandateworkbench.model.MandatesPackage#getIndicator_Unit()
	 * @model
	 * @generated
	 */
	String getUnit();

	/**
	 * Sets the value of the '{@link org.mandateworkbench.model.Indicator#getUnit <em>Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Unit</em>' attribute.
	 * @see #getUnit()
	 * @generated
	 */
	void setUnit(String value);

	/**
	 * Returns the value of the '<em><b>Observations</b></em>' containment reference list.
	 * The list contents are of type {@link org.mandateworkbench.model.Observation}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Observations</em>' containment reference list.
	 * @see org.mandateworkbench.model.MandatesPackage#getIndicator_Observations()
	 * @model containment="true"
	 * @generated
	 */
	EList<Observation> getObservations();

} // Indicator
