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
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.util.InternalEList;

import org.mandateworkbench.model.Attachment;
import org.mandateworkbench.model.Classification;
import org.mandateworkbench.model.MandatesPackage;
import org.mandateworkbench.model.NoteVerbale;
import org.mandateworkbench.model.State;
import org.mandateworkbench.model.StateResponse;
import org.mandateworkbench.model.TopicSummary;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>State Response</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.mandateworkbench.model.impl.StateResponseImpl#getNoteVerbale <em>Note Verbale</em>}</li>
 *   <li>{@link org.mandateworkbench.model.impl.StateResponseImpl#getState <em>State</em>}</li>
 *   <li>{@link org.mandateworkbench.model.impl.StateResponseImpl#getReceivedDate <em>Received Date</em>}</li>
 *   <li>{@link org.mandateworkbench.model.impl.StateResponseImpl#getTopics <em>Topics</em>}</li>
 *   <li>{@link org.mandateworkbench.model.impl.StateResponseImpl#isSubstantive <em>Substantive</em>}</li>
 *   <li>{@link org.mandateworkbench.model.impl.StateResponseImpl#getTopicSummaries <em>Topic Summaries</em>}</li>
 *   <li>{@link org.mandateworkbench.model.impl.StateResponseImpl#getAttachments <em>Attachments</em>}</li>
 *   <li>{@link org.mandateworkbench.model.impl.StateResponseImpl#getClassification <em>Classification</em>}</li>
 * </ul>
 *
 * @generated
 */
public class StateResponseImpl extends IdentifiableImpl implements StateResponse {
	/**
	 * The cached value of the '{@link #getState() <em>State</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getState()
	 * @generated
	 * @ordered
	 */
	protected State state;

	/**
	 * The default value of the '{@link #getReceivedDate() <em>Received Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReceivedDate()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate RECEIVED_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getReceivedDate() <em>Received Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReceivedDate()
	 * @generated
	 * @ordered
	 */
	protected LocalDate receivedDate = RECEIVED_DATE_EDEFAULT;

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
	 * The default value of the '{@link #isSubstantive() <em>Substantive</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSubstantive()
	 * @generated
	 * @ordered
	 */
	protected static final boolean SUBSTANTIVE_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isSubstantive() <em>Substantive</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSubstantive()
	 * @generated
	 * @ordered
	 */
	protected boolean substantive = SUBSTANTIVE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getTopicSummaries() <em>Topic Summaries</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTopicSummaries()
	 * @generated
	 * @ordered
	 */
	protected EList<TopicSummary> topicSummaries;

	/**
	 * The cached value of the '{@link #getAttachments() <em>Attachments</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAttachments()
	 * @generated
	 * @ordered
	 */
	protected EList<Attachment> attachments;

	/**
	 * The default value of the '{@link #getClassification() <em>Classification</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClassification()
	 * @generated
	 * @ordered
	 */
	protected static final Classification CLASSIFICATION_EDEFAULT = Classification.PUBLIC;

	/**
	 * The cached value of the '{@link #getClassification() <em>Classification</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClassification()
	 * @generated
	 * @ordered
	 */
	protected Classification classification = CLASSIFICATION_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected StateResponseImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return MandatesPackage.Literals.STATE_RESPONSE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NoteVerbale getNoteVerbale() {
		if (eContainerFeatureID() != MandatesPackage.STATE_RESPONSE__NOTE_VERBALE) return null;
		return (NoteVerbale)eInternalContainer();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetNoteVerbale(NoteVerbale newNoteVerbale, NotificationChain msgs) {
		msgs = eBasicSetContainer((InternalEObject)newNoteVerbale, MandatesPackage.STATE_RESPONSE__NOTE_VERBALE, msgs);
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNoteVerbale(NoteVerbale newNoteVerbale) {
		if (newNoteVerbale != eInternalContainer() || (eContainerFeatureID() != MandatesPackage.STATE_RESPONSE__NOTE_VERBALE && newNoteVerbale != null)) {
			if (EcoreUtil.isAncestor(this, newNoteVerbale))
				throw new IllegalArgumentException("Recursive containment not allowed for " + toString()); //$NON-NLS-1$
			NotificationChain msgs = null;
			if (eInternalContainer() != null)
				msgs = eBasicRemoveFromContainer(msgs);
			if (newNoteVerbale != null)
				msgs = ((InternalEObject)newNoteVerbale).eInverseAdd(this, MandatesPackage.NOTE_VERBALE__RESPONSES, NoteVerbale.class, msgs);
			msgs = basicSetNoteVerbale(newNoteVerbale, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MandatesPackage.STATE_RESPONSE__NOTE_VERBALE, newNoteVerbale, newNoteVerbale));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public State getState() {
		if (state != null && state.eIsProxy()) {
			InternalEObject oldState = (InternalEObject)state;
			state = (State)eResolveProxy(oldState);
			if (state != oldState) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, MandatesPackage.STATE_RESPONSE__STATE, oldState, state));
			}
		}
		return state;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public State basicGetState() {
		return state;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setState(State newState) {
		State oldState = state;
		state = newState;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MandatesPackage.STATE_RESPONSE__STATE, oldState, state));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getReceivedDate() {
		return receivedDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReceivedDate(LocalDate newReceivedDate) {
		LocalDate oldReceivedDate = receivedDate;
		receivedDate = newReceivedDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MandatesPackage.STATE_RESPONSE__RECEIVED_DATE, oldReceivedDate, receivedDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getTopics() {
		if (topics == null) {
			topics = new EDataTypeUniqueEList<String>(String.class, this, MandatesPackage.STATE_RESPONSE__TOPICS);
		}
		return topics;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSubstantive() {
		return substantive;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSubstantive(boolean newSubstantive) {
		boolean oldSubstantive = substantive;
		substantive = newSubstantive;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MandatesPackage.STATE_RESPONSE__SUBSTANTIVE, oldSubstantive, substantive));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<TopicSummary> getTopicSummaries() {
		if (topicSummaries == null) {
			topicSummaries = new EObjectContainmentEList<TopicSummary>(TopicSummary.class, this, MandatesPackage.STATE_RESPONSE__TOPIC_SUMMARIES);
		}
		return topicSummaries;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Attachment> getAttachments() {
		if (attachments == null) {
			attachments = new EObjectContainmentEList<Attachment>(Attachment.class, this, MandatesPackage.STATE_RESPONSE__ATTACHMENTS);
		}
		return attachments;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Classification getClassification() {
		return classification;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setClassification(Classification newClassification) {
		Classification oldClassification = classification;
		classification = newClassification == null ? CLASSIFICATION_EDEFAULT : newClassification;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MandatesPackage.STATE_RESPONSE__CLASSIFICATION, oldClassification, classification));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseAdd(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case MandatesPackage.STATE_RESPONSE__NOTE_VERBALE:
				if (eInternalContainer() != null)
					msgs = eBasicRemoveFromContainer(msgs);
				return basicSetNoteVerbale((NoteVerbale)otherEnd, msgs);
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
			case MandatesPackage.STATE_RESPONSE__NOTE_VERBALE:
				return basicSetNoteVerbale(null, msgs);
			case MandatesPackage.STATE_RESPONSE__TOPIC_SUMMARIES:
				return ((InternalEList<?>)getTopicSummaries()).basicRemove(otherEnd, msgs);
			case MandatesPackage.STATE_RESPONSE__ATTACHMENTS:
				return ((InternalEList<?>)getAttachments()).basicRemove(otherEnd, msgs);
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
			case MandatesPackage.STATE_RESPONSE__NOTE_VERBALE:
				return eInternalContainer().eInverseRemove(this, MandatesPackage.NOTE_VERBALE__RESPONSES, NoteVerbale.class, msgs);
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
			case MandatesPackage.STATE_RESPONSE__NOTE_VERBALE:
				return getNoteVerbale();
			case MandatesPackage.STATE_RESPONSE__STATE:
				if (resolve) return getState();
				return basicGetState();
			case MandatesPackage.STATE_RESPONSE__RECEIVED_DATE:
				return getReceivedDate();
			case MandatesPackage.STATE_RESPONSE__TOPICS:
				return getTopics();
			case MandatesPackage.STATE_RESPONSE__SUBSTANTIVE:
				return isSubstantive();
			case MandatesPackage.STATE_RESPONSE__TOPIC_SUMMARIES:
				return getTopicSummaries();
			case MandatesPackage.STATE_RESPONSE__ATTACHMENTS:
				return getAttachments();
			case MandatesPackage.STATE_RESPONSE__CLASSIFICATION:
				return getClassification();
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
			case MandatesPackage.STATE_RESPONSE__NOTE_VERBALE:
				setNoteVerbale((NoteVerbale)newValue);
				return;
			case MandatesPackage.STATE_RESPONSE__STATE:
				setState((State)newValue);
				return;
			case MandatesPackage.STATE_RESPONSE__RECEIVED_DATE:
				setReceivedDate((LocalDate)newValue);
				return;
			case MandatesPackage.STATE_RESPONSE__TOPICS:
				getTopics().clear();
				getTopics().addAll((Collection<? extends String>)newValue);
				return;
			case MandatesPackage.STATE_RESPONSE__SUBSTANTIVE:
				setSubstantive((Boolean)newValue);
				return;
			case MandatesPackage.STATE_RESPONSE__TOPIC_SUMMARIES:
				getTopicSummaries().clear();
				getTopicSummaries().addAll((Collection<? extends TopicSummary>)newValue);
				return;
			case MandatesPackage.STATE_RESPONSE__ATTACHMENTS:
				getAttachments().clear();
				getAttachments().addAll((Collection<? extends Attachment>)newValue);
				return;
			case MandatesPackage.STATE_RESPONSE__CLASSIFICATION:
				setClassification((Classification)newValue);
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
			case MandatesPackage.STATE_RESPONSE__NOTE_VERBALE:
				setNoteVerbale((NoteVerbale)null);
				return;
			case MandatesPackage.STATE_RESPONSE__STATE:
				setState((State)null);
				return;
			case MandatesPackage.STATE_RESPONSE__RECEIVED_DATE:
				setReceivedDate(RECEIVED_DATE_EDEFAULT);
				return;
			case MandatesPackage.STATE_RESPONSE__TOPICS:
				getTopics().clear();
				return;
			case MandatesPackage.STATE_RESPONSE__SUBSTANTIVE:
				setSubstantive(SUBSTANTIVE_EDEFAULT);
				return;
			case MandatesPackage.STATE_RESPONSE__TOPIC_SUMMARIES:
				getTopicSummaries().clear();
				return;
			case MandatesPackage.STATE_RESPONSE__ATTACHMENTS:
				getAttachments().clear();
				return;
			case MandatesPackage.STATE_RESPONSE__CLASSIFICATION:
				setClassification(CLASSIFICATION_EDEFAULT);
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
			case MandatesPackage.STATE_RESPONSE__NOTE_VERBALE:
				return getNoteVerbale() != null;
			case MandatesPackage.STATE_RESPONSE__STATE:
				return state != null;
			case MandatesPackage.STATE_RESPONSE__RECEIVED_DATE:
				return RECEIVED_DATE_EDEFAULT == null ? receivedDate != null : !RECEIVED_DATE_EDEFAULT.equals(receivedDate);
			case MandatesPackage.STATE_RESPONSE__TOPICS:
				return topics != null && !topics.isEmpty();
			case MandatesPackage.STATE_RESPONSE__SUBSTANTIVE:
				return substantive != SUBSTANTIVE_EDEFAULT;
			case MandatesPackage.STATE_RESPONSE__TOPIC_SUMMARIES:
				return topicSummaries != null && !topicSummaries.isEmpty();
			case MandatesPackage.STATE_RESPONSE__ATTACHMENTS:
				return attachments != null && !attachments.isEmpty();
			case MandatesPackage.STATE_RESPONSE__CLASSIFICATION:
				return classification != CLASSIFICATION_EDEFAULT;
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
		result.append(" (receivedDate: "); //$NON-NLS-1$
		result.append(receivedDate);
		result.append(", topics: "); //$NON-NLS-1$
		result.append(topics);
		result.append(", substantive: "); //$NON-NLS-1$
		result.append(substantive);
		result.append(", classification: "); //$NON-NLS-1$
		result.append(classification);
		result.append(')');
		return result.toString();
	}

} //StateResponseImpl
