/**
 */
package org.mandateworkbench.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Agenda Item</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A numbered agenda item; sub-items are contained in their item.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.mandateworkbench.model.AgendaItem#getNumber <em>Number</em>}</li>
 *   <li>{@link org.mandateworkbench.model.AgendaItem#getTitle <em>Title</em>}</li>
 *   <li>{@link org.mandateworkbench.model.AgendaItem#getSubItems <em>Sub Items</em>}</li>
 * </ul>
 *
 * @see org.mandateworkbench.model.MandatesPackage#getAgendaItem()
 * @model
 * @generated
 */
public interface AgendaItem extends Identifiable {
	/**
	 * Returns the value of the '<em><b>Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The item's number as printed, e.g. 4 or (a).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Number</em>' attribute.
	 * @see #setNumber(String)
	 * @see org.mandateworkbench.model.MandatesPackage#getAgendaItem_Number()
	 * @model
	 * @generated
	 */
	String getNumber();

	/**
	 * Sets the value of the '{@link org.mandateworkbench.model.AgendaItem#getNumber <em>Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Number</em>' attribute.
	 * @see #getNumber()
	 * @generated
	 */
	void setNumber(String value);

	/**
	 * Returns the value of the '<em><b>Title</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Title</em>' containment reference.
	 * @see #setTitle(MultilingualText)
	 * @see org.mandateworkbench.model.MandatesPackage#getAgendaItem_Title()
	 * @model containment="true"
	 * @generated
	 */
	MultilingualText getTitle();

	/**
	 * Sets the value of the '{@link org.mandateworkbench.model.AgendaItem#getTitle <em>Title</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' containment reference.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(MultilingualText value);

	/**
	 * Returns the value of the '<em><b>Sub Items</b></em>' containment reference list.
	 * The list contents are of type {@link org.mandateworkbench.model.AgendaItem}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Sub Items</em>' containment reference list.
	 * @see org.mandateworkbench.model.MandatesPackage#getAgendaItem_SubItems()
	 * @model containment="true"
	 * @generated
	 */
	EList<AgendaItem> getSubItems();

} // AgendaItem
