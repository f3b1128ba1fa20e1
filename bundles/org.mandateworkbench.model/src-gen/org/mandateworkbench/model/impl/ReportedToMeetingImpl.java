/**
 */
package org.mandateworkbench.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.mandateworkbench.model.AgendaItem;
import org.mandateworkbench.model.Document;
import org.mandateworkbench.model.MandatesPackage;
import org.mandateworkbench.model.Meeting;
import org.mandateworkbench.model.ReportedToMeeting;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Reported To Meeting</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.mandateworkbench.model.impl.ReportedToMeetingImpl#getMeeting <em>Meeting</em>}</li>
 *   <li>{@link org.mandateworkbench.model.impl.ReportedToMeetingImpl#getAgendaItem <em>Agenda Item</em>}</li>
 *   <li>{@link org.mandateworkbench.model.impl.ReportedToMeetingImpl#getDocument <em>Document</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ReportedToMeetingImpl extends MandateActionImpl implements ReportedToMeeting {
	/**
	 * The cached value of the '{@link #getMeeting() <em>Meeting</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMeeting()
	 * @generated
	 * @ordered
	 */
	protected Meeting meeting;

	/**
	 * The cached value of the '{@link #getAgendaItem() <em>Agenda Item</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAgendaItem()
	 * @generated
	 * @ordered
	 */
	protected AgendaItem agendaItem;

	/**
	 * The cached value of the '{@link #getDocument() <em>Document</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDocument()
	 * @generated
	 * @ordered
	 */
	protected Document document;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ReportedToMeetingImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return MandatesPackage.Literals.REPORTED_TO_MEETING;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Meeting getMeeting() {
		if (meeting != null && meeting.eIsProxy()) {
			InternalEObject oldMeeting = (InternalEObject)meeting;
			meeting = (Meeting)eResolveProxy(oldMeeting);
			if (meeting != oldMeeting) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, MandatesPackage.REPORTED_TO_MEETING__MEETING, oldMeeting, meeting));
			}
		}
		return meeting;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Meeting basicGetMeeting() {
		return meeting;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMeeting(Meeting newMeeting) {
		Meeting oldMeeting = meeting;
		meeting = newMeeting;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MandatesPackage.REPORTED_TO_MEETING__MEETING, oldMeeting, meeting));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AgendaItem getAgendaItem() {
		if (agendaItem != null && agendaItem.eIsProxy()) {
			InternalEObject oldAgendaItem = (InternalEObject)agendaItem;
			agendaItem = (AgendaItem)eResolveProxy(oldAgendaItem);
			if (agendaItem != oldAgendaItem) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, MandatesPackage.REPORTED_TO_MEETING__AGENDA_ITEM, oldAgendaItem, agendaItem));
			}
		}
		return agendaItem;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public AgendaItem basicGetAgendaItem() {
		return agendaItem;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAgendaItem(AgendaItem newAgendaItem) {
		AgendaItem oldAgendaItem = agendaItem;
		agendaItem = newAgendaItem;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MandatesPackage.REPORTED_TO_MEETING__AGENDA_ITEM, oldAgendaItem, agendaItem));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Document getDocument() {
		if (document != null && document.eIsProxy()) {
			InternalEObject oldDocument = (InternalEObject)document;
			document = (Document)eResolveProxy(oldDocument);
			if (document != oldDocument) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, MandatesPackage.REPORTED_TO_MEETING__DOCUMENT, oldDocument, document));
			}
		}
		return document;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Document basicGetDocument() {
		return document;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDocument(Document newDocument) {
		Document oldDocument = document;
		document = newDocument;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MandatesPackage.REPORTED_TO_MEETING__DOCUMENT, oldDocument, document));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case MandatesPackage.REPORTED_TO_MEETING__MEETING:
				if (resolve) return getMeeting();
				return basicGetMeeting();
			case MandatesPackage.REPORTED_TO_MEETING__AGENDA_ITEM:
				if (resolve) return getAgendaItem();
				return basicGetAgendaItem();
			case MandatesPackage.REPORTED_TO_MEETING__DOCUMENT:
				if (resolve) return getDocument();
				return basicGetDocument();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case MandatesPackage.REPORTED_TO_MEETING__MEETING:
				setMeeting((Meeting)newValue);
				return;
			case MandatesPackage.REPORTED_TO_MEETING__AGENDA_ITEM:
				setAgendaItem((AgendaItem)newValue);
				return;
			case MandatesPackage.REPORTED_TO_MEETING__DOCUMENT:
				setDocument((Document)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case MandatesPackage.REPORTED_TO_MEETING__MEETING:
				setMeeting((Meeting)null);
				return;
			case MandatesPackage.REPORTED_TO_MEETING__AGENDA_ITEM:
				setAgendaItem((AgendaItem)null);
				return;
			case MandatesPackage.REPORTED_TO_MEETING__DOCUMENT:
				setDocument((Document)null);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case MandatesPackage.REPORTED_TO_MEETING__MEETING:
				return meeting != null;
			case MandatesPackage.REPORTED_TO_MEETING__AGENDA_ITEM:
				return agendaItem != null;
			case MandatesPackage.REPORTED_TO_MEETING__DOCUMENT:
				return document != null;
		}
		return super.eIsSet(featureID);
	}

} //ReportedToMeetingImpl
