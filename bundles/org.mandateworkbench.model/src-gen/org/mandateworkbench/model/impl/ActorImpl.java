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

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.mandateworkbench.model.Actor;
import org.mandateworkbench.model.MandatesPackage;
import org.mandateworkbench.model.MultilingualText;
import org.mandateworkbench.model.PartyStatus;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Actor</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.mandateworkbench.model.impl.ActorImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.mandateworkbench.model.impl.ActorImpl#getPartyStatuses <em>Party Statuses</em>}</li>
 * </ul>
 *
 * @generated
 */
public abstract class ActorImpl extends IdentifiableImpl implements Actor {
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
	 * The cached value of the '{@link #getPartyStatuses() <em>Party Statuses</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPartyStatuses()
	 * @generated
	 * @ordered
	 */
	protected EList<PartyStatus> partyStatuses;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ActorImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return MandatesPackage.Literals.ACTOR;
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
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, MandatesPackage.ACTOR__NAME, oldName, newName);
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
				msgs = ((InternalEObject)name).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - MandatesPackage.ACTOR__NAME, null, msgs);
			if (newName != null)
				msgs = ((InternalEObject)newName).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - MandatesPackage.ACTOR__NAME, null, msgs);
			msgs = basicSetName(newName, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MandatesPackage.ACTOR__NAME, newName, newName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<PartyStatus> getPartyStatuses() {
		if (partyStatuses == null) {
			partyStatuses = new EObjectContainmentEList<PartyStatus>(PartyStatus.class, this, MandatesPackage.ACTOR__PARTY_STATUSES);
		}
		return partyStatuses;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case MandatesPackage.ACTOR__NAME:
				return basicSetName(null, msgs);
			case MandatesPackage.ACTOR__PARTY_STATUSES:
				return ((InternalEList<?>)getPartyStatuses()).basicRemove(otherEnd, msgs);
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
			case MandatesPackage.ACTOR__NAME:
				return getName();
			case MandatesPackage.ACTOR__PARTY_STATUSES:
				return getPartyStatuses();
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
			case MandatesPackage.ACTOR__NAME:
				setName((MultilingualText)newValue);
				return;
			case MandatesPackage.ACTOR__PARTY_STATUSES:
				getPartyStatuses().clear();
				getPartyStatuses().addAll((Collection<? extends PartyStatus>)newValue);
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
			case MandatesPackage.ACTOR__NAME:
				setName((MultilingualText)null);
				return;
			case MandatesPackage.ACTOR__PARTY_STATUSES:
				getPartyStatuses().clear();
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
			case MandatesPackage.ACTOR__NAME:
				return name != null;
			case MandatesPackage.ACTOR__PARTY_STATUSES:
				return partyStatuses != null && !partyStatuses.isEmpty();
		}
		return super.eIsSet(featureID);
	}

} //ActorImpl
