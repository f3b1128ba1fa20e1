/**
 */
package org.mandateworkbench.model.impl;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.mandateworkbench.model.MandatesPackage;
import org.mandateworkbench.model.MultilingualText;
import org.mandateworkbench.model.RegionalGroup;
import org.mandateworkbench.model.State;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>State</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.mandateworkbench.model.impl.StateImpl#getIsoCode <em>Iso Code</em>}</li>
 *   <li>{@link org.mandateworkbench.model.impl.StateImpl#getFormalName <em>Formal Name</em>}</li>
 *   <li>{@link org.mandateworkbench.model.impl.StateImpl#getRegionalGroup <em>Regional Group</em>}</li>
 * </ul>
 *
 * @generated
 */
public class StateImpl extends ActorImpl implements State {
	/**
	 * The default value of the '{@link #getIsoCode() <em>Iso Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIsoCode()
	 * @generated
	 * @ordered
	 */
	protected static final String ISO_CODE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getIsoCode() <em>Iso Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIsoCode()
	 * @generated
	 * @ordered
	 */
	protected String isoCode = ISO_CODE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getFormalName() <em>Formal Name</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFormalName()
	 * @generated
	 * @ordered
	 */
	protected MultilingualText formalName;

	/**
	 * The default value of the '{@link #getRegionalGroup() <em>Regional Group</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRegionalGroup()
	 * @generated
	 * @ordered
	 */
	protected static final RegionalGroup REGIONAL_GROUP_EDEFAULT = RegionalGroup.NONE;

	/**
	 * The cached value of the '{@link #getRegionalGroup() <em>Regional Group</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRegionalGroup()
	 * @generated
	 * @ordered
	 */
	protected RegionalGroup regionalGroup = REGIONAL_GROUP_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected StateImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return MandatesPackage.Literals.STATE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getIsoCode() {
		return isoCode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIsoCode(String newIsoCode) {
		String oldIsoCode = isoCode;
		isoCode = newIsoCode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MandatesPackage.STATE__ISO_CODE, oldIsoCode, isoCode));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MultilingualText getFormalName() {
		return formalName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetFormalName(MultilingualText newFormalName, NotificationChain msgs) {
		MultilingualText oldFormalName = formalName;
		formalName = newFormalName;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, MandatesPackage.STATE__FORMAL_NAME, oldFormalName, newFormalName);
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
	public void setFormalName(MultilingualText newFormalName) {
		if (newFormalName != formalName) {
			NotificationChain msgs = null;
			if (formalName != null)
				msgs = ((InternalEObject)formalName).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - MandatesPackage.STATE__FORMAL_NAME, null, msgs);
			if (newFormalName != null)
				msgs = ((InternalEObject)newFormalName).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - MandatesPackage.STATE__FORMAL_NAME, null, msgs);
			msgs = basicSetFormalName(newFormalName, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MandatesPackage.STATE__FORMAL_NAME, newFormalName, newFormalName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RegionalGroup getRegionalGroup() {
		return regionalGroup;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRegionalGroup(RegionalGroup newRegionalGroup) {
		RegionalGroup oldRegionalGroup = regionalGroup;
		regionalGroup = newRegionalGroup == null ? REGIONAL_GROUP_EDEFAULT : newRegionalGroup;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MandatesPackage.STATE__REGIONAL_GROUP, oldRegionalGroup, regionalGroup));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case MandatesPackage.STATE__FORMAL_NAME:
				return basicSetFormalName(null, msgs);
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
			case MandatesPackage.STATE__ISO_CODE:
				return getIsoCode();
			case MandatesPackage.STATE__FORMAL_NAME:
				return getFormalName();
			case MandatesPackage.STATE__REGIONAL_GROUP:
				return getRegionalGroup();
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
			case MandatesPackage.STATE__ISO_CODE:
				setIsoCode((String)newValue);
				return;
			case MandatesPackage.STATE__FORMAL_NAME:
				setFormalName((MultilingualText)newValue);
				return;
			case MandatesPackage.STATE__REGIONAL_GROUP:
				setRegionalGroup((RegionalGroup)newValue);
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
			case MandatesPackage.STATE__ISO_CODE:
				setIsoCode(ISO_CODE_EDEFAULT);
				return;
			case MandatesPackage.STATE__FORMAL_NAME:
				setFormalName((MultilingualText)null);
				return;
			case MandatesPackage.STATE__REGIONAL_GROUP:
				setRegionalGroup(REGIONAL_GROUP_EDEFAULT);
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
			case MandatesPackage.STATE__ISO_CODE:
				return ISO_CODE_EDEFAULT == null ? isoCode != null : !ISO_CODE_EDEFAULT.equals(isoCode);
			case MandatesPackage.STATE__FORMAL_NAME:
				return formalName != null;
			case MandatesPackage.STATE__REGIONAL_GROUP:
				return regionalGroup != REGIONAL_GROUP_EDEFAULT;
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
		result.append(" (isoCode: "); //$NON-NLS-1$
		result.append(isoCode);
		result.append(", regionalGroup: "); //$NON-NLS-1$
		result.append(regionalGroup);
		result.append(')');
		return result.toString();
	}

} //StateImpl
