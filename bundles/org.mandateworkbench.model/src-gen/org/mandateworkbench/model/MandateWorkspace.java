/**
 */
package org.mandateworkbench.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Mandate Workspace</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The root of one workspace: everything the secretariat tracks. Bodies contain their meetings and meetings contain what they adopted, so a store can split resources per body or meeting.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.mandateworkbench.model.MandateWorkspace#getName <em>Name</em>}</li>
 *   <li>{@link org.mandateworkbench.model.MandateWorkspace#getInstruments <em>Instruments</em>}</li>
 *   <li>{@link org.mandateworkbench.model.MandateWorkspace#getBodies <em>Bodies</em>}</li>
 *   <li>{@link org.mandateworkbench.model.MandateWorkspace#getStates <em>States</em>}</li>
 *   <li>{@link org.mandateworkbench.model.MandateWorkspace#getOrganizations <em>Organizations</em>}</li>
 *   <li>{@link org.mandateworkbench.model.MandateWorkspace#getPersons <em>Persons</em>}</li>
 *   <li>{@link org.mandateworkbench.model.MandateWorkspace#getDocuments <em>Documents</em>}</li>
 *   <li>{@link org.mandateworkbench.model.MandateWorkspace#getMandates <em>Mandates</em>}</li>
 *   <li>{@link org.mandateworkbench.model.MandateWorkspace#getIndicators <em>Indicators</em>}</li>
 * </ul>
 *
 * @see org.mandateworkbench.model.MandatesPackage#getMandateWorkspace()
 * @model
 * @generated
 */
public interface MandateWorkspace extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.mandateworkbench.model.MandatesPackage#getMandateWorkspace_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.mandateworkbench.model.MandateWorkspace#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Instruments</b></em>' containment reference list.
	 * The list contents are of type {@link org.mandateworkbench.model.Instrument}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Instruments</em>' containment reference list.
	 * @see org.mandateworkbench.model.MandatesPackage#getMandateWorkspace_Instruments()
	 * @model containment="true"
	 * @generated
	 */
	EList<Instrument> getInstruments();

	/**
	 * Returns the value of the '<em><b>Bodies</b></em>' containment reference list.
	 * The list contents are of type {@link org.mandateworkbench.model.Body}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Bodies</em>' containment reference list.
	 * @see org.mandateworkbench.model.MandatesPackage#getMandateWorkspace_Bodies()
	 * @model containment="true"
	 * @generated
	 */
	EList<Body> getBodies();

	/**
	 * Returns the value of the '<em><b>States</b></em>' containment reference list.
	 * The list contents are of type {@link org.mandateworkbench.model.State}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>States</em>' containment reference list.
	 * @see org.mandateworkbench.model.MandatesPackage#getMandateWorkspace_States()
	 * @model containment="true"
	 * @generated
	 */
	EList<State> getStates();

	/**
	 * Returns the value of the '<em><b>Organizations</b></em>' containment reference list.
	 * The list contents are of type {@link org.mandateworkbench.model.Organization}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Organizations</em>' containment reference list.
	 * @see org.mandateworkbench.model.MandatesPackage#getMandateWorkspace_Organizations()
	 * @model containment="true"
	 * @generated
	 */
	EList<Organization> getOrganizations();

	/**
	 * Returns the value of the '<em><b>Persons</b></em>' containment reference list.
	 * The list contents are of type {@link org.mandateworkbench.model.Person}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Persons</em>' containment reference list.
	 * @see org.mandateworkbench.model.MandatesPackage#getMandateWorkspace_Persons()
	 * @model containment="true"
	 * @generated
	 */
	EList<Person> getPersons();

	/**
	 * Returns the value of the '<em><b>Documents</b></em>' containment reference list.
	 * The list contents are of type {@link org.mandateworkbench.model.Document}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Documents</em>' containment reference list.
	 * @see org.mandateworkbench.model.MandatesPackage#getMandateWorkspace_Documents()
	 * @model containment="true"
	 * @generated
	 */
	EList<Document> getDocuments();

	/**
	 * Returns the value of the '<em><b>Mandates</b></em>' containment reference list.
	 * The list contents are of type {@link org.mandateworkbench.model.Mandate}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Mandates</em>' containment reference list.
	 * @see org.mandateworkbench.model.MandatesPackage#getMandateWorkspace_Mandates()
	 * @model containment="true"
	 * @generated
	 */
	EList<Mandate> getMandates();

	/**
	 * Returns the value of the '<em><b>Indicators</b></em>' containment reference list.
	 * The list contents are of type {@link org.mandateworkbench.model.Indicator}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Indicators</em>' containment reference list.
	 * @see org.mandateworkbench.model.MandatesPackage#getMandateWorkspace_Indicators()
	 * @model containment="true"
	 * @generated
	 */
	EList<Indicator> getIndicators();

} // MandateWorkspace
