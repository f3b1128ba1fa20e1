/**
 */
package org.mandateworkbench.model.impl;

import java.time.LocalDate;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectContainmentWithInverseEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.mandateworkbench.model.Addressees;
import org.mandateworkbench.model.MandatesPackage;
import org.mandateworkbench.model.NoteVerbale;
import org.mandateworkbench.model.StateResponse;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Note Verbale</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.mandateworkbench.model.impl.NoteVerbaleImpl#getReference <em>Reference</em>}</li>
 *   <li>{@link org.mandateworkbench.model.impl.NoteVerbaleImpl#getTopics <em>Topics</em>}</li>
 *   <li>{@link org.mandateworkbench.model.impl.NoteVerbaleImpl#getReplyDeadline <em>Reply Deadline</em>}</li>
 *   <li>{@link org.mandateworkbench.model.impl.NoteVerbaleImpl#getAddressees <em>Addressees</em>}</li>
 *   <li>{@link org.mandateworkbench.model.impl.NoteVerbaleImpl#getResponses <em>Responses</em>}</li>
 * </ul>
 *
 * @generated
 */
public class NoteVerbaleImpl extends MandateActionImpl implements NoteVerbale {
	/**
	 * The default value of the '{@link #getReference() <em>Reference</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReference()
	 * @generated
	 * @ordered
	 */
	protected static final String REFERENCE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getReference() <em>Reference</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReference()
	 * @generated
	 * @ordered
	 */
	protected String reference = REFERENCE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getTopics() <em>Topics</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTopics()
	 * @generated
	 * @ordered
	 */
	protected EList<String> topics;

	/**
	 * The default value of the '{@link #getReplyDeadline() <em>Reply Deadline</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReplyDeadline()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate REPLY_DEADLINE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getReplyDeadline() <em>Reply Deadline</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReplyDeadline()
	 * @generated
	 * @ordered
	 */
	protected LocalDate replyDeadline = REPLY_DEADLINE_EDEFAULT;

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
	 * The cached value of the '{@link #getResponses() <em>Responses</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResponses()
	 * @generated
	 * @ordered
	 */
	protected EList<StateResponse> responses;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected NoteVerbaleImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return MandatesPackage.Literals.NOTE_VERBALE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getReference() {
		return reference;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReference(String newReference) {
		String oldReference = reference;
		reference = newReference;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MandatesPackage.NOTE_VERBALE__REFERENCE, oldReference, reference));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getTopics() {
		if (topics == null) {
			topics = new EDataTypeUniqueEList<String>(String.class, this, MandatesPackage.NOTE_VERBALE__TOPICS);
		}
		return topics;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getReplyDeadline() {
		return replyDeadline;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReplyDeadline(LocalDate newReplyDeadline) {
		LocalDate oldReplyDeadline = replyDeadline;
		replyDeadline = newReplyDeadline;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MandatesPackage.NOTE_VERBALE__REPLY_DEADLINE, oldReplyDeadline, replyDeadline));
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
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, MandatesPackage.NOTE_VERBALE__ADDRESSEES, oldAddressees, newAddressees);
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
				msgs = ((InternalEObject)addressees).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - MandatesPackage.NOTE_VERBALE__ADDRESSEES, null, msgs);
			if (newAddressees != null)
				msgs = ((InternalEObject)newAddressees).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - MandatesPackage.NOTE_VERBALE__ADDRESSEES, null, msgs);
			msgs = basicSetAddressees(newAddressees, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MandatesPackage.NOTE_VERBALE__ADDRESSEES, newAddressees, newAddressees));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<StateResponse> getResponses() {
		if (responses == null) {
			responses = new EObjectContainmentWithInverseEList<StateResponse>(StateResponse.class, this, MandatesPackage.NOTE_VERBALE__RESPONSES, MandatesPackage.STATE_RESPONSE__NOTE_VERBALE);
		}
		return responses;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public NotificationChain eInverseAdd(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case MandatesPackage.NOTE_VERBALE__RESPONSES:
				return ((InternalEList<InternalEObject>)(InternalEList<?>)getResponses()).basicAdd(otherEnd, msgs);
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
			case MandatesPackage.NOTE_VERBALE__ADDRESSEES:
				return basicSetAddressees(null, msgs);
			case MandatesPackage.NOTE_VERBALE__RESPONSES:
				return ((InternalEList<?>)getResponses()).basicRemove(otherEnd, msgs);
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
			case MandatesPackage.NOTE_VERBALE__REFERENCE:
				return getReference();
			case MandatesPackage.NOTE_VERBALE__TOPICS:
				return getTopics();
			case MandatesPackage.NOTE_VERBALE__REPLY_DEADLINE:
				return getReplyDeadline();
			case MandatesPackage.NOTE_VERBALE__ADDRESSEES:
				return getAddressees();
			case MandatesPackage.NOTE_VERBALE__RESPONSES:
				return getResponses();
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
			case MandatesPackage.NOTE_VERBALE__REFERENCE:
				setReference((String)newValue);
				return;
			case MandatesPackage.NOTE_VERBALE__TOPICS:
				getTopics().clear();
				getTopics().addAll((Collection<? extends String>)newValue);
				return;
			case MandatesPackage.NOTE_VERBALE__REPLY_DEADLINE:
				setReplyDeadline((LocalDate)newValue);
				return;
			case MandatesPackage.NOTE_VERBALE__ADDRESSEES:
				setAddressees((Addressees)newValue);
				return;
			case MandatesPackage.NOTE_VERBALE__RESPONSES:
				getResponses().clear();
				getResponses().addAll((Collection<? extends StateResponse>)newValue);
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
			case MandatesPackage.NOTE_VERBALE__REFERENCE:
				setReference(REFERENCE_EDEFAULT);
				return;
			case MandatesPackage.NOTE_VERBALE__TOPICS:
				getTopics().clear();
				return;
			case MandatesPackage.NOTE_VERBALE__REPLY_DEADLINE:
				setReplyDeadline(REPLY_DEADLINE_EDEFAULT);
				return;
			case MandatesPackage.NOTE_VERBALE__ADDRESSEES:
				setAddressees((Addressees)null);
				return;
			case MandatesPackage.NOTE_VERBALE__RESPONSES:
				getResponses().clear();
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
			case MandatesPackage.NOTE_VERBALE__REFERENCE:
				return REFERENCE_EDEFAULT == null ? reference != null : !REFERENCE_EDEFAULT.equals(reference);
			case MandatesPackage.NOTE_VERBALE__TOPICS:
				return topics != null && !topics.isEmpty();
			case MandatesPackage.NOTE_VERBALE__REPLY_DEADLINE:
				return REPLY_DEADLINE_EDEFAULT == null ? replyDeadline != null : !REPLY_DEADLINE_EDEFAULT.equals(replyDeadline);
			case MandatesPackage.NOTE_VERBALE__ADDRESSEES:
				return addressees != null;
			case MandatesPackage.NOTE_VERBALE__RESPONSES:
				return responses != null && !responses.isEmpty();
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
		result.append(" (reference: "); //$NON-NLS-1$
		result.append(reference);
		result.append(", topics: "); //$NON-NLS-1$
		result.append(topics);
		result.append(", replyDeadline: "); //$NON-NLS-1$
		result.append(replyDeadline);
		result.append(')');
		return result.toString();
	}

} //NoteVerbaleImpl
