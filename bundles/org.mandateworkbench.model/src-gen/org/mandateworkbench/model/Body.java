/**
 */
package org.mandateworkbench.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Body</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A conference of the parties or one of its subsidiary bodies; holds its meetings.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.mandateworkbench.model.Body#getAcronym <em>Acronym</em>}</li>
 *   <li>{@link org.mandateworkbench.model.Body#getName <em>Name</em>}</li>
 *   <li>{@link org.mandateworkbench.model.Body#getKind <em>Kind</em>}</li>
 *   <li>{@link org.mandateworkbench.model.Body#getInstrument <em>Instrument</em>}</li>
 *   <li>{@link org.mandateworkbench.model.Body#getParent <em>Parent</em>}</li>
 *   <li>{@link org.mandateworkbench.model.Body#getSymbolPrefix <em>Symbol Prefix</em>}</li>
 *   <li>{@link org.mandateworkbench.model.Body#getMeetings <em>Meetings</em>}</li>
 * </ul>
 *
 * @see org.mandateworkbench.model.MandatesPackage#getBody()
 * @model
 * @generated
 */
public interface Body extends Identifiable {
	/**
	 * Returns the value of the '<em><b>Acronym</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Short name, e.g. COSP, IRG, EG.1.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Acronym</em>' attribute.
	 * @see #setAcronym(String)
	 * @see org.mandateworkbench.model.MandatesPackage#getBody_Acronym()
	 * @model required="true"
	 * @generated
	 */
	String getAcronym();

	/**
	 * Sets the value of the '{@link org.mandateworkbench.model.Body#getAcronym <em>Acronym</em>}' attribute.
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
	 * @see org.mandateworkbench.model.MandatesPackage#getBody_Name()
	 * @model containment="true"
	 * @generated
	 */
	MultilingualText getName();

	/**
	 * Sets the value of the '{@link org.mandateworkbench.model.Body#getName <em>Name</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' containment reference.
	 * @see #getName()
	 * @generated
	 */
	void setName(MultilingualText value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.mandateworkbench.model.BodyKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.mandateworkbench.model.BodyKind
	 * @see #setKind(BodyKind)
	 * @see org.mandateworkbench.model.MandatesPackage#getBody_Kind()
	 * @model
	 * @generated
	 */
	BodyKind getKind();

	/**
	 * Sets the value of the '{@link org.mandateworkbench.model.Body#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.mandateworkbench.model.BodyKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(BodyKind value);

	/**
	 * Returns the value of the '<em><b>Instrument</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Instrument</em>' reference.
	 * @see #setInstrument(Instrument)
	 * @see org.mandateworkbench.model.MandatesPackage#getBody_Instrument()
	 * @model
	 * @generated
	 */
	Instrument getInstrument();

	/**
	 * Sets the value of the '{@link org.mandateworkbench.model.Body#getInstrument <em>Instrument</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Instrument</em>' reference.
	 * @see #getInstrument()
	 * @generated
	 */
	void setInstrument(Instrument value);

	/**
	 * Returns the value of the '<em><b>Parent</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The governing body a subsidiary body reports to.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Parent</em>' reference.
	 * @see #setParent(Body)
	 * @see org.mandateworkbench.model.MandatesPackage#getBody_Parent()
	 * @model
	 * @generated
	 */
	Body getParent();

	/**
	 * Sets the value of the '{@link org.mandateworkbench.model.Body#getParent <em>Parent</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Parent</em>' reference.
	 * @see #getParent()
	 * @generated
	 */
	void setParent(Body value);

	/**
	 * Returns the value of the '<em><b>Symbol Prefix</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Series of the body's document symbols, e.g. CAC/COSP/EG.1 or CTOC/COP/WG.3.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Symbol Prefix</em>' attribute.
	 * @see #setSymbolPrefix(String)
	 * @see org.mandateworkbench.model.MandatesPackage#getBody_SymbolPrefix()
	 * @model
	 * @generated
	 */
	String getSymbolPrefix();

	/**
	 * Sets the value of the '{@link org.mandateworkbench.model.Body#getSymbolPrefix <em>Symbol Prefix</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Symbol Prefix</em>' attribute.
	 * @see #getSymbolPrefix()
	 * @generated
	 */
	void setSymbolPrefix(String value);

	/**
	 * Returns the value of the '<em><b>Meetings</b></em>' containment reference list.
	 * The list contents are of type {@link org.mandateworkbench.model.Meeting}.
	 * It is bidirectional and its opposite is '{@link org.mandateworkbench.model.Meeting#getBody <em>Body</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Meetings</em>' containment reference list.
	 * @see org.mandateworkbench.model.MandatesPackage#getBody_Meetings()
	 * @see org.mandateworkbench.model.Meeting#getBody
	 * @model opposite="body" containment="true"
	 * @generated
	 */
	EList<Meeting> getMeetings();

} // Body
