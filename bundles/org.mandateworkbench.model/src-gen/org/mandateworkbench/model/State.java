/**
 */
package org.mandateworkbench.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>State</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A State, identified by its ISO 3166-1 alpha-3 code.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.mandateworkbench.model.State#getIsoCode <em>Iso Code</em>}</li>
 *   <li>{@link org.mandateworkbench.model.State#getFormalName <em>Formal Name</em>}</li>
 *   <li>{@link org.mandateworkbench.model.State#getRegionalGroup <em>Regional Group</em>}</li>
 * </ul>
 *
 * @see org.mandateworkbench.model.MandatesPackage#getState()
 * @model
 * @generated
 */
public interface State extends Actor {
	/**
	 * Returns the value of the '<em><b>Iso Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * ISO 3166-1 alpha-3, e.g. CHN.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Iso Code</em>' attribute.
	 * @see #setIsoCode(String)
	 * @see org.mandateworkbench.model.MandatesPackage#getState_IsoCode()
	 * @model required="true"
	 * @generated
	 */
	String getIsoCode();

	/**
	 * Sets the value of the '{@link org.mandateworkbench.model.State#getIsoCode <em>Iso Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Iso Code</em>' attribute.
	 * @see #getIsoCode()
	 * @generated
	 */
	void setIsoCode(String value);

	/**
	 * Returns the value of the '<em><b>Formal Name</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Formal Name</em>' containment reference.
	 * @see #setFormalName(MultilingualText)
	 * @see org.mandateworkbench.model.MandatesPackage#getState_FormalName()
	 * @model containment="true"
	 * @generated
	 */
	MultilingualText getFormalName();

	/**
	 * Sets the value of the '{@link org.mandateworkbench.model.State#getFormalName <em>Formal Name</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Formal Name</em>' containment reference.
	 * @see #getFormalName()
	 * @generated
	 */
	void setFormalName(MultilingualText value);

	/**
	 * Returns the value of the '<em><b>Regional Group</b></em>' attribute.
	 * The literals are from the enumeration {@link org.mandateworkbench.model.RegionalGroup}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Regional Group</em>' attribute.
	 * @see org.mandateworkbench.model.RegionalGroup
	 * @see #setRegionalGroup(RegionalGroup)
	 * @see org.mandateworkbench.model.MandatesPackage#getState_RegionalGroup()
	 * @model
	 * @generated
	 */
	RegionalGroup getRegionalGroup();

	/**
	 * Sets the value of the '{@link org.mandateworkbench.model.State#getRegionalGroup <em>Regional Group</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Regional Group</em>' attribute.
	 * @see org.mandateworkbench.model.RegionalGroup
	 * @see #getRegionalGroup()
	 * @generated
	 */
	void setRegionalGroup(RegionalGroup value);

} // State
