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

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.EObjectContainmentWithInverseEList;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.util.InternalEList;

import org.mandateworkbench.model.AgendaItem;
import org.mandateworkbench.model.Attendance;
import org.mandateworkbench.model.Body;
import org.mandateworkbench.model.MandatesPackage;
import org.mandateworkbench.model.Meeting;
import org.mandateworkbench.model.MultilingualText;
import org.mandateworkbench.model.Officer;
import org.mandateworkbench.model.Recommendation;
import org.mandateworkbench.model.Resolution;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Meeting</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.mandateworkbench.model.impl.MeetingImpl#getBody <em>Body</em>}</li>
 *   <li>{@link org.mandateworkbench.model.impl.MeetingImpl#getOrdinal <em>Ordinal</em>}</li>
 *   <li>{@link org.mandateworkbench.model.impl.MeetingImpl#isResumed <em>Resumed</em>}</li>
 *   <li>{@link org.mandateworkbench.model.impl.MeetingImpl#getTitle <em>Title</em>}</li>
 *   <li>{@link org.mandateworkbench.model.impl.MeetingImpl#getStartDate <em>Start Date</em>}</li>
 *   <li>{@link org.mandateworkbench.model.impl.MeetingImpl#getEndDate <em>End Date</em>}</li>
 *   <li>{@link org.mandateworkbench.model.impl.MeetingImpl#getVenue <em>Venue</em>}</li>
 *   <li>{@link org.mandateworkbench.model.impl.MeetingImpl#getOfficers <em>Officers</em>}</li>
 *   <li>{@link org.mandateworkbench.model.impl.MeetingImpl#getAgenda <em>Agenda</em>}</li>
 *   <li>{@link org.mandateworkbench.model.impl.MeetingImpl#getAttendance <em>Attendance</em>}</li>
 *   <li>{@link org.mandateworkbench.model.impl.MeetingImpl#getResolutions <em>Resolutions</em>}</li>
 *   <li>{@link org.mandateworkbench.model.impl.MeetingImpl#getRecommendations <em>Recommendations</em>}</li>
 * </ul>
 *
 * @generated
 */
public class MeetingImpl extends IdentifiableImpl implements Meeting {
	/**
	 * The default value of the '{@link #getOrdinal() <em>Ordinal</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOrdinal()
	 * @generated
	 * @ordered
	 */
	protected static final int ORDINAL_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getOrdinal() <em>Ordinal</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOrdinal()
	 * @generated
	 * @ordered
	 */
	protected int ordinal = ORDINAL_EDEFAULT;

	/**
	 * The default value of the '{@link #isResumed() <em>Resumed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isResumed()
	 * @generated
	 * @ordered
	 */
	protected static final boolean RESUMED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isResumed() <em>Resumed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isResumed()
	 * @generated
	 * @ordered
	 */
	protected boolean resumed = RESUMED_EDEFAULT;

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
	 * The default value of the '{@link #getStartDate() <em>Start Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStartDate()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate START_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStartDate() <em>Start Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStartDate()
	 * @generated
	 * @ordered
	 */
	protected LocalDate startDate = START_DATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getEndDate() <em>End Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEndDate()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate END_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEndDate() <em>End Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEndDate()
	 * @generated
	 * @ordered
	 */
	protected LocalDate endDate = END_DATE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getVenue() <em>Venue</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVenue()
	 * @generated
	 * @ordered
	 */
	protected MultilingualText venue;

	/**
	 * The cached value of the '{@link #getOfficers() <em>Officers</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOfficers()
	 * @generated
	 * @ordered
	 */
	protected EList<Officer> officers;

	/**
	 * The cached value of the '{@link #getAgenda() <em>Agenda</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAgenda()
	 * @generated
	 * @ordered
	 */
	protected EList<AgendaItem> agenda;

	/**
	 * The cached value of the '{@link #getAttendance() <em>Attendance</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAttendance()
	 * @generated
	 * @ordered
	 */
	protected Attendance attendance;

	/**
	 * The cached value of the '{@link #getResolutions() <em>Resolutions</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResolutions()
	 * @generated
	 * @ordered
	 */
	protected EList<Resolution> resolutions;

	/**
	 * The cached value of the '{@link #getRecommendations() <em>Recommendations</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRecommendations()
	 * @generated
	 * @ordered
	 */
	protected EList<Recommendation> recommendations;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected MeetingImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return MandatesPackage.Literals.MEETING;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Body getBody() {
		if (eContainerFeatureID() != MandatesPackage.MEETING__BODY) return null;
		return (Body)eInternalContainer();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetBody(Body newBody, NotificationChain msgs) {
		msgs = eBasicSetContainer((InternalEObject)newBody, MandatesPackage.MEETING__BODY, msgs);
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBody(Body newBody) {
		if (newBody != eInternalContainer() || (eContainerFeatureID() != MandatesPackage.MEETING__BODY && newBody != null)) {
			if (EcoreUtil.isAncestor(this, newBody))
				throw new IllegalArgumentException("Recursive containment not allowed for " + toString()); //$NON-NLS-1$
			NotificationChain msgs = null;
			if (eInternalContainer() != null)
				msgs = eBasicRemoveFromContainer(msgs);
			if (newBody != null)
				msgs = ((InternalEObject)newBody).eInverseAdd(this, MandatesPackage.BODY__MEETINGS, Body.class, msgs);
			msgs = basicSetBody(newBody, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MandatesPackage.MEETING__BODY, newBody, newBody));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getOrdinal() {
		return ordinal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOrdinal(int newOrdinal) {
		int oldOrdinal = ordinal;
		ordinal = newOrdinal;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MandatesPackage.MEETING__ORDINAL, oldOrdinal, ordinal));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isResumed() {
		return resumed;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setResumed(boolean newResumed) {
		boolean oldResumed = resumed;
		resumed = newResumed;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MandatesPackage.MEETING__RESUMED, oldResumed, resumed));
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
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, MandatesPackage.MEETING__TITLE, oldTitle, newTitle);
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
				msgs = ((InternalEObject)title).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - MandatesPackage.MEETING__TITLE, null, msgs);
			if (newTitle != null)
				msgs = ((InternalEObject)newTitle).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - MandatesPackage.MEETING__TITLE, null, msgs);
			msgs = basicSetTitle(newTitle, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MandatesPackage.MEETING__TITLE, newTitle, newTitle));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getStartDate() {
		return startDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStartDate(LocalDate newStartDate) {
		LocalDate oldStartDate = startDate;
		startDate = newStartDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MandatesPackage.MEETING__START_DATE, oldStartDate, startDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getEndDate() {
		return endDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEndDate(LocalDate newEndDate) {
		LocalDate oldEndDate = endDate;
		endDate = newEndDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MandatesPackage.MEETING__END_DATE, oldEndDate, endDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MultilingualText getVenue() {
		return venue;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetVenue(MultilingualText newVenue, NotificationChain msgs) {
		MultilingualText oldVenue = venue;
		venue = newVenue;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, MandatesPackage.MEETING__VENUE, oldVenue, newVenue);
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
	public void setVenue(MultilingualText newVenue) {
		if (newVenue != venue) {
			NotificationChain msgs = null;
			if (venue != null)
				msgs = ((InternalEObject)venue).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - MandatesPackage.MEETING__VENUE, null, msgs);
			if (newVenue != null)
				msgs = ((InternalEObject)newVenue).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - MandatesPackage.MEETING__VENUE, null, msgs);
			msgs = basicSetVenue(newVenue, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MandatesPackage.MEETING__VENUE, newVenue, newVenue));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Officer> getOfficers() {
		if (officers == null) {
			officers = new EObjectContainmentEList<Officer>(Officer.class, this, MandatesPackage.MEETING__OFFICERS);
		}
		return officers;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<AgendaItem> getAgenda() {
		if (agenda == null) {
			agenda = new EObjectContainmentEList<AgendaItem>(AgendaItem.class, this, MandatesPackage.MEETING__AGENDA);
		}
		return agenda;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Attendance getAttendance() {
		return attendance;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetAttendance(Attendance newAttendance, NotificationChain msgs) {
		Attendance oldAttendance = attendance;
		attendance = newAttendance;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, MandatesPackage.MEETING__ATTENDANCE, oldAttendance, newAttendance);
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
	public void setAttendance(Attendance newAttendance) {
		if (newAttendance != attendance) {
			NotificationChain msgs = null;
			if (attendance != null)
				msgs = ((InternalEObject)attendance).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - MandatesPackage.MEETING__ATTENDANCE, null, msgs);
			if (newAttendance != null)
				msgs = ((InternalEObject)newAttendance).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - MandatesPackage.MEETING__ATTENDANCE, null, msgs);
			msgs = basicSetAttendance(newAttendance, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MandatesPackage.MEETING__ATTENDANCE, newAttendance, newAttendance));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Resolution> getResolutions() {
		if (resolutions == null) {
			resolutions = new EObjectContainmentWithInverseEList<Resolution>(Resolution.class, this, MandatesPackage.MEETING__RESOLUTIONS, MandatesPackage.RESOLUTION__ADOPTING_SESSION);
		}
		return resolutions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Recommendation> getRecommendations() {
		if (recommendations == null) {
			recommendations = new EObjectContainmentWithInverseEList<Recommendation>(Recommendation.class, this, MandatesPackage.MEETING__RECOMMENDATIONS, MandatesPackage.RECOMMENDATION__MEETING);
		}
		return recommendations;
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
			case MandatesPackage.MEETING__BODY:
				if (eInternalContainer() != null)
					msgs = eBasicRemoveFromContainer(msgs);
				return basicSetBody((Body)otherEnd, msgs);
			case MandatesPackage.MEETING__RESOLUTIONS:
				return ((InternalEList<InternalEObject>)(InternalEList<?>)getResolutions()).basicAdd(otherEnd, msgs);
			case MandatesPackage.MEETING__RECOMMENDATIONS:
				return ((InternalEList<InternalEObject>)(InternalEList<?>)getRecommendations()).basicAdd(otherEnd, msgs);
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
			case MandatesPackage.MEETING__BODY:
				return basicSetBody(null, msgs);
			case MandatesPackage.MEETING__TITLE:
				return basicSetTitle(null, msgs);
			case MandatesPackage.MEETING__VENUE:
				return basicSetVenue(null, msgs);
			case MandatesPackage.MEETING__OFFICERS:
				return ((InternalEList<?>)getOfficers()).basicRemove(otherEnd, msgs);
			case MandatesPackage.MEETING__AGENDA:
				return ((InternalEList<?>)getAgenda()).basicRemove(otherEnd, msgs);
			case MandatesPackage.MEETING__ATTENDANCE:
				return basicSetAttendance(null, msgs);
			case MandatesPackage.MEETING__RESOLUTIONS:
				return ((InternalEList<?>)getResolutions()).basicRemove(otherEnd, msgs);
			case MandatesPackage.MEETING__RECOMMENDATIONS:
				return ((InternalEList<?>)getRecommendations()).basicRemove(otherEnd, msgs);
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
			case MandatesPackage.MEETING__BODY:
				return eInternalContainer().eInverseRemove(this, MandatesPackage.BODY__MEETINGS, Body.class, msgs);
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
			case MandatesPackage.MEETING__BODY:
				return getBody();
			case MandatesPackage.MEETING__ORDINAL:
				return getOrdinal();
			case MandatesPackage.MEETING__RESUMED:
				return isResumed();
			case MandatesPackage.MEETING__TITLE:
				return getTitle();
			case MandatesPackage.MEETING__START_DATE:
				return getStartDate();
			case MandatesPackage.MEETING__END_DATE:
				return getEndDate();
			case MandatesPackage.MEETING__VENUE:
				return getVenue();
			case MandatesPackage.MEETING__OFFICERS:
				return getOfficers();
			case MandatesPackage.MEETING__AGENDA:
				return getAgenda();
			case MandatesPackage.MEETING__ATTENDANCE:
				return getAttendance();
			case MandatesPackage.MEETING__RESOLUTIONS:
				return getResolutions();
			case MandatesPackage.MEETING__RECOMMENDATIONS:
				return getRecommendations();
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
			case MandatesPackage.MEETING__BODY:
				setBody((Body)newValue);
				return;
			case MandatesPackage.MEETING__ORDINAL:
				setOrdinal((Integer)newValue);
				return;
			case MandatesPackage.MEETING__RESUMED:
				setResumed((Boolean)newValue);
				return;
			case MandatesPackage.MEETING__TITLE:
				setTitle((MultilingualText)newValue);
				return;
			case MandatesPackage.MEETING__START_DATE:
				setStartDate((LocalDate)newValue);
				return;
			case MandatesPackage.MEETING__END_DATE:
				setEndDate((LocalDate)newValue);
				return;
			case MandatesPackage.MEETING__VENUE:
				setVenue((MultilingualText)newValue);
				return;
			case MandatesPackage.MEETING__OFFICERS:
				getOfficers().clear();
				getOfficers().addAll((Collection<? extends Officer>)newValue);
				return;
			case MandatesPackage.MEETING__AGENDA:
				getAgenda().clear();
				getAgenda().addAll((Collection<? extends AgendaItem>)newValue);
				return;
			case MandatesPackage.MEETING__ATTENDANCE:
				setAttendance((Attendance)newValue);
				return;
			case MandatesPackage.MEETING__RESOLUTIONS:
				getResolutions().clear();
				getResolutions().addAll((Collection<? extends Resolution>)newValue);
				return;
			case MandatesPackage.MEETING__RECOMMENDATIONS:
				getRecommendations().clear();
				getRecommendations().addAll((Collection<? extends Recommendation>)newValue);
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
			case MandatesPackage.MEETING__BODY:
				setBody((Body)null);
				return;
			case MandatesPackage.MEETING__ORDINAL:
				setOrdinal(ORDINAL_EDEFAULT);
				return;
			case MandatesPackage.MEETING__RESUMED:
				setResumed(RESUMED_EDEFAULT);
				return;
			case MandatesPackage.MEETING__TITLE:
				setTitle((MultilingualText)null);
				return;
			case MandatesPackage.MEETING__START_DATE:
				setStartDate(START_DATE_EDEFAULT);
				return;
			case MandatesPackage.MEETING__END_DATE:
				setEndDate(END_DATE_EDEFAULT);
				return;
			case MandatesPackage.MEETING__VENUE:
				setVenue((MultilingualText)null);
				return;
			case MandatesPackage.MEETING__OFFICERS:
				getOfficers().clear();
				return;
			case MandatesPackage.MEETING__AGENDA:
				getAgenda().clear();
				return;
			case MandatesPackage.MEETING__ATTENDANCE:
				setAttendance((Attendance)null);
				return;
			case MandatesPackage.MEETING__RESOLUTIONS:
				getResolutions().clear();
				return;
			case MandatesPackage.MEETING__RECOMMENDATIONS:
				getRecommendations().clear();
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
			case MandatesPackage.MEETING__BODY:
				return getBody() != null;
			case MandatesPackage.MEETING__ORDINAL:
				return ordinal != ORDINAL_EDEFAULT;
			case MandatesPackage.MEETING__RESUMED:
				return resumed != RESUMED_EDEFAULT;
			case MandatesPackage.MEETING__TITLE:
				return title != null;
			case MandatesPackage.MEETING__START_DATE:
				return START_DATE_EDEFAULT == null ? startDate != null : !START_DATE_EDEFAULT.equals(startDate);
			case MandatesPackage.MEETING__END_DATE:
				return END_DATE_EDEFAULT == null ? endDate != null : !END_DATE_EDEFAULT.equals(endDate);
			case MandatesPackage.MEETING__VENUE:
				return venue != null;
			case MandatesPackage.MEETING__OFFICERS:
				return officers != null && !officers.isEmpty();
			case MandatesPackage.MEETING__AGENDA:
				return agenda != null && !agenda.isEmpty();
			case MandatesPackage.MEETING__ATTENDANCE:
				return attendance != null;
			case MandatesPackage.MEETING__RESOLUTIONS:
				return resolutions != null && !resolutions.isEmpty();
			case MandatesPackage.MEETING__RECOMMENDATIONS:
				return recommendations != null && !recommendations.isEmpty();
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
		result.append(" (ordinal: "); //$NON-NLS-1$
		result.append(ordinal);
		result.append(", resumed: "); //$NON-NLS-1$
		result.append(resumed);
		result.append(", startDate: "); //$NON-NLS-1$
		result.append(startDate);
		result.append(", endDate: "); //$NON-NLS-1$
		result.append(endDate);
		result.append(')');
		return result.toString();
	}

} //MeetingImpl
