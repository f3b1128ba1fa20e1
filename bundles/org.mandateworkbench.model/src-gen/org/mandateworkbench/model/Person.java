/**
 */
package org.mandateworkbench.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Person</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A person such as a chair, expert or responsible officer.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.mandateworkbench.model.Person#getName <em>Name</em>}</li>
 *   <li>{@link org.mandateworkbench.model.Person#getAffiliation <em>Affiliation</em>}</li>
 * </ul>
 *
 * @see org.mandateworkbench.model.MandatesPackage#getPerson()
 * @model
 * @generated
 */
public interface Person extends Identifiable {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.mandateworkbench.model.MandatesPackage#getPerson_Name()
	 * @model required="true"
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.mandateworkbench.model.Person#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Affiliation</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Affiliation</em>' reference.
	 * @see #setAffiliation(Actor)
	 * @see org.mandateworkbench.model.MandatesPackage#getPerson_Affiliation()
	 * @model
	 * @generated
	 */
	Actor getAffiliation();

	/**
	 * Sets the value of the '{@link org.mandateworkbench.model.Person#getAffiliation <em>Affiliation</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Affiliation</em>' reference.
	 * @see #getAffiliation()
	 * @generated
	 */
	void setAffiliation(Actor value);

} // Person
