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
import org.eclipse.emf.ecore.util.EcoreUtil;

import org.mandateworkbench.model.Addressees;
import org.mandateworkbench.model.Document;
import org.mandateworkbench.model.MandatesPackage;
import org.mandateworkbench.model.Meeting;
import org.mandateworkbench.model.MultilingualText;
import org.mandateworkbench.model.Recommendation;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Recommendation</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.mandateworkbench.model.impl.RecommendationImpl#getMeeting <em>Meeting</em>}</li>
 *   <li>{@link org.mandateworkbench.model.impl.RecommendationImpl#getParagraphNumber <em>Paragraph Number</em>}</li>
 *   <li>{@link org.mandateworkbench.model.impl.RecommendationImpl#getLetter <em>Letter</em>}</li>
 *   <li>{@link org.mandateworkbench.model.impl.RecommendationImpl#getText <em>Text</em>}</li>
 *   <li>{@link org.mandateworkbench.model.impl.RecommendationImpl#getAddressees <em>Addressees</em>}</li>
 *   <li>{@link org.mandateworkbench.model.impl.RecommendationImpl#getDocument <em>Document</em>}</li>
 *   <li>{@link org.mandateworkbench.model.impl.RecommendationImpl#getReiterates <em>Reiterates</em>}</li>
 *   <li>{@link org.mandateworkbench.model.impl.RecommendationImpl#getReiteratedReports <em>Reiterated Reports</em>}</li>
 * </ul>
 *
 * @generated
 */
public class RecommendationImpl extends IdentifiableImpl implements Recommendation {
	/**
	 * The default value of the '{@link #getParagraphNumber() <em>Paragraph Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getParagraphNumber()
	 * @generated
	 * @ordered
	 */
	protected static final int PARAGRAPH_NUMBER_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getParagraphNumber() <em>Paragraph Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getParagraphNumber()
	 * @generated
	 * @ordered
	 */
	protected int paragraphNumber = PARAGRAPH_NUMBER_EDEFAULT;

	/**
	 * The default value of the '{@link #getLetter() <em>Letter</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLetter()
	 * @generated
	 * @ordered
	 */
	protected static final String LETTER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLetter() <em>Letter</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLetter()
	 * @generated
	 * @ordered
	 */
	protected String letter = LETTER_EDEFAULT;

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
	 * The cached value of the '{@link #getDocument() <em>Document</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDocument()
	 * @generated
	 * @ordered
	 */
	protected Document document;

	/**
	 * The cached value of the '{@link #getReiterates() <em>Reiterates</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReiterates()
	 * @generated
	 * @ordered
	 */
	protected EList<Recommendation> reiterates;

	/**
	 * The cached value of the '{@link #getReiteratedReports() <em>Reiterated Reports</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReiteratedReports()
	 * @generated
	 * @ordered
	 */
	protected EList<Document> reiteratedReports;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected RecommendationImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return MandatesPackage.Literals.RECOMMENDATION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Meeting getMeeting() {
		if (eContainerFeatureID() != MandatesPackage.RECOMMENDATION__MEETING) return null;
		return (Meeting)eInternalContainer();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetMeeting(Meeting newMeeting, NotificationChain msgs) {
		msgs = eBasicSetContainer((InternalEObject)newMeeting, MandatesPackage.RECOMMENDATION__MEETING, msgs);
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMeeting(Meeting newMeeting) {
		if (newMeeting != eInternalContainer() || (eContainerFeatureID() != MandatesPackage.RECOMMENDATION__MEETING && newMeeting != null)) {
			if (EcoreUtil.isAncestor(this, newMeeting))
				throw new IllegalArgumentException("Recursive containment not allowed for " + toString()); //$NON-NLS-1$
			NotificationChain msgs = null;
			if (eInternalContainer() != null)
				msgs = eBasicRemoveFromContainer(msgs);
			if (newMeeting != null)
				msgs = ((InternalEObject)newMeeting).eInverseAdd(this, MandatesPackage.MEETING__RECOMMENDATIONS, Meeting.class, msgs);
			msgs = basicSetMeeting(newMeeting, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MandatesPackage.RECOMMENDATION__MEETING, newMeeting, newMeeting));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getParagraphNumber() {
		return paragraphNumber;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setParagraphNumber(int newParagraphNumber) {
		int oldParagraphNumber = paragraphNumber;
		paragraphNumber = newParagraphNumber;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MandatesPackage.RECOMMENDATION__PARAGRAPH_NUMBER, oldParagraphNumber, paragraphNumber));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLetter() {
		return letter;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLetter(String newLetter) {
		String oldLetter = letter;
		letter = newLetter;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MandatesPackage.RECOMMENDATION__LETTER, oldLetter, letter));
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
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, MandatesPackage.RECOMMENDATION__TEXT, oldText, newText);
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
				msgs = ((InternalEObject)text).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - MandatesPackage.RECOMMENDATION__TEXT, null, msgs);
			if (newText != null)
				msgs = ((InternalEObject)newText).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - MandatesPackage.RECOMMENDATION__TEXT, null, msgs);
			msgs = basicSetText(newText, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MandatesPackage.RECOMMENDATION__TEXT, newText, newText));
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
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, MandatesPackage.RECOMMENDATION__ADDRESSEES, oldAddressees, newAddressees);
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
				msgs = ((InternalEObject)addressees).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - MandatesPackage.RECOMMENDATION__ADDRESSEES, null, msgs);
			if (newAddressees != null)
				msgs = ((InternalEObject)newAddressees).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - MandatesPackage.RECOMMENDATION__ADDRESSEES, null, msgs);
			msgs = basicSetAddressees(newAddressees, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MandatesPackage.RECOMMENDATION__ADDRESSEES, newAddressees, newAddressees));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Document getDocument() {
		if (document != null && document.eIsProxy()) {
			InternalEObject oldDocument = (InternalEObject)document;
			document = (Document)eResolveProxy(oldDocument);
			if (document != oldDocument) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, MandatesPackage.RECOMMENDATION__DOCUMENT, oldDocument, document));
			}
		}
		return document;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Document basicGetDocument() {
		return document;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDocument(Document newDocument) {
		Document oldDocument = document;
		document = newDocument;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MandatesPackage.RECOMMENDATION__DOCUMENT, oldDocument, document));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Recommendation> getReiterates() {
		if (reiterates == null) {
			reiterates = new EObjectResolvingEList<Recommendation>(Recommendation.class, this, MandatesPackage.RECOMMENDATION__REITERATES);
		}
		return reiterates;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Document> getReiteratedReports() {
		if (reiteratedReports == null) {
			reiteratedReports = new EObjectResolvingEList<Document>(Document.class, this, MandatesPackage.RECOMMENDATION__REITERATED_REPORTS);
		}
		return reiteratedReports;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseAdd(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case MandatesPackage.RECOMMENDATION__MEETING:
				if (eInternalContainer() != null)
					msgs = eBasicRemoveFromContainer(msgs);
				return basicSetMeeting((Meeting)otherEnd, msgs);
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
			case MandatesPackage.RECOMMENDATION__MEETING:
				return basicSetMeeting(null, msgs);
			case MandatesPackage.RECOMMENDATION__TEXT:
				return basicSetText(null, msgs);
			case MandatesPackage.RECOMMENDATION__ADDRESSEES:
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
			case MandatesPackage.RECOMMENDATION__MEETING:
				return eInternalContainer().eInverseRemove(this, MandatesPackage.MEETING__RECOMMENDATIONS, Meeting.class, msgs);
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
			case MandatesPackage.RECOMMENDATION__MEETING:
				return getMeeting();
			case MandatesPackage.RECOMMENDATION__PARAGRAPH_NUMBER:
				return getParagraphNumber();
			case MandatesPackage.RECOMMENDATION__LETTER:
				return getLetter();
			case MandatesPackage.RECOMMENDATION__TEXT:
				return getText();
			case MandatesPackage.RECOMMENDATION__ADDRESSEES:
				return getAddressees();
			case MandatesPackage.RECOMMENDATION__DOCUMENT:
				if (resolve) return getDocument();
				return basicGetDocument();
			case MandatesPackage.RECOMMENDATION__REITERATES:
				return getReiterates();
			case MandatesPackage.RECOMMENDATION__REITERATED_REPORTS:
				return getReiteratedReports();
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
			case MandatesPackage.RECOMMENDATION__MEETING:
				setMeeting((Meeting)newValue);
				return;
			case MandatesPackage.RECOMMENDATION__PARAGRAPH_NUMBER:
				setParagraphNumber((Integer)newValue);
				return;
			case MandatesPackage.RECOMMENDATION__LETTER:
				setLetter((String)newValue);
				return;
			case MandatesPackage.RECOMMENDATION__TEXT:
				setText((MultilingualText)newValue);
				return;
			case MandatesPackage.RECOMMENDATION__ADDRESSEES:
				setAddressees((Addressees)newValue);
				return;
			case MandatesPackage.RECOMMENDATION__DOCUMENT:
				setDocument((Document)newValue);
				return;
			case MandatesPackage.RECOMMENDATION__REITERATES:
				getReiterates().clear();
				getReiterates().addAll((Collection<? extends Recommendation>)newValue);
				return;
			case MandatesPackage.RECOMMENDATION__REITERATED_REPORTS:
				getReiteratedReports().clear();
				getReiteratedReports().addAll((Collection<? extends Document>)newValue);
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
			case MandatesPackage.RECOMMENDATION__MEETING:
				setMeeting((Meeting)null);
				return;
			case MandatesPackage.RECOMMENDATION__PARAGRAPH_NUMBER:
				setParagraphNumber(PARAGRAPH_NUMBER_EDEFAULT);
				return;
			case MandatesPackage.RECOMMENDATION__LETTER:
				setLetter(LETTER_EDEFAULT);
				return;
			case MandatesPackage.RECOMMENDATION__TEXT:
				setText((MultilingualText)null);
				return;
			case MandatesPackage.RECOMMENDATION__ADDRESSEES:
				setAddressees((Addressees)null);
				return;
			case MandatesPackage.RECOMMENDATION__DOCUMENT:
				setDocument((Document)null);
				return;
			case MandatesPackage.RECOMMENDATION__REITERATES:
				getReiterates().clear();
				return;
			case MandatesPackage.RECOMMENDATION__REITERATED_REPORTS:
				getReiteratedReports().clear();
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
			case MandatesPackage.RECOMMENDATION__MEETING:
				return getMeeting() != null;
			case MandatesPackage.RECOMMENDATION__PARAGRAPH_NUMBER:
				return paragraphNumber != PARAGRAPH_NUMBER_EDEFAULT;
			case MandatesPackage.RECOMMENDATION__LETTER:
				return LETTER_EDEFAULT == null ? letter != null : !LETTER_EDEFAULT.equals(letter);
			case MandatesPackage.RECOMMENDATION__TEXT:
				return text != null;
			case MandatesPackage.RECOMMENDATION__ADDRESSEES:
				return addressees != null;
			case MandatesPackage.RECOMMENDATION__DOCUMENT:
				return document != null;
			case MandatesPackage.RECOMMENDATION__REITERATES:
				return reiterates != null && !reiterates.isEmpty();
			case MandatesPackage.RECOMMENDATION__REITERATED_REPORTS:
				return reiteratedReports != null && !reiteratedReports.isEmpty();
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
		result.append(" (paragraphNumber: "); //$NON-NLS-1$
		result.append(paragraphNumber);
		result.append(", letter: "); //$NON-NLS-1$
		result.append(letter);
		result.append(')');
		return result.toString();
	}

} //RecommendationImpl
