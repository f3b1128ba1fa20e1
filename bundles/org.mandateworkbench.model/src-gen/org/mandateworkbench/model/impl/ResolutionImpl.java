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

import org.eclipse.emf.ecore.util.EObjectContainmentWithInverseEList;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.util.InternalEList;

import org.mandateworkbench.model.Document;
import org.mandateworkbench.model.MandatesPackage;
import org.mandateworkbench.model.Meeting;
import org.mandateworkbench.model.MultilingualText;
import org.mandateworkbench.model.OperativeParagraph;
import org.mandateworkbench.model.Resolution;
import org.mandateworkbench.model.ResolutionKind;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Resolution</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.mandateworkbench.model.impl.ResolutionImpl#getNumber <em>Number</em>}</li>
 *   <li>{@link org.mandateworkbench.model.impl.ResolutionImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.mandateworkbench.model.impl.ResolutionImpl#getTitle <em>Title</em>}</li>
 *   <li>{@link org.mandateworkbench.model.impl.ResolutionImpl#getAdoptingSession <em>Adopting Session</em>}</li>
 *   <li>{@link org.mandateworkbench.model.impl.ResolutionImpl#getDocument <em>Document</em>}</li>
 *   <li>{@link org.mandateworkbench.model.impl.ResolutionImpl#getParagraphs <em>Paragraphs</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ResolutionImpl extends IdentifiableImpl implements Resolution {
	/**
	 * The default value of the '{@link #getNumber() <em>Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNumber()
	 * @generated
	 * @ordered
	 */
	protected static final String NUMBER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNumber() <em>Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNumber()
	 * @generated
	 * @ordered
	 */
	protected String number = NUMBER_EDEFAULT;

	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final ResolutionKind KIND_EDEFAULT = ResolutionKind.RESOLUTION;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected ResolutionKind kind = KIND_EDEFAULT;

	/**
	 * The cached value of the '{@link #getTitle() <em>Title</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected MultilingualText title;

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
	 * The cached value of the '{@link #getParagraphs() <em>Paragraphs</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getParagraphs()
	 * @generated
	 * @ordered
	 */
	protected EList<OperativeParagraph> paragraphs;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ResolutionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return MandatesPackage.Literals.RESOLUTION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNumber() {
		return number;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNumber(String newNumber) {
		String oldNumber = number;
		number = newNumber;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MandatesPackage.RESOLUTION__NUMBER, oldNumber, number));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ResolutionKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(ResolutionKind newKind) {
		ResolutionKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MandatesPackage.RESOLUTION__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MultilingualText getTitle() {
		return title;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetTitle(MultilingualText newTitle, NotificationChain msgs) {
		MultilingualText oldTitle = title;
		title = newTitle;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, MandatesPackage.RESOLUTION__TITLE, oldTitle, newTitle);
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
	public void setTitle(MultilingualText newTitle) {
		if (newTitle != title) {
			NotificationChain msgs = null;
			if (title != null)
				msgs = ((InternalEObject)title).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - MandatesPackage.RESOLUTION__TITLE, null, msgs);
			if (newTitle != null)
				msgs = ((InternalEObject)newTitle).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - MandatesPackage.RESOLUTION__TITLE, null, msgs);
			msgs = basicSetTitle(newTitle, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MandatesPackage.RESOLUTION__TITLE, newTitle, newTitle));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Meeting getAdoptingSession() {
		if (eContainerFeatureID() != MandatesPackage.RESOLUTION__ADOPTING_SESSION) return null;
		return (Meeting)eInternalContainer();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetAdoptingSession(Meeting newAdoptingSession, NotificationChain msgs) {
		msgs = eBasicSetContainer((InternalEObject)newAdoptingSession, MandatesPackage.RESOLUTION__ADOPTING_SESSION, msgs);
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAdoptingSession(Meeting newAdoptingSession) {
		if (newAdoptingSession != eInternalContainer() || (eContainerFeatureID() != MandatesPackage.RESOLUTION__ADOPTING_SESSION && newAdoptingSession != null)) {
			if (EcoreUtil.isAncestor(this, newAdoptingSession))
				throw new IllegalArgumentException("Recursive containment not allowed for " + toString()); //$NON-NLS-1$
			NotificationChain msgs = null;
			if (eInternalContainer() != null)
				msgs = eBasicRemoveFromContainer(msgs);
			if (newAdoptingSession != null)
				msgs = ((InternalEObject)newAdoptingSession).eInverseAdd(this, MandatesPackage.MEETING__RESOLUTIONS, Meeting.class, msgs);
			msgs = basicSetAdoptingSession(newAdoptingSession, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MandatesPackage.RESOLUTION__ADOPTING_SESSION, newAdoptingSession, newAdoptingSession));
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, MandatesPackage.RESOLUTION__DOCUMENT, oldDocument, document));
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
			eNotify(new ENotificationImpl(this, Notification.SET, MandatesPackage.RESOLUTION__DOCUMENT, oldDocument, document));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<OperativeParagraph> getParagraphs() {
		if (paragraphs == null) {
			paragraphs = new EObjectContainmentWithInverseEList<OperativeParagraph>(OperativeParagraph.class, this, MandatesPackage.RESOLUTION__PARAGRAPHS, MandatesPackage.OPERATIVE_PARAGRAPH__RESOLUTION);
		}
		return paragraphs;
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
			case MandatesPackage.RESOLUTION__ADOPTING_SESSION:
				if (eInternalContainer() != null)
					msgs = eBasicRemoveFromContainer(msgs);
				return basicSetAdoptingSession((Meeting)otherEnd, msgs);
			case MandatesPackage.RESOLUTION__PARAGRAPHS:
				return ((InternalEList<InternalEObject>)(InternalEList<?>)getParagraphs()).basicAdd(otherEnd, msgs);
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
			case MandatesPackage.RESOLUTION__TITLE:
				return basicSetTitle(null, msgs);
			case MandatesPackage.RESOLUTION__ADOPTING_SESSION:
				return basicSetAdoptingSession(null, msgs);
			case MandatesPackage.RESOLUTION__PARAGRAPHS:
				return ((InternalEList<?>)getParagraphs()).basicRemove(otherEnd, msgs);
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
			case MandatesPackage.RESOLUTION__ADOPTING_SESSION:
				return eInternalContainer().eInverseRemove(this, MandatesPackage.MEETING__RESOLUTIONS, Meeting.class, msgs);
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
			case MandatesPackage.RESOLUTION__NUMBER:
				return getNumber();
			case MandatesPackage.RESOLUTION__KIND:
				return getKind();
			case MandatesPackage.RESOLUTION__TITLE:
				return getTitle();
			case MandatesPackage.RESOLUTION__ADOPTING_SESSION:
				return getAdoptingSession();
			case MandatesPackage.RESOLUTION__DOCUMENT:
				if (resolve) return getDocument();
				return basicGetDocument();
			case MandatesPackage.RESOLUTION__PARAGRAPHS:
				return getParagraphs();
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
			case MandatesPackage.RESOLUTION__NUMBER:
				setNumber((String)newValue);
				return;
			case MandatesPackage.RESOLUTION__KIND:
				setKind((ResolutionKind)newValue);
				return;
			case MandatesPackage.RESOLUTION__TITLE:
				setTitle((MultilingualText)newValue);
				return;
			case MandatesPackage.RESOLUTION__ADOPTING_SESSION:
				setAdoptingSession((Meeting)newValue);
				return;
			case MandatesPackage.RESOLUTION__DOCUMENT:
				setDocument((Document)newValue);
				return;
			case MandatesPackage.RESOLUTION__PARAGRAPHS:
				getParagraphs().clear();
				getParagraphs().addAll((Collection<? extends OperativeParagraph>)newValue);
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
			case MandatesPackage.RESOLUTION__NUMBER:
				setNumber(NUMBER_EDEFAULT);
				return;
			case MandatesPackage.RESOLUTION__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case MandatesPackage.RESOLUTION__TITLE:
				setTitle((MultilingualText)null);
				return;
			case MandatesPackage.RESOLUTION__ADOPTING_SESSION:
				setAdoptingSession((Meeting)null);
				return;
			case MandatesPackage.RESOLUTION__DOCUMENT:
				setDocument((Document)null);
				return;
			case MandatesPackage.RESOLUTION__PARAGRAPHS:
				getParagraphs().clear();
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
			case MandatesPackage.RESOLUTION__NUMBER:
				return NUMBER_EDEFAULT == null ? number != null : !NUMBER_EDEFAULT.equals(number);
			case MandatesPackage.RESOLUTION__KIND:
				return kind != KIND_EDEFAULT;
			case MandatesPackage.RESOLUTION__TITLE:
				return title != null;
			case MandatesPackage.RESOLUTION__ADOPTING_SESSION:
				return getAdoptingSession() != null;
			case MandatesPackage.RESOLUTION__DOCUMENT:
				return document != null;
			case MandatesPackage.RESOLUTION__PARAGRAPHS:
				return paragraphs != null && !paragraphs.isEmpty();
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
		result.append(", kind: "); //$NON-NLS-1$
		result.append(kind);
		result.append(')');
		return result.toString();
	}

} //ResolutionImpl
