/**
 */
package org.mandateworkbench.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.EObjectImpl;

import org.eclipse.emf.ecore.util.EObjectResolvingEList;

import org.mandateworkbench.model.Attendance;
import org.mandateworkbench.model.MandatesPackage;
import org.mandateworkbench.model.Organization;
import org.mandateworkbench.model.State;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Attendance</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.mandateworkbench.model.impl.AttendanceImpl#getStates <em>States</em>}</li>
 *   <li>{@link org.mandateworkbench.model.impl.AttendanceImpl#getObserverStates <em>Observer States</em>}</li>
 *   <li>{@link org.mandateworkbench.model.impl.AttendanceImpl#getOrganizations <em>Organizations</em>}</li>
 * </ul>
 *
 * @generated
 */
public class AttendanceImpl extends EObjectImpl implements Attendance {
	/**
	 * The cached value of the '{@link #getStates() <em>States</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStates()
	 * @generated
	 * @ordered
	 */
	protected EList<State> states;

	/**
	 * The cached value of the '{@link #getObserverStates() <em>Observer States</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getObserverStates()
	 * @generated
	 * @ordered
	 */
	protected EList<State> observerStates;

	/**
	 * The cached value of the '{@link #getOrganizations() <em>Organizations</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOrganizations()
	 * @generated
	 * @ordered
	 */
	protected EList<Organization> organizations;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected AttendanceImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return MandatesPackage.Literals.ATTENDANCE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<State> getStates() {
		if (states == null) {
			states = new EObjectResolvingEList<State>(State.class, this, MandatesPackage.ATTENDANCE__STATES);
		}
		return states;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<State> getObserverStates() {
		if (observerStates == null) {
			observerStates = new EObjectResolvingEList<State>(State.class, this, MandatesPackage.ATTENDANCE__OBSERVER_STATES);
		}
		return observerStates;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Organization> getOrganizations() {
		if (organizations == null) {
			organizations = new EObjectResolvingEList<Organization>(Organization.class, this, MandatesPackage.ATTENDANCE__ORGANIZATIONS);
		}
		return organizations;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case MandatesPackage.ATTENDANCE__STATES:
				return getStates();
			case MandatesPackage.ATTENDANCE__OBSERVER_STATES:
				return getObserverStates();
			case MandatesPackage.ATTENDANCE__ORGANIZATIONS:
				return getOrganizations();
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
			case MandatesPackage.ATTENDANCE__STATES:
				getStates().clear();
				getStates().addAll((Collection<? extends State>)newValue);
				return;
			case MandatesPackage.ATTENDANCE__OBSERVER_STATES:
				getObserverStates().clear();
				getObserverStates().addAll((Collection<? extends State>)newValue);
				return;
			case MandatesPackage.ATTENDANCE__ORGANIZATIONS:
				getOrganizations().clear();
				getOrganizations().addAll((Collection<? extends Organization>)newValue);
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
			case MandatesPackage.ATTENDANCE__STATES:
				getStates().clear();
				return;
			case MandatesPackage.ATTENDANCE__OBSERVER_STATES:
				getObserverStates().clear();
				return;
			case MandatesPackage.ATTENDANCE__ORGANIZATIONS:
				getOrganizations().clear();
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
			case MandatesPackage.ATTENDANCE__STATES:
				return states != null && !states.isEmpty();
			case MandatesPackage.ATTENDANCE__OBSERVER_STATES:
				return observerStates != null && !observerStates.isEmpty();
			case MandatesPackage.ATTENDANCE__ORGANIZATIONS:
				return organizations != null && !organizations.isEmpty();
		}
		return super.eIsSet(featureID);
	}

} //AttendanceImpl
