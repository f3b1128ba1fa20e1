/**
 */
package org.mandateworkbench.model.impl;

import java.time.LocalDate;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.mandateworkbench.model.MandatesPackage;
import org.mandateworkbench.model.NoteVerbale;
import org.mandateworkbench.model.NoteVerbaleReminder;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Note Verbale Reminder</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.mandateworkbench.model.impl.NoteVerbaleReminderImpl#getReminded <em>Reminded</em>}</li>
 *   <li>{@link org.mandateworkbench.model.impl.NoteVerbaleReminderImpl#getReference <em>Reference</em>}</li>
 *   <li>{@link org.mandateworkbench.model.impl.NoteVerbaleReminderImpl#getReplyDeadline <em>Reply Deadline</em>}</li>
 * </ul>
 *
 * @generated
 */
public class NoteVerbaleReminderImpl extends MandateActionImpl implements NoteVerbaleReminder {
	/**
	 * The cached value of the '{@link #getReminded() <em>Reminded</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReminded()
	 * @generated
	 * @ordered
	 */
	protected NoteVerbale reminded;

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
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected NoteVerbaleReminderImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return MandatesPackage.Literals.NOTE_VERBALE_REMINDER;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NoteVerbale getReminded() {
		if (reminded != null && reminded.eIsProxy()) {
			InternalEObject oldReminded = (InternalEObject)reminded;
			reminded = (NoteVerbale)eResolveProxy(oldReminded);
			if (reminded != oldReminded) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, MandatesPackage.NOTE_VERBALE_REMINDER__REMINDED, oldReminded, reminded));
			}
		}
		return reminded;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NoteVerbale basicGetReminded() {
		return reminded;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReminded(NoteVerbale newReminded) {
		NoteVerbale oldReminded = reminded;
		reminded = newReminded;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MandatesPackage.NOTE_VERBALE_REMINDER__REMINDED, oldReminded, reminded));
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
			eNotify(new ENotificationImpl(this, Notification.SET, MandatesPackage.NOTE_VERBALE_REMINDER__REFERENCE, oldReference, reference));
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
			eNotify(new ENotificationImpl(this, Notification.SET, MandatesPackage.NOTE_VERBALE_REMINDER__REPLY_DEADLINE, oldReplyDeadline, replyDeadline));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case MandatesPackage.NOTE_VERBALE_REMINDER__REMINDED:
				if (resolve) return getReminded();
				return basicGetReminded();
			case MandatesPackage.NOTE_VERBALE_REMINDER__REFERENCE:
				return getReference();
			case MandatesPackage.NOTE_VERBALE_REMINDER__REPLY_DEADLINE:
				return getReplyDeadline();
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
			case MandatesPackage.NOTE_VERBALE_REMINDER__REMINDED:
				setReminded((NoteVerbale)newValue);
				return;
			case MandatesPackage.NOTE_VERBALE_REMINDER__REFERENCE:
				setReference((String)newValue);
				return;
			case MandatesPackage.NOTE_VERBALE_REMINDER__REPLY_DEADLINE:
				setReplyDeadline((LocalDate)newValue);
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
			case MandatesPackage.NOTE_VERBALE_REMINDER__REMINDED:
				setReminded((NoteVerbale)null);
				return;
			case MandatesPackage.NOTE_VERBALE_REMINDER__REFERENCE:
				setReference(REFERENCE_EDEFAULT);
				return;
			case MandatesPackage.NOTE_VERBALE_REMINDER__REPLY_DEADLINE:
				setReplyDeadline(REPLY_DEADLINE_EDEFAULT);
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
			case MandatesPackage.NOTE_VERBALE_REMINDER__REMINDED:
				return reminded != null;
			case MandatesPackage.NOTE_VERBALE_REMINDER__REFERENCE:
				return REFERENCE_EDEFAULT == null ? reference != null : !REFERENCE_EDEFAULT.equals(reference);
			case MandatesPackage.NOTE_VERBALE_REMINDER__REPLY_DEADLINE:
				return REPLY_DEADLINE_EDEFAULT == null ? replyDeadline != null : !REPLY_DEADLINE_EDEFAULT.equals(replyDeadline);
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
		result.append(", replyDeadline: "); //$NON-NLS-1$
		result.append(replyDeadline);
		result.append(')');
		return result.toString();
	}

} //NoteVerbaleReminderImpl
