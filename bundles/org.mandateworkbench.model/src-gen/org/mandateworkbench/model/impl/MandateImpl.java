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
import org.eclipse.emf.ecore.util.EObjectContainmentWithInverseEList;
import org.eclipse.emf.ecore.util.EObjectResolvingEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.mandateworkbench.model.Addressees;
import org.mandateworkbench.model.Mandate;
import org.mandateworkbench.model.MandateAction;
import org.mandateworkbench.model.MandateStatus;
import org.mandateworkbench.model.MandatesPackage;
import org.mandateworkbench.model.Meeting;
import org.mandateworkbench.model.MultilingualText;
import org.mandateworkbench.model.OperativeParagraph;
import org.mandateworkbench.model.Person;
import org.mandateworkbench.model.Recommendation;
import org.mandateworkbench.model.StatusChange;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Mandate</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.mandateworkbench.model.impl.MandateImpl#getTitle <em>Title</em>}</li>
 *   <li>{@link org.mandateworkbench.model.impl.MandateImpl#getSourceParagraphs <em>Source Paragraphs</em>}</li>
 *   <li>{@link org.mandateworkbench.model.impl.MandateImpl#getSourceRecommendations <em>Source Recommendations</em>}</li>
 *   <li>{@link org.mandateworkbench.model.impl.MandateImpl#getAddressees <em>Addressees</em>}</li>
 *   <li>{@link org.mandateworkbench.model.impl.MandateImpl#getResponsibleOfficer <em>Responsible Officer</em>}</li>
 *   <li>{@link org.mandateworkbench.model.impl.MandateImpl#getTopics <em>Topics</em>}</li>
 *   <li>{@link org.mandateworkbench.model.impl.MandateImpl#getReportTo <em>Report To</em>}</li>
 *   <li>{@link org.mandateworkbench.model.impl.MandateImpl#getDueDate <em>Due Date</em>}</li>
 *   <li>{@link org.mandateworkbench.model.impl.MandateImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link org.mandateworkbench.model.impl.MandateImpl#getSuccessor <em>Successor</em>}</li>
 *   <li>{@link org.mandateworkbench.model.impl.MandateImpl#getStatusChanges <em>Status Changes</em>}</li>
 *   <li>{@link org.mandateworkbench.model.impl.MandateImpl#getActions <em>Actions</em>}</li>
 * </ul>
 *
 * @generated
 */
public class MandateImpl extends IdentifiableImpl implements Mandate {
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
	 * The cached value of the '{@link #getSourceParagraphs() <em>Source Paragraphs</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSourceParagraphs()
	 * @generated
	 * @ordered
	 */
	protected EList<OperativeParagraph> sourceParagraphs;

	/**
	 * The cached value of the '{@link #getSourceRecommendations() <em>Source Recommendations</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSourceRecommendations()
	 * @generated
	 * @ordered
	 */
	protected EList<Recommendation> sourceRecommendations;

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
	 * The cached value of the '{@link #getResponsibleOfficer() <em>Responsible Officer</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResponsibleOfficer()
	 * @generated
	 * @ordered
	 */
	protected Person responsibleOfficer;

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
	 * The cached value of the '{@link #getReportTo() <em>Report To</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReportTo()
	 * @generated
	 * @ordered
	 */
	protected Meeting reportTo;

	/**
	 * The default value of the '{@link #getDueDate() <em>Due Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDueDate()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate DUE_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDueDate() <em>Due Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDueDate()
	 * @generated
	 * @ordered
	 */
	protected LocalDate dueDate = DUE_DATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected static final MandateStatus STATUS_EDEFAULT = MandateStatus.PENDING;

	/**
	 * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected MandateStatus status = STATUS_EDEFAULT;

	/**
	 * The cached value of the '{@link #getSuccessor() <em>Successor</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSuccessor()
	 * @generated
	 * @ordered
	 */
	protected Mandate successor;

	/**
	 * The cached value of the '{@link #getStatusChanges() <em>Status Changes</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatusChanges()
	 * @generated
	 * @ordered
	 */
	protected EList<StatusChange> statusChanges;

	/**
	 * The cached value of the '{@link #getActions() <em>Actions</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getActions()
	 * @generated
	 * @ordered
	 */
	protected EList<MandateAction> actions;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected MandateImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return MandatesPackage.Literals.MANDATE;
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
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, MandatesPackage.MANDATE__TITLE, oldTitle, newTitle);
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
				msgs = ((InternalEObject)title).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - MandatesPackage.MANDATE__TITLE, null, msgs);
			if (newTitle != null)
				msgs = ((InternalEObject)newTitle).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - MandatesPackage.MANDATE__TITLE, null, msgs);
			msgs = basicSetTitle(newTitle, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MandatesPackage.MANDATE__TITLE, newTitle, newTitle));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<OperativeParagraph> getSourceParagraphs() {
		if (sourceParagraphs == null) {
			sourceParagraphs = new EObjectResolvingEList<OperativeParagraph>(OperativeParagraph.class, this, MandatesPackage.MANDATE__SOURCE_PARAGRAPHS);
		}
		return sourceParagraphs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Recommendation> getSourceRecommendations() {
		if (sourceRecommendations == null) {
			sourceRecommendations = new EObjectResolvingEList<Recommendation>(Recommendation.class, this, MandatesPackage.MANDATE__SOURCE_RECOMMENDATIONS);
		}
		return sourceRecommendations;
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
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, MandatesPackage.MANDATE__ADDRESSEES, oldAddressees, newAddressees);
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
				msgs = ((InternalEObject)addressees).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - MandatesPackage.MANDATE__ADDRESSEES, null, msgs);
			if (newAddressees != null)
				msgs = ((InternalEObject)newAddressees).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - MandatesPackage.MANDATE__ADDRESSEES, null, msgs);
			msgs = basicSetAddressees(newAddressees, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MandatesPackage.MANDATE__ADDRESSEES, newAddressees, newAddressees));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Person getResponsibleOfficer() {
		if (responsibleOfficer != null && responsibleOfficer.eIsProxy()) {
			InternalEObject oldResponsibleOfficer = (InternalEObject)responsibleOfficer;
			responsibleOfficer = (Person)eResolveProxy(oldResponsibleOfficer);
			if (responsibleOfficer != oldResponsibleOfficer) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, MandatesPackage.MANDATE__RESPONSIBLE_OFFICER, oldResponsibleOfficer, responsibleOfficer));
			}
		}
		return responsibleOfficer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Person basicGetResponsibleOfficer() {
		return responsibleOfficer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setResponsibleOfficer(Person newResponsibleOfficer) {
		Person oldResponsibleOfficer = responsibleOfficer;
		responsibleOfficer = newResponsibleOfficer;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MandatesPackage.MANDATE__RESPONSIBLE_OFFICER, oldResponsibleOfficer, responsibleOfficer));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getTopics() {
		if (topics == null) {
			topics = new EDataTypeUniqueEList<String>(String.class, this, MandatesPackage.MANDATE__TOPICS);
		}
		return topics;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Meeting getReportTo() {
		if (reportTo != null && reportTo.eIsProxy()) {
			InternalEObject oldReportTo = (InternalEObject)reportTo;
			reportTo = (Meeting)eResolveProxy(oldReportTo);
			if (reportTo != oldReportTo) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, MandatesPackage.MANDATE__REPORT_TO, oldReportTo, reportTo));
			}
		}
		return reportTo;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Meeting basicGetReportTo() {
		return reportTo;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReportTo(Meeting newReportTo) {
		Meeting oldReportTo = reportTo;
		reportTo = newReportTo;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MandatesPackage.MANDATE__REPORT_TO, oldReportTo, reportTo));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getDueDate() {
		return dueDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDueDate(LocalDate newDueDate) {
		LocalDate oldDueDate = dueDate;
		dueDate = newDueDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MandatesPackage.MANDATE__DUE_DATE, oldDueDate, dueDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MandateStatus getStatus() {
		return status;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(MandateStatus newStatus) {
		MandateStatus oldStatus = status;
		status = newStatus == null ? STATUS_EDEFAULT : newStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MandatesPackage.MANDATE__STATUS, oldStatus, status));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Mandate getSuccessor() {
		if (successor != null && successor.eIsProxy()) {
			InternalEObject oldSuccessor = (InternalEObject)successor;
			successor = (Mandate)eResolveProxy(oldSuccessor);
			if (successor != oldSuccessor) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, MandatesPackage.MANDATE__SUCCESSOR, oldSuccessor, successor));
			}
		}
		return successor;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Mandate basicGetSuccessor() {
		return successor;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSuccessor(Mandate newSuccessor) {
		Mandate oldSuccessor = successor;
		successor = newSuccessor;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MandatesPackage.MANDATE__SUCCESSOR, oldSuccessor, successor));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<StatusChange> getStatusChanges() {
		if (statusChanges == null) {
			statusChanges = new EObjectContainmentEList<StatusChange>(StatusChange.class, this, MandatesPackage.MANDATE__STATUS_CHANGES);
		}
		return statusChanges;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<MandateAction> getActions() {
		if (actions == null) {
			actions = new EObjectContainmentWithInverseEList<MandateAction>(MandateAction.class, this, MandatesPackage.MANDATE__ACTIONS, MandatesPackage.MANDATE_ACTION__MANDATE);
		}
		return actions;
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
			case MandatesPackage.MANDATE__ACTIONS:
				return ((InternalEList<InternalEObject>)(InternalEList<?>)getActions()).basicAdd(otherEnd, msgs);
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
			case MandatesPackage.MANDATE__TITLE:
				return basicSetTitle(null, msgs);
			case MandatesPackage.MANDATE__ADDRESSEES:
				return basicSetAddressees(null, msgs);
			case MandatesPackage.MANDATE__STATUS_CHANGES:
				return ((InternalEList<?>)getStatusChanges()).basicRemove(otherEnd, msgs);
			case MandatesPackage.MANDATE__ACTIONS:
				return ((InternalEList<?>)getActions()).basicRemove(otherEnd, msgs);
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
			case MandatesPackage.MANDATE__TITLE:
				return getTitle();
			case MandatesPackage.MANDATE__SOURCE_PARAGRAPHS:
				return getSourceParagraphs();
			case MandatesPackage.MANDATE__SOURCE_RECOMMENDATIONS:
				return getSourceRecommendations();
			case MandatesPackage.MANDATE__ADDRESSEES:
				return getAddressees();
			case MandatesPackage.MANDATE__RESPONSIBLE_OFFICER:
				if (resolve) return getResponsibleOfficer();
				return basicGetResponsibleOfficer();
			case MandatesPackage.MANDATE__TOPICS:
				return getTopics();
			case MandatesPackage.MANDATE__REPORT_TO:
				if (resolve) return getReportTo();
				return basicGetReportTo();
			case MandatesPackage.MANDATE__DUE_DATE:
				return getDueDate();
			case MandatesPackage.MANDATE__STATUS:
				return getStatus();
			case MandatesPackage.MANDATE__SUCCESSOR:
				if (resolve) return getSuccessor();
				return basicGetSuccessor();
			case MandatesPackage.MANDATE__STATUS_CHANGES:
				return getStatusChanges();
			case MandatesPackage.MANDATE__ACTIONS:
				return getActions();
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
			case MandatesPackage.MANDATE__TITLE:
				setTitle((MultilingualText)newValue);
				return;
			case MandatesPackage.MANDATE__SOURCE_PARAGRAPHS:
				getSourceParagraphs().clear();
				getSourceParagraphs().addAll((Collection<? extends OperativeParagraph>)newValue);
				return;
			case MandatesPackage.MANDATE__SOURCE_RECOMMENDATIONS:
				getSourceRecommendations().clear();
				getSourceRecommendations().addAll((Collection<? extends Recommendation>)newValue);
				return;
			case MandatesPackage.MANDATE__ADDRESSEES:
				setAddressees((Addressees)newValue);
				return;
			case MandatesPackage.MANDATE__RESPONSIBLE_OFFICER:
				setResponsibleOfficer((Person)newValue);
				return;
			case MandatesPackage.MANDATE__TOPICS:
				getTopics().clear();
				getTopics().addAll((Collection<? extends String>)newValue);
				return;
			case MandatesPackage.MANDATE__REPORT_TO:
				setReportTo((Meeting)newValue);
				return;
			case MandatesPackage.MANDATE__DUE_DATE:
				setDueDate((LocalDate)newValue);
				return;
			case MandatesPackage.MANDATE__STATUS:
				setStatus((MandateStatus)newValue);
				return;
			case MandatesPackage.MANDATE__SUCCESSOR:
				setSuccessor((Mandate)newValue);
				return;
			case MandatesPackage.MANDATE__STATUS_CHANGES:
				getStatusChanges().clear();
				getStatusChanges().addAll((Collection<? extends StatusChange>)newValue);
				return;
			case MandatesPackage.MANDATE__ACTIONS:
				getActions().clear();
				getActions().addAll((Collection<? extends MandateAction>)newValue);
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
			case MandatesPackage.MANDATE__TITLE:
				setTitle((MultilingualText)null);
				return;
			case MandatesPackage.MANDATE__SOURCE_PARAGRAPHS:
				getSourceParagraphs().clear();
				return;
			case MandatesPackage.MANDATE__SOURCE_RECOMMENDATIONS:
				getSourceRecommendations().clear();
				return;
			case MandatesPackage.MANDATE__ADDRESSEES:
				setAddressees((Addressees)null);
				return;
			case MandatesPackage.MANDATE__RESPONSIBLE_OFFICER:
				setResponsibleOfficer((Person)null);
				return;
			case MandatesPackage.MANDATE__TOPICS:
				getTopics().clear();
				return;
			case MandatesPackage.MANDATE__REPORT_TO:
				setReportTo((Meeting)null);
				return;
			case MandatesPackage.MANDATE__DUE_DATE:
				setDueDate(DUE_DATE_EDEFAULT);
				return;
			case MandatesPackage.MANDATE__STATUS:
				setStatus(STATUS_EDEFAULT);
				return;
			case MandatesPackage.MANDATE__SUCCESSOR:
				setSuccessor((Mandate)null);
				return;
			case MandatesPackage.MANDATE__STATUS_CHANGES:
				getStatusChanges().clear();
				return;
			case MandatesPackage.MANDATE__ACTIONS:
				getActions().clear();
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
			case MandatesPackage.MANDATE__TITLE:
				return title != null;
			case MandatesPackage.MANDATE__SOURCE_PARAGRAPHS:
				return sourceParagraphs != null && !sourceParagraphs.isEmpty();
			case MandatesPackage.MANDATE__SOURCE_RECOMMENDATIONS:
				return sourceRecommendations != null && !sourceRecommendations.isEmpty();
			case MandatesPackage.MANDATE__ADDRESSEES:
				return addressees != null;
			case MandatesPackage.MANDATE__RESPONSIBLE_OFFICER:
				return responsibleOfficer != null;
			case MandatesPackage.MANDATE__TOPICS:
				return topics != null && !topics.isEmpty();
			case MandatesPackage.MANDATE__REPORT_TO:
				return reportTo != null;
			case MandatesPackage.MANDATE__DUE_DATE:
				return DUE_DATE_EDEFAULT == null ? dueDate != null : !DUE_DATE_EDEFAULT.equals(dueDate);
			case MandatesPackage.MANDATE__STATUS:
				return status != STATUS_EDEFAULT;
			case MandatesPackage.MANDATE__SUCCESSOR:
				return successor != null;
			case MandatesPackage.MANDATE__STATUS_CHANGES:
				return statusChanges != null && !statusChanges.isEmpty();
			case MandatesPackage.MANDATE__ACTIONS:
				return actions != null && !actions.isEmpty();
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
		result.append(" (topics: "); //$NON-NLS-1$
		result.append(topics);
		result.append(", dueDate: "); //$NON-NLS-1$
		result.append(dueDate);
		result.append(", status: "); //$NON-NLS-1$
		result.append(status);
		result.append(')');
		return result.toString();
	}

} //MandateImpl
