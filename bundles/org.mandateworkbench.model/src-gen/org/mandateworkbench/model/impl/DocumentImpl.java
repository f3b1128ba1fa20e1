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
import org.eclipse.emf.ecore.impl.EObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.EObjectResolvingEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.mandateworkbench.model.AgendaItem;
import org.mandateworkbench.model.Distribution;
import org.mandateworkbench.model.Document;
import org.mandateworkbench.model.DocumentType;
import org.mandateworkbench.model.LanguageVersion;
import org.mandateworkbench.model.MandatesPackage;
import org.mandateworkbench.model.Meeting;

import org.mandateworkbench.model.symbol.DocumentSymbol;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Document</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.mandateworkbench.model.impl.DocumentImpl#getSymbol <em>Symbol</em>}</li>
 *   <li>{@link org.mandateworkbench.model.impl.DocumentImpl#getKey <em>Key</em>}</li>
 *   <li>{@link org.mandateworkbench.model.impl.DocumentImpl#getType <em>Type</em>}</li>
 *   <li>{@link org.mandateworkbench.model.impl.DocumentImpl#getDistribution <em>Distribution</em>}</li>
 *   <li>{@link org.mandateworkbench.model.impl.DocumentImpl#getDate <em>Date</em>}</li>
 *   <li>{@link org.mandateworkbench.model.impl.DocumentImpl#getMeeting <em>Meeting</em>}</li>
 *   <li>{@link org.mandateworkbench.model.impl.DocumentImpl#getAgendaItems <em>Agenda Items</em>}</li>
 *   <li>{@link org.mandateworkbench.model.impl.DocumentImpl#getVersions <em>Versions</em>}</li>
 *   <li>{@link org.mandateworkbench.model.impl.DocumentImpl#getCites <em>Cites</em>}</li>
 *   <li>{@link org.mandateworkbench.model.impl.DocumentImpl#getSupersedes <em>Supersedes</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DocumentImpl extends EObjectImpl implements Document {
	/**
	 * The default value of the '{@link #getSymbol() <em>Symbol</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSymbol()
	 * @generated
	 * @ordered
	 */
	protected static final DocumentSymbol SYMBOL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSymbol() <em>Symbol</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSymbol()
	 * @generated
	 * @ordered
	 */
	protected DocumentSymbol symbol = SYMBOL_EDEFAULT;

	/**
	 * The default value of the '{@link #getKey() <em>Key</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKey()
	 * @generated
	 * @ordered
	 */
	protected static final String KEY_EDEFAULT = null;

	/**
	 * The default value of the '{@link #getType() <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getType()
	 * @generated
	 * @ordered
	 */
	protected static final DocumentType TYPE_EDEFAULT = DocumentType.OTHER;

	/**
	 * The cached value of the '{@link #getType() <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getType()
	 * @generated
	 * @ordered
	 */
	protected DocumentType type = TYPE_EDEFAULT;

	/**
	 * The default value of the '{@link #getDistribution() <em>Distribution</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDistribution()
	 * @generated
	 * @ordered
	 */
	protected static final Distribution DISTRIBUTION_EDEFAULT = Distribution.GENERAL;

	/**
	 * The cached value of the '{@link #getDistribution() <em>Distribution</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDistribution()
	 * @generated
	 * @ordered
	 */
	protected Distribution distribution = DISTRIBUTION_EDEFAULT;

	/**
	 * The default value of the '{@link #getDate() <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDate()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDate() <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDate()
	 * @generated
	 * @ordered
	 */
	protected LocalDate date = DATE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getMeeting() <em>Meeting</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMeeting()
	 * @generated
	 * @ordered
	 */
	protected Meeting meeting;

	/**
	 * The cached value of the '{@link #getAgendaItems() <em>Agenda Items</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAgendaItems()
	 * @generated
	 * @ordered
	 */
	protected EList<AgendaItem> agendaItems;

	/**
	 * The cached value of the '{@link #getVersions() <em>Versions</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVersions()
	 * @generated
	 * @ordered
	 */
	protected EList<LanguageVersion> versions;

	/**
	 * The cached value of the '{@link #getCites() <em>Cites</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCites()
	 * @generated
	 * @ordered
	 */
	protected EList<Document> cites;

	/**
	 * The cached value of the '{@link #getSupersedes() <em>Supersedes</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSupersedes()
	 * @generated
	 * @ordered
	 */
	protected EList<Document> supersedes;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DocumentImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return MandatesPackage.Literals.DOCUMENT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DocumentSymbol getSymbol() {
		return symbol;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSymbol(DocumentSymbol newSymbol) {
		DocumentSymbol oldSymbol = symbol;
		symbol = newSymbol;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MandatesPackage.DOCUMENT__SYMBOL, oldSymbol, symbol));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getKey() {
		return getSymbol() == null ? null : getSymbol().normalizedKey();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DocumentType getType() {
		return type;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setType(DocumentType newType) {
		DocumentType oldType = type;
		type = newType == null ? TYPE_EDEFAULT : newType;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MandatesPackage.DOCUMENT__TYPE, oldType, type));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Distribution getDistribution() {
		return distribution;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDistribution(Distribution newDistribution) {
		Distribution oldDistribution = distribution;
		distribution = newDistribution == null ? DISTRIBUTION_EDEFAULT : newDistribution;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MandatesPackage.DOCUMENT__DISTRIBUTION, oldDistribution, distribution));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getDate() {
		return date;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDate(LocalDate newDate) {
		LocalDate oldDate = date;
		date = newDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MandatesPackage.DOCUMENT__DATE, oldDate, date));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Meeting getMeeting() {
		if (meeting != null && meeting.eIsProxy()) {
			InternalEObject oldMeeting = (InternalEObject)meeting;
			meeting = (Meeting)eResolveProxy(oldMeeting);
			if (meeting != oldMeeting) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, MandatesPackage.DOCUMENT__MEETING, oldMeeting, meeting));
			}
		}
		return meeting;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Meeting basicGetMeeting() {
		return meeting;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMeeting(Meeting newMeeting) {
		Meeting oldMeeting = meeting;
		meeting = newMeeting;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MandatesPackage.DOCUMENT__MEETING, oldMeeting, meeting));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<AgendaItem> getAgendaItems() {
		if (agendaItems == null) {
			agendaItems = new EObjectResolvingEList<AgendaItem>(AgendaItem.class, this, MandatesPackage.DOCUMENT__AGENDA_ITEMS);
		}
		return agendaItems;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<LanguageVersion> getVersions() {
		if (versions == null) {
			versions = new EObjectContainmentEList<LanguageVersion>(LanguageVersion.class, this, MandatesPackage.DOCUMENT__VERSIONS);
		}
		return versions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Document> getCites() {
		if (cites == null) {
			cites = new EObjectResolvingEList<Document>(Document.class, this, MandatesPackage.DOCUMENT__CITES);
		}
		return cites;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Document> getSupersedes() {
		if (supersedes == null) {
			supersedes = new EObjectResolvingEList<Document>(Document.class, this, MandatesPackage.DOCUMENT__SUPERSEDES);
		}
		return supersedes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case MandatesPackage.DOCUMENT__VERSIONS:
				return ((InternalEList<?>)getVersions()).basicRemove(otherEnd, msgs);
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
			case MandatesPackage.DOCUMENT__SYMBOL:
				return getSymbol();
			case MandatesPackage.DOCUMENT__KEY:
				return getKey();
			case MandatesPackage.DOCUMENT__TYPE:
				return getType();
			case MandatesPackage.DOCUMENT__DISTRIBUTION:
				return getDistribution();
			case MandatesPackage.DOCUMENT__DATE:
				return getDate();
			case MandatesPackage.DOCUMENT__MEETING:
				if (resolve) return getMeeting();
				return basicGetMeeting();
			case MandatesPackage.DOCUMENT__AGENDA_ITEMS:
				return getAgendaItems();
			case MandatesPackage.DOCUMENT__VERSIONS:
				return getVersions();
			case MandatesPackage.DOCUMENT__CITES:
				return getCites();
			case MandatesPackage.DOCUMENT__SUPERSEDES:
				return getSupersedes();
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
			case MandatesPackage.DOCUMENT__SYMBOL:
				setSymbol((DocumentSymbol)newValue);
				return;
			case MandatesPackage.DOCUMENT__TYPE:
				setType((DocumentType)newValue);
				return;
			case MandatesPackage.DOCUMENT__DISTRIBUTION:
				setDistribution((Distribution)newValue);
				return;
			case MandatesPackage.DOCUMENT__DATE:
				setDate((LocalDate)newValue);
				return;
			case MandatesPackage.DOCUMENT__MEETING:
				setMeeting((Meeting)newValue);
				return;
			case MandatesPackage.DOCUMENT__AGENDA_ITEMS:
				getAgendaItems().clear();
				getAgendaItems().addAll((Collection<? extends AgendaItem>)newValue);
				return;
			case MandatesPackage.DOCUMENT__VERSIONS:
				getVersions().clear();
				getVersions().addAll((Collection<? extends LanguageVersion>)newValue);
				return;
			case MandatesPackage.DOCUMENT__CITES:
				getCites().clear();
				getCites().addAll((Collection<? extends Document>)newValue);
				return;
			case MandatesPackage.DOCUMENT__SUPERSEDES:
				getSupersedes().clear();
				getSupersedes().addAll((Collection<? extends Document>)newValue);
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
			case MandatesPackage.DOCUMENT__SYMBOL:
				setSymbol(SYMBOL_EDEFAULT);
				return;
			case MandatesPackage.DOCUMENT__TYPE:
				setType(TYPE_EDEFAULT);
				return;
			case MandatesPackage.DOCUMENT__DISTRIBUTION:
				setDistribution(DISTRIBUTION_EDEFAULT);
				return;
			case MandatesPackage.DOCUMENT__DATE:
				setDate(DATE_EDEFAULT);
				return;
			case MandatesPackage.DOCUMENT__MEETING:
				setMeeting((Meeting)null);
				return;
			case MandatesPackage.DOCUMENT__AGENDA_ITEMS:
				getAgendaItems().clear();
				return;
			case MandatesPackage.DOCUMENT__VERSIONS:
				getVersions().clear();
				return;
			case MandatesPackage.DOCUMENT__CITES:
				getCites().clear();
				return;
			case MandatesPackage.DOCUMENT__SUPERSEDES:
				getSupersedes().clear();
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
			case MandatesPackage.DOCUMENT__SYMBOL:
				return SYMBOL_EDEFAULT == null ? symbol != null : !SYMBOL_EDEFAULT.equals(symbol);
			case MandatesPackage.DOCUMENT__KEY:
				return KEY_EDEFAULT == null ? getKey() != null : !KEY_EDEFAULT.equals(getKey());
			case MandatesPackage.DOCUMENT__TYPE:
				return type != TYPE_EDEFAULT;
			case MandatesPackage.DOCUMENT__DISTRIBUTION:
				return distribution != DISTRIBUTION_EDEFAULT;
			case MandatesPackage.DOCUMENT__DATE:
				return DATE_EDEFAULT == null ? date != null : !DATE_EDEFAULT.equals(date);
			case MandatesPackage.DOCUMENT__MEETING:
				return meeting != null;
			case MandatesPackage.DOCUMENT__AGENDA_ITEMS:
				return agendaItems != null && !agendaItems.isEmpty();
			case MandatesPackage.DOCUMENT__VERSIONS:
				return versions != null && !versions.isEmpty();
			case MandatesPackage.DOCUMENT__CITES:
				return cites != null && !cites.isEmpty();
			case MandatesPackage.DOCUMENT__SUPERSEDES:
				return supersedes != null && !supersedes.isEmpty();
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
		result.append(" (symbol: "); //$NON-NLS-1$
		result.append(symbol);
		result.append(", type: "); //$NON-NLS-1$
		result.append(type);
		result.append(", distribution: "); //$NON-NLS-1$
		result.append(distribution);
		result.append(", date: "); //$NON-NLS-1$
		result.append(date);
		result.append(')');
		return result.toString();
	}

} //DocumentImpl
