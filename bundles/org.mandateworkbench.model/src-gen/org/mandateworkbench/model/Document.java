/**
 */
package org.mandateworkbench.model;

import java.time.LocalDate;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

import org.mandateworkbench.model.symbol.DocumentSymbol;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Document</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A UN document, keyed by its symbol.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.mandateworkbench.model.Document#getSymbol <em>Symbol</em>}</li>
 *   <li>{@link org.mandateworkbench.model.Document#getKey <em>Key</em>}</li>
 *   <li>{@link org.mandateworkbench.model.Document#getType <em>Type</em>}</li>
 *   <li>{@link org.mandateworkbench.model.Document#getDistribution <em>Distribution</em>}</li>
 *   <li>{@link org.mandateworkbench.model.Document#getDate <em>Date</em>}</li>
 *   <li>{@link org.mandateworkbench.model.Document#getMeeting <em>Meeting</em>}</li>
 *   <li>{@link org.mandateworkbench.model.Document#getAgendaItems <em>Agenda Items</em>}</li>
 *   <li>{@link org.mandateworkbench.model.Document#getVersions <em>Versions</em>}</li>
 *   <li>{@link org.mandateworkbench.model.Document#getCites <em>Cites</em>}</li>
 *   <li>{@link org.mandateworkbench.model.Document#getSupersedes <em>Supersedes</em>}</li>
 * </ul>
 *
 * @see org.mandateworkbench.model.MandatesPackage#getDocument()
 * @model
 * @generated
 */
public interface Document extends EObject {
	/**
	 * Returns the value of the '<em><b>Symbol</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Symbol</em>' attribute.
	 * @see #setSymbol(DocumentSymbol)
	 * @see org.mandateworkbench.model.MandatesPackage#getDocument_Symbol()
	 * @model dataType="org.mandateworkbench.model.DocumentSymbol" required="true"
	 * @generated
	 */
	DocumentSymbol getSymbol();

	/**
	 * Sets the value of the '{@link org.mandateworkbench.model.Document#getSymbol <em>Symbol</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Symbol</em>' attribute.
	 * @see #getSymbol()
	 * @generated
	 */
	void setSymbol(DocumentSymbol value);

	/**
	 * Returns the value of the '<em><b>Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The document's key in XMI and across resources: the symbol's normalized key (upper case, no spaces), e.g. S/RES/2462(2019).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Key</em>' attribute.
	 * @see org.mandateworkbench.model.MandatesPackage#getDocument_Key()
	 * @model id="true" transient="true" changeable="false" volatile="true" derived="true"
	 * @generated
	 */
	String getKey();

	/**
	 * Returns the value of the '<em><b>Type</b></em>' attribute.
	 * The literals are from the enumeration {@link org.mandateworkbench.model.DocumentType}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Type</em>' attribute.
	 * @see org.mandateworkbench.model.DocumentType
	 * @see #setType(DocumentType)
	 * @see org.mandateworkbench.model.MandatesPackage#getDocument_Type()
	 * @model
	 * @generated
	 */
	DocumentType getType();

	/**
	 * Sets the value of the '{@link org.mandateworkbench.model.Document#getType <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Type</em>' attribute.
	 * @see org.mandateworkbench.model.DocumentType
	 * @see #getType()
	 * @generated
	 */
	void setType(DocumentType value);

	/**
	 * Returns the value of the '<em><b>Distribution</b></em>' attribute.
	 * The literals are from the enumeration {@link org.mandateworkbench.model.Distribution}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Distribution</em>' attribute.
	 * @see org.mandateworkbench.model.Distribution
	 * @see #setDistribution(Distribution)
	 * @see org.mandateworkbench.model.MandatesPackage#getDocument_Distribution()
	 * @model
	 * @generated
	 */
	Distribution getDistribution();

	/**
	 * Sets the value of the '{@link org.mandateworkbench.model.Document#getDistribution <em>Distribution</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Distribution</em>' attribute.
	 * @see org.mandateworkbench.model.Distribution
	 * @see #getDistribution()
	 * @generated
	 */
	void setDistribution(Distribution value);

	/**
	 * Returns the value of the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Date</em>' attribute.
	 * @see #setDate(LocalDate)
	 * @see org.mandateworkbench.model.MandatesPackage#getDocument_Date()
	 * @model dataType="org.mandateworkbench.model.LocalDate"
	 * @generated
	 */
	LocalDate getDate();

	/**
	 * Sets the value of the '{@link org.mandateworkbench.model.Document#getDate <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Date</em>' attribute.
	 * @see #getDate()
	 * @generated
	 */
	void setDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Meeting</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Meeting</em>' reference.
	 * @see #setMeeting(Meeting)
	 * @see org.mandateworkbench.model.MandatesPackage#getDocument_Meeting()
	 * @model
	 * @generated
	 */
	Meeting getMeeting();

	/**
	 * Sets the value of the '{@link org.mandateworkbench.model.Document#getMeeting <em>Meeting</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Meeting</em>' reference.
	 * @see #getMeeting()
	 * @generated
	 */
	void setMeeting(Meeting value);

	/**
	 * Returns the value of the '<em><b>Agenda Items</b></em>' reference list.
	 * The list contents are of type {@link org.mandateworkbench.model.AgendaItem}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Agenda Items</em>' reference list.
	 * @see org.mandateworkbench.model.MandatesPackage#getDocument_AgendaItems()
	 * @model
	 * @generated
	 */
	EList<AgendaItem> getAgendaItems();

	/**
	 * Returns the value of the '<em><b>Versions</b></em>' containment reference list.
	 * The list contents are of type {@link org.mandateworkbench.model.LanguageVersion}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Versions</em>' containment reference list.
	 * @see org.mandateworkbench.model.MandatesPackage#getDocument_Versions()
	 * @model containment="true"
	 * @generated
	 */
	EList<LanguageVersion> getVersions();

	/**
	 * Returns the value of the '<em><b>Cites</b></em>' reference list.
	 * The list contents are of type {@link org.mandateworkbench.model.Document}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Cites</em>' reference list.
	 * @see org.mandateworkbench.model.MandatesPackage#getDocument_Cites()
	 * @model
	 * @generated
	 */
	EList<Document> getCites();

	/**
	 * Returns the value of the '<em><b>Supersedes</b></em>' reference list.
	 * The list contents are of type {@link org.mandateworkbench.model.Document}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Earlier documents this one replaces, e.g. by a revision.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Supersedes</em>' reference list.
	 * @see org.mandateworkbench.model.MandatesPackage#getDocument_Supersedes()
	 * @model
	 * @generated
	 */
	EList<Document> getSupersedes();

} // Document
