/**
 */
package org.mandateworkbench.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectResolvingEList;

import org.mandateworkbench.model.ExpertPanel;
import org.mandateworkbench.model.MandatesPackage;
import org.mandateworkbench.model.Meeting;
import org.mandateworkbench.model.MultilingualText;
import org.mandateworkbench.model.Person;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Expert Panel</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.mandateworkbench.model.impl.ExpertPanelImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.mandateworkbench.model.impl.ExpertPanelImpl#getMeeting <em>Meeting</em>}</li>
 *   <li>{@link org.mandateworkbench.model.impl.ExpertPanelImpl#getExperts <em>Experts</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ExpertPanelImpl extends MandateActionImpl implements ExpertPanel {
	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected MultilingualText name;

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
	 * The cached value of the '{@link #getExperts() <em>Experts</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExperts()
	 * @generated
	 * @ordered
	 */
	protected EList<Person> experts;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ExpertPanelImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return MandatesPackage.Literals.EXPERT_PANEL;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MultilingualText getName() {
		return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetName(MultilingualText newName, NotificationChain msgs) {
		MultilingualText oldName = name;
		name = newName;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, MandatesPackage.EXPERT_PANEL__NAME, oldName, newName);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(MultilingualText newName) {
		if (newName != name) {
			NotificationChain msgs = null;
			if (name != null)
				msgs = ((InternalEObject)name).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - MandatesPackage.EXPERT_PANEL__NAME, null, msgs);
			if (newName != null)
				msgs = ((InternalEObject)newName).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - MandatesPackage.EXPERT_PANEL__NAME, null, msgs);
			msgs = basicSetName(newName, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MandatesPackage.EXPERT_PANEL__NAME, newName, newName));
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, MandatesPackage.EXPERT_PANEL__MEETING, oldMeeting, meeting));
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
			eNotify(new ENotificationImpl(this, Notification.SET, MandatesPackage.EXPERT_PANEL__MEETING, oldMeeting, meeting));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Person> getExperts() {
		if (experts == null) {
			experts = new EObjectResolvingEList<Person>(Person.class, this, MandatesPackage.EXPERT_PANEL__EXPERTS);
		}
		return experts;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case MandatesPackage.EXPERT_PANEL__NAME:
				return basicSetName(null, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case MandatesPackage.EXPERT_PANEL__NAME:
				return getName();
			case MandatesPackage.EXPERT_PANEL__MEETING:
				if (resolve) return getMeeting();
				return basicGetMeeting();
			case MandatesPackage.EXPERT_PANEL__EXPERTS:
				return getExperts();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case MandatesPackage.EXPERT_PANEL__NAME:
				setName((MultilingualText)newValue);
				return;
			case MandatesPackage.EXPERT_PANEL__MEETING:
				setMeeting((Meeting)newValue);
				return;
			case MandatesPackage.EXPERT_PANEL__EXPERTS:
				getExperts().clear();
				getExperts().addAll((Collection<? extends Person>)newValue);
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
			case MandatesPackage.EXPERT_PANEL__NAME:
				setName((MultilingualText)null);
				return;
			case MandatesPackage.EXPERT_PANEL__MEETING:
				setMeeting((Meeting)null);
				return;
			case MandatesPackage.EXPERT_PANEL__EXPERTS:
				getExperts().clear();
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
			case MandatesPackage.EXPERT_PANEL__NAME:
				return name != null;
			case MandatesPackage.EXPERT_PANEL__MEETING:
				return meeting != null;
			case MandatesPackage.EXPERT_PANEL__EXPERTS:
				return experts != null && !experts.isEmpty();
		}
		return super.eIsSet(featureID);
	}

} //ExpertPanelImpl
