/**
 */
package org.mandateworkbench.model;

import java.time.LocalDate;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Instrument</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A treaty such as UNCAC or UNTOC.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.mandateworkbench.model.Instrument#getAcronym <em>Acronym</em>}</li>
 *   <li>{@link org.mandateworkbench.model.Instrument#getName <em>Name</em>}</li>
 *   <li>{@link org.mandateworkbench.model.Instrument#getAdoptionDate <em>Adoption Date</em>}</li>
 *   <li>{@link org.mandateworkbench.model.Instrument#getEntryIntoForceDate <em>Entry Into Force Date</em>}</li>
 * </ul>
 *
 * @see org.mandateworkbench.model.MandatesPackage#getInstrument()
 * @model
 * @generated
 */
public interface Instrument extends Identifiable {
	/**
	 * Returns the value of the '<em><b>Acronym</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Short name, e.g. UNCAC.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Acronym</em>' attribute.
	 * @see #setAcronym(String)
	 * @see org.mandateworkbench.model.MandatesPackage#getInstrument_Acronym()
	 * @model required="true"
	 * @generated
	 */
	String getAcronym();

	/**
	 * Sets the value of the '{@link org.mandateworkbench.model.Instrument#getAcronym <em>Acronym</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Acronym</em>' attribute.
	 * @see #getAcronym()
	 * @generated
	 */
	void setAcronym(String value);

	/**
	 * Returns the value of the '<em><b>Name</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' containment reference.
	 * @see #setName(MultilingualText)
	 * @see org.mandateworkbench.model.MandatesPackage#getInstrument_Name()
	 * @model containment="true"
	 * @generated
	 */
	MultilingualText getName();

	/**
	 * Sets the value of the '{@link org.mandateworkbench.model.Instrument#getName <em>Name</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' containment reference.
	 * @see #getName()
	 * @generated
	 */
	void setName(MultilingualText value);

	/**
	 * Returns the value of the '<em><b>Adoption Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Adoption Date</em>' attribute.
	 * @see #setAdoptionDate(LocalDate)
	 * @see org.mandateworkbench.model.MandatesPackage#getInstrument_AdoptionDate()
	 * @model dataType="org.mandateworkbench.model.LocalDate"
	 * @generated
	 */
	LocalDate getAdoptionDate();

	/**
	 * Sets the value of the '{@link org.mandateworkbench.model.Instrument#getAdoptionDate <em>Adoption Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Adoption Date</em>' attribute.
	 * @see #getAdoptionDate()
	 * @generated
	 */
	void setAdoptionDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Entry Into Force Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Entry Into Force Date</em>' attribute.
	 * @see #setEntryIntoForceDate(LocalDate)
	 * @see org.mandateworkbench.model.MandatesPackage#getInstrument_EntryIntoForceDate()
	 * @model dataType="org.mandateworkbench.model.LocalDate"
	 * @generated
	 */
	LocalDate getEntryIntoForceDate();

	/**
	 * Sets the value of the '{@link org.mandateworkbench.model.Instrument#getEntryIntoForceDate <em>Entry Into Force Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Entry Into Force Date</em>' attribute.
	 * @see #getEntryIntoForceDate()
	 * @generated
	 */
	void setEntryIntoForceDate(LocalDate value);

} // Instrument
