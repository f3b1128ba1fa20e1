/**
 */
package org.mandateworkbench.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

import org.eclipse.emf.ecore.util.EObjectResolvingEList;

import org.mandateworkbench.model.Actor;
import org.mandateworkbench.model.Addressees;
import org.mandateworkbench.model.Body;
import org.mandateworkbench.model.MandatesPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Addressees</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.mandateworkbench.model.impl.AddresseesImpl#isAllStatesParties <em>All States Parties</em>}</li>
 *   <li>{@link org.mandateworkbench.model.impl.AddresseesImpl#isSecretariat <em>Secretariat</em>}</li>
 *   <li>{@link org.mandateworkbench.model.impl.AddresseesImpl#getActors <em>Actors</em>}</li>
 *   <li>{@link org.mandateworkbench.model.impl.AddresseesImpl#getBodies <em>Bodies</em>}</li>
 * </ul>
 *
 * @generated
 */
public class AddresseesImpl extends EObjectImpl implements Addressees {
	/**
	 * The default value of the '{@link #isAllStatesParties() <em>All States Parties</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isAllStatesParties()
	 * @generated
	 * @ordered
	 */
	protected static final boolean ALL_STATES_PARTIES_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isAllStatesParties() <em>All States Parties</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isAllStatesParties()
	 * @generated
	 * @ordered
	 */
	protected boolean allStatesParties = ALL_STATES_PARTIES_EDEFAULT;

	/**
	 * The default value of the '{@link #isSecretariat() <em>Secretariat</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSecretariat()
	 * @generated
	 * @ordered
	 */
	protected static final boolean SECRETARIAT_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isSecretariat() <em>Secretariat</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSecretariat()
	 * @generated
	 * @ordered
	 */
	protected boolean secretariat = SECRETARIAT_EDEFAULT;

	/**
	 * The cached value of the '{@link #getActors() <em>Actors</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getActors()
	 * @generated
	 * @ordered
	 */
	protected EList<Actor> actors;

	/**
	 * The cached value of the '{@link #getBodies() <em>Bodies</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBodies()
	 * @generated
	 * @ordered
	 */
	protected EList<Body> bodies;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected AddresseesImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return MandatesPackage.Literals.ADDRESSEES;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isAllStatesParties() {
		return allStatesParties;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAllStatesParties(boolean newAllStatesParties) {
		boolean oldAllStatesParties = allStatesParties;
		allStatesParties = newAllStatesParties;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MandatesPackage.ADDRESSEES__ALL_STATES_PARTIES, oldAllStatesParties, allStatesParties));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSecretariat() {
		return secretariat;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSecretariat(boolean newSecretariat) {
		boolean oldSecretariat = secretariat;
		secretariat = newSecretariat;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MandatesPackage.ADDRESSEES__SECRETARIAT, oldSecretariat, secretariat));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Actor> getActors() {
		if (actors == null) {
			actors = new EObjectResolvingEList<Actor>(Actor.class, this, MandatesPackage.ADDRESSEES__ACTORS);
		}
		return actors;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Body> getBodies() {
		if (bodies == null) {
			bodies = new EObjectResolvingEList<Body>(Body.class, this, MandatesPackage.ADDRESSEES__BODIES);
		}
		return bodies;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case MandatesPackage.ADDRESSEES__ALL_STATES_PARTIES:
				return isAllStatesParties();
			case MandatesPackage.ADDRESSEES__SECRETARIAT:
				return isSecretariat();
			case MandatesPackage.ADDRESSEES__ACTORS:
				return getActors();
			case MandatesPackage.ADDRESSEES__BODIES:
				return getBodies();
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
			case MandatesPackage.ADDRESSEES__ALL_STATES_PARTIES:
				setAllStatesParties((Boolean)newValue);
				return;
			case MandatesPackage.ADDRESSEES__SECRETARIAT:
				setSecretariat((Boolean)newValue);
				return;
			case MandatesPackage.ADDRESSEES__ACTORS:
				getActors().clear();
				getActors().addAll((Collection<? extends Actor>)newValue);
				return;
			case MandatesPackage.ADDRESSEES__BODIES:
				getBodies().clear();
				getBodies().addAll((Collection<? extends Body>)newValue);
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
			case MandatesPackage.ADDRESSEES__ALL_STATES_PARTIES:
				setAllStatesParties(ALL_STATES_PARTIES_EDEFAULT);
				return;
			case MandatesPackage.ADDRESSEES__SECRETARIAT:
				setSecretariat(SECRETARIAT_EDEFAULT);
				return;
			case MandatesPackage.ADDRESSEES__ACTORS:
				getActors().clear();
				return;
			case MandatesPackage.ADDRESSEES__BODIES:
				getBodies().clear();
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
			case MandatesPackage.ADDRESSEES__ALL_STATES_PARTIES:
				return allStatesParties != ALL_STATES_PARTIES_EDEFAULT;
			case MandatesPackage.ADDRESSEES__SECRETARIAT:
				return secretariat != SECRETARIAT_EDEFAULT;
			case MandatesPackage.ADDRESSEES__ACTORS:
				return actors != null && !actors.isEmpty();
			case MandatesPackage.ADDRESSEES__BODIES:
				return bodies != null && !bodies.isEmpty();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (allStatesParties: "); //$NON-NLS-1$
		result.append(allStatesParties);
		result.append(", secretariat: "); //$NON-NLS-1$
		result.append(secretariat);
		result.append(')');
		return result.toString();
	}

} //AddresseesImpl
