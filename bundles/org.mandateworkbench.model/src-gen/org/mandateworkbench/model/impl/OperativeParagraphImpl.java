/**
 */
package org.mandateworkbench.model.impl;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EcoreUtil;

import org.mandateworkbench.model.Addressees;
import org.mandateworkbench.model.MandatesPackage;
import org.mandateworkbench.model.MultilingualText;
import org.mandateworkbench.model.OperativeParagraph;
import org.mandateworkbench.model.Resolution;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Operative Paragraph</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.mandateworkbench.model.impl.OperativeParagraphImpl#getResolution <em>Resolution</em>}</li>
 *   <li>{@link org.mandateworkbench.model.impl.OperativeParagraphImpl#getNumber <em>Number</em>}</li>
 *   <li>{@link org.mandateworkbench.model.impl.OperativeParagraphImpl#getText <em>Text</em>}</li>
 *   <li>{@link org.mandateworkbench.model.impl.OperativeParagraphImpl#getAddressees <em>Addressees</em>}</li>
 * </ul>
 *
 * @generated
 */
public class OperativeParagraphImpl extends IdentifiableImpl implements OperativeParagraph {
	/**
	 * The default value of the '{@link #getNumber() <em>Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNumber()
	 * @generated
	 * @ordered
	 */
	protected static final int NUMBER_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getNumber() <em>Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNumber()
	 * @generated
	 * @ordered
	 */
	protected int number = NUMBER_EDEFAULT;

	/**
	 * The cached value of the '{@link #getText() <em>Text</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getText()
	 * @generated
	 * @ordered
	 */
	protected MultilingualText text;

	/**
	 * The cached value of the '{@link #getAddressees() <em>Addressees</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAddressees()
	 * @generated
	 * @ordered
	 */
	protected Addressees addressees;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected OperativeParagraphImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return MandatesPackage.Literals.OPERATIVE_PARAGRAPH;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Resolution getResolution() {
		if (eContainerFeatureID() != MandatesPackage.OPERATIVE_PARAGRAPH__RESOLUTION) return null;
		return (Resolution)eInternalContainer();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetResolution(Resolution newResolution, NotificationChain msgs) {
		msgs = eBasicSetContainer((InternalEObject)newResolution, MandatesPackage.OPERATIVE_PARAGRAPH__RESOLUTION, msgs);
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setResolution(Resolution newResolution) {
		if (newResolution != eInternalContainer() || (eContainerFeatureID() != MandatesPackage.OPERATIVE_PARAGRAPH__RESOLUTION && newResolution != null)) {
			if (EcoreUtil.isAncestor(this, newResolution))
				throw new IllegalArgumentException("Recursive containment not allowed for " + toString()); //$NON-NLS-1$
			NotificationChain msgs = null;
			if (eInternalContainer() != null)
				msgs = eBasicRemoveFromContainer(msgs);
			if (newResolution != null)
				msgs = ((InternalEObject)newResolution).eInverseAdd(this, MandatesPackage.RESOLUTION__PARAGRAPHS, Resolution.class, msgs);
			msgs = basicSetResolution(newResolution, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MandatesPackage.OPERATIVE_PARAGRAPH__RESOLUTION, newResolution, newResolution));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getNumber() {
		return number;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNumber(int newNumber) {
		int oldNumber = number;
		number = newNumber;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MandatesPackage.OPERATIVE_PARAGRAPH__NUMBER, oldNumber, number));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MultilingualText getText() {
		return text;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetText(MultilingualText newText, NotificationChain msgs) {
		MultilingualText oldText = text;
		text = newText;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, MandatesPackage.OPERATIVE_PARAGRAPH__TEXT, oldText, newText);
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
	public void setText(MultilingualText newText) {
		if (newText != text) {
			NotificationChain msgs = null;
			if (text != null)
				msgs = ((InternalEObject)text).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - MandatesPackage.OPERATIVE_PARAGRAPH__TEXT, null, msgs);
			if (newText != null)
				msgs = ((InternalEObject)newText).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - MandatesPackage.OPERATIVE_PARAGRAPH__TEXT, null, msgs);
			msgs = basicSetText(newText, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MandatesPackage.OPERATIVE_PARAGRAPH__TEXT, newText, newText));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Addressees getAddressees() {
		return addressees;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetAddressees(Addressees newAddressees, NotificationChain msgs) {
		Addressees oldAddressees = addressees;
		addressees = newAddressees;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, MandatesPackage.OPERATIVE_PARAGRAPH__ADDRESSEES, oldAddressees, newAddressees);
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
	public void setAddressees(Addressees newAddressees) {
		if (newAddressees != addressees) {
			NotificationChain msgs = null;
			if (addressees != null)
				msgs = ((InternalEObject)addressees).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - MandatesPackage.OPERATIVE_PARAGRAPH__ADDRESSEES, null, msgs);
			if (newAddressees != null)
				msgs = ((InternalEObject)newAddressees).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - MandatesPackage.OPERATIVE_PARAGRAPH__ADDRESSEES, null, msgs);
			msgs = basicSetAddressees(newAddressees, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MandatesPackage.OPERATIVE_PARAGRAPH__ADDRESSEES, newAddressees, newAddressees));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseAdd(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case MandatesPackage.OPERATIVE_PARAGRAPH__RESOLUTION:
				if (eInternalContainer() != null)
					msgs = eBasicRemoveFromContainer(msgs);
				return basicSetResolution((Resolution)otherEnd, msgs);
		}
		return super.eInverseAdd(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case MandatesPackage.OPERATIVE_PARAGRAPH__RESOLUTION:
				return basicSetResolution(null, msgs);
			case MandatesPackage.OPERATIVE_PARAGRAPH__TEXT:
				return basicSetText(null, msgs);
			case MandatesPackage.OPERATIVE_PARAGRAPH__ADDRESSEES:
				return basicSetAddressees(null, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eBasicRemoveFromContainerFeature(NotificationChain msgs) {
		switch (eContainerFeatureID()) {
			case MandatesPackage.OPERATIVE_PARAGRAPH__RESOLUTION:
				return eInternalContainer().eInverseRemove(this, MandatesPackage.RESOLUTION__PARAGRAPHS, Resolution.class, msgs);
		}
		return super.eBasicRemoveFromContainerFeature(msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case MandatesPackage.OPERATIVE_PARAGRAPH__RESOLUTION:
				return getResolution();
			case MandatesPackage.OPERATIVE_PARAGRAPH__NUMBER:
				return getNumber();
			case MandatesPackage.OPERATIVE_PARAGRAPH__TEXT:
				return getText();
			case MandatesPackage.OPERATIVE_PARAGRAPH__ADDRESSEES:
				return getAddressees();
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
			case MandatesPackage.OPERATIVE_PARAGRAPH__RESOLUTION:
				setResolution((Resolution)newValue);
				return;
			case MandatesPackage.OPERATIVE_PARAGRAPH__NUMBER:
				setNumber((Integer)newValue);
				return;
			case MandatesPackage.OPERATIVE_PARAGRAPH__TEXT:
				setText((MultilingualText)newValue);
				return;
			case MandatesPackage.OPERATIVE_PARAGRAPH__ADDRESSEES:
				setAddressees((Addressees)newValue);
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
			case MandatesPackage.OPERATIVE_PARAGRAPH__RESOLUTION:
				setResolution((Resolution)null);
				return;
			case MandatesPackage.OPERATIVE_PARAGRAPH__NUMBER:
				setNumber(NUMBER_EDEFAULT);
				return;
			case MandatesPackage.OPERATIVE_PARAGRAPH__TEXT:
				setText((MultilingualText)null);
				return;
			case MandatesPackage.OPERATIVE_PARAGRAPH__ADDRESSEES:
				setAddressees((Addressees)null);
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
			case MandatesPackage.OPERATIVE_PARAGRAPH__RESOLUTION:
				return getResolution() != null;
			case MandatesPackage.OPERATIVE_PARAGRAPH__NUMBER:
				return number != NUMBER_EDEFAULT;
			case MandatesPackage.OPERATIVE_PARAGRAPH__TEXT:
				return text != null;
			case MandatesPackage.OPERATIVE_PARAGRAPH__ADDRESSEES:
				return addressees != null;
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
		result.append(" (number: "); //$NON-NLS-1$
		result.append(number);
		result.append(')');
		return result.toString();
	}

} //OperativeParagraphImpl
