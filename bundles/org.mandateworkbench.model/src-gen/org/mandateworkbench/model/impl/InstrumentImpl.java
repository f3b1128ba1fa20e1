/**
 */
package org.mandateworkbench.model.impl;

import java.time.LocalDate;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.mandateworkbench.model.Instrument;
import org.mandateworkbench.model.MandatesPackage;
import org.mandateworkbench.model.MultilingualText;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Instrument</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.mandateworkbench.model.impl.InstrumentImpl#getAcronym <em>Acronym</em>}</li>
 *   <li>{@link org.mandateworkbench.model.impl.InstrumentImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.mandateworkbench.model.impl.InstrumentImpl#getAdoptionDate <em>Adoption Date</em>}</li>
 *   <li>{@link org.mandateworkbench.model.impl.InstrumentImpl#getEntryIntoForceDate <em>Entry Into Force Date</em>}</li>
 * </ul>
 *
 * @generated
 */
public class InstrumentImpl extends IdentifiableImpl implements Instrument {
	/**
	 * The default value of the '{@link #getAcronym() <em>Acronym</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAcronym()
	 * @generated
	 * @ordered
	 */
	protected static final String ACRONYM_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAcronym() <em>Acronym</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAcronym()
	 * @generated
	 * @ordered
	 */
	protected String acronym = ACRONYM_EDEFAULT;

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
	 * The default value of the '{@link #getAdoptionDate() <em>Adoption Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAdoptionDate()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate ADOPTION_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAdoptionDate() <em>Adoption Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAdoptionDate()
	 * @generated
	 * @ordered
	 */
	protected LocalDate adoptionDate = ADOPTION_DATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getEntryIntoForceDate() <em>Entry Into Force Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEntryIntoForceDate()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate ENTRY_INTO_FORCE_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEntryIntoForceDate() <em>Entry Into Force Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEntryIntoForceDate()
	 * @generated
	 * @ordered
	 */
	protected LocalDate entryIntoForceDate = ENTRY_INTO_FORCE_DATE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected InstrumentImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return MandatesPackage.Literals.INSTRUMENT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAcronym() {
		return acronym;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAcronym(String newAcronym) {
		String oldAcronym = acronym;
		acronym = newAcronym;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MandatesPackage.INSTRUMENT__ACRONYM, oldAcronym, acronym));
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
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, MandatesPackage.INSTRUMENT__NAME, oldName, newName);
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
				msgs = ((InternalEObject)name).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - MandatesPackage.INSTRUMENT__NAME, null, msgs);
			if (newName != null)
				msgs = ((InternalEObject)newName).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - MandatesPackage.INSTRUMENT__NAME, null, msgs);
			msgs = basicSetName(newName, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MandatesPackage.INSTRUMENT__NAME, newName, newName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getAdoptionDate() {
		return adoptionDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAdoptionDate(LocalDate newAdoptionDate) {
		LocalDate oldAdoptionDate = adoptionDate;
		adoptionDate = newAdoptionDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MandatesPackage.INSTRUMENT__ADOPTION_DATE, oldAdoptionDate, adoptionDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getEntryIntoForceDate() {
		return entryIntoForceDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEntryIntoForceDate(LocalDate newEntryIntoForceDate) {
		LocalDate oldEntryIntoForceDate = entryIntoForceDate;
		entryIntoForceDate = newEntryIntoForceDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MandatesPackage.INSTRUMENT__ENTRY_INTO_FORCE_DATE, oldEntryIntoForceDate, entryIntoForceDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case MandatesPackage.INSTRUMENT__NAME:
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
			case MandatesPackage.INSTRUMENT__ACRONYM:
				return getAcronym();
			case MandatesPackage.INSTRUMENT__NAME:
				return getName();
			case MandatesPackage.INSTRUMENT__ADOPTION_DATE:
				return getAdoptionDate();
			case MandatesPackage.INSTRUMENT__ENTRY_INTO_FORCE_DATE:
				return getEntryIntoForceDate();
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
			case MandatesPackage.INSTRUMENT__ACRONYM:
				setAcronym((String)newValue);
				return;
			case MandatesPackage.INSTRUMENT__NAME:
				setName((MultilingualText)newValue);
				return;
			case MandatesPackage.INSTRUMENT__ADOPTION_DATE:
				setAdoptionDate((LocalDate)newValue);
				return;
			case MandatesPackage.INSTRUMENT__ENTRY_INTO_FORCE_DATE:
				setEntryIntoForceDate((LocalDate)newValue);
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
			case MandatesPackage.INSTRUMENT__ACRONYM:
				setAcronym(ACRONYM_EDEFAULT);
				return;
			case MandatesPackage.INSTRUMENT__NAME:
				setName((MultilingualText)null);
				return;
			case MandatesPackage.INSTRUMENT__ADOPTION_DATE:
				setAdoptionDate(ADOPTION_DATE_EDEFAULT);
				return;
			case MandatesPackage.INSTRUMENT__ENTRY_INTO_FORCE_DATE:
				setEntryIntoForceDate(ENTRY_INTO_FORCE_DATE_EDEFAULT);
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
			case MandatesPackage.INSTRUMENT__ACRONYM:
				return ACRONYM_EDEFAULT == null ? acronym != null : !ACRONYM_EDEFAULT.equals(acronym);
			case MandatesPackage.INSTRUMENT__NAME:
				return name != null;
			case MandatesPackage.INSTRUMENT__ADOPTION_DATE:
				return ADOPTION_DATE_EDEFAULT == null ? adoptionDate != null : !ADOPTION_DATE_EDEFAULT.equals(adoptionDate);
			case MandatesPackage.INSTRUMENT__ENTRY_INTO_FORCE_DATE:
				return ENTRY_INTO_FORCE_DATE_EDEFAULT == null ? entryIntoForceDate != null : !ENTRY_INTO_FORCE_DATE_EDEFAULT.equals(entryIntoForceDate);
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
		result.append(" (acronym: "); //$NON-NLS-1$
		result.append(acronym);
		result.append(", adoptionDate: "); //$NON-NLS-1$
		result.append(adoptionDate);
		result.append(", entryIntoForceDate: "); //$NON-NLS-1$
		result.append(entryIntoForceDate);
		result.append(')');
		return result.toString();
	}

} //InstrumentImpl
