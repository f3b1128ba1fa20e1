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
import org.eclipse.emf.ecore.impl.EObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.mandateworkbench.model.Body;
import org.mandateworkbench.model.Document;
import org.mandateworkbench.model.Indicator;
import org.mandateworkbench.model.Instrument;
import org.mandateworkbench.model.Mandate;
import org.mandateworkbench.model.MandateWorkspace;
import org.mandateworkbench.model.MandatesPackage;
import org.mandateworkbench.model.Organization;
import org.mandateworkbench.model.Person;
import org.mandateworkbench.model.State;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Mandate Workspace</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.mandateworkbench.model.impl.MandateWorkspaceImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.mandateworkbench.model.impl.MandateWorkspaceImpl#getInstruments <em>Instruments</em>}</li>
 *   <li>{@link org.mandateworkbench.model.impl.MandateWorkspaceImpl#getBodies <em>Bodies</em>}</li>
 *   <li>{@link org.mandateworkbench.model.impl.MandateWorkspaceImpl#getStates <em>States</em>}</li>
 *   <li>{@link org.mandateworkbench.model.impl.MandateWorkspaceImpl#getOrganizations <em>Organizations</em>}</li>
 *   <li>{@link org.mandateworkbench.model.impl.MandateWorkspaceImpl#getPersons <em>Persons</em>}</li>
 *   <li>{@link org.mandateworkbench.model.impl.MandateWorkspaceImpl#getDocuments <em>Documents</em>}</li>
 *   <li>{@link org.mandateworkbench.model.impl.MandateWorkspaceImpl#getMandates <em>Mandates</em>}</li>
 *   <li>{@link org.mandateworkbench.model.impl.MandateWorkspaceImpl#getIndicators <em>Indicators</em>}</li>
 * </ul>
 *
 * @generated
 */
public class MandateWorkspaceImpl extends EObjectImpl implements MandateWorkspace {
	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

	/**
	 * The cached value of the '{@link #getInstruments() <em>Instruments</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInstruments()
	 * @generated
	 * @ordered
	 */
	protected EList<Instrument> instruments;

	/**
	 * The cached value of the '{@link #getBodies() <em>Bodies</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBodies()
	 * @generated
	 * @ordered
	 */
	protected EList<Body> bodies;

	/**
	 * The cached value of the '{@link #getStates() <em>States</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStates()
	 * @generated
	 * @ordered
	 */
	protected EList<State> states;

	/**
	 * The cached value of the '{@link #getOrganizations() <em>Organizations</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOrganizations()
	 * @generated
	 * @ordered
	 */
	protected EList<Organization> organizations;

	/**
	 * The cached value of the '{@link #getPersons() <em>Persons</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPersons()
	 * @generated
	 * @ordered
	 */
	protected EList<Person> persons;

	/**
	 * The cached value of the '{@link #getDocuments() <em>Documents</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDocuments()
	 * @generated
	 * @ordered
	 */
	protected EList<Document> documents;

	/**
	 * The cached value of the '{@link #getMandates() <em>Mandates</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMandates()
	 * @generated
	 * @ordered
	 */
	protected EList<Mandate> mandates;

	/**
	 * The cached value of the '{@link #getIndicators() <em>Indicators</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIndicators()
	 * @generated
	 * @ordered
	 */
	protected EList<Indicator> indicators;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected MandateWorkspaceImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return MandatesPackage.Literals.MANDATE_WORKSPACE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
		return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName) {
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MandatesPackage.MANDATE_WORKSPACE__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Instrument> getInstruments() {
		if (instruments == null) {
			instruments = new EObjectContainmentEList<Instrument>(Instrument.class, this, MandatesPackage.MANDATE_WORKSPACE__INSTRUMENTS);
		}
		return instruments;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Body> getBodies() {
		if (bodies == null) {
			bodies = new EObjectContainmentEList<Body>(Body.class, this, MandatesPackage.MANDATE_WORKSPACE__BODIES);
		}
		return bodies;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<State> getStates() {
		if (states == null) {
			states = new EObjectContainmentEList<State>(State.class, this, MandatesPackage.MANDATE_WORKSPACE__STATES);
		}
		return states;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Organization> getOrganizations() {
		if (organizations == null) {
			organizations = new EObjectContainmentEList<Organization>(Organization.class, this, MandatesPackage.MANDATE_WORKSPACE__ORGANIZATIONS);
		}
		return organizations;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Person> getPersons() {
		if (persons == null) {
			persons = new EObjectContainmentEList<Person>(Person.class, this, MandatesPackage.MANDATE_WORKSPACE__PERSONS);
		}
		return persons;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Document> getDocuments() {
		if (documents == null) {
			documents = new EObjectContainmentEList<Document>(Document.class, this, MandatesPackage.MANDATE_WORKSPACE__DOCUMENTS);
		}
		return documents;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Mandate> getMandates() {
		if (mandates == null) {
			mandates = new EObjectContainmentEList<Mandate>(Mandate.class, this, MandatesPackage.MANDATE_WORKSPACE__MANDATES);
		}
		return mandates;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Indicator> getIndicators() {
		if (indicators == null) {
			indicators = new EObjectContainmentEList<Indicator>(Indicator.class, this, MandatesPackage.MANDATE_WORKSPACE__INDICATORS);
		}
		return indicators;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case MandatesPackage.MANDATE_WORKSPACE__INSTRUMENTS:
				return ((InternalEList<?>)getInstruments()).basicRemove(otherEnd, msgs);
			case MandatesPackage.MANDATE_WORKSPACE__BODIES:
				return ((InternalEList<?>)getBodies()).basicRemove(otherEnd, msgs);
			case MandatesPackage.MANDATE_WORKSPACE__STATES:
				return ((InternalEList<?>)getStates()).basicRemove(otherEnd, msgs);
			case MandatesPackage.MANDATE_WORKSPACE__ORGANIZATIONS:
				return ((InternalEList<?>)getOrganizations()).basicRemove(otherEnd, msgs);
			case MandatesPackage.MANDATE_WORKSPACE__PERSONS:
				return ((InternalEList<?>)getPersons()).basicRemove(otherEnd, msgs);
			case MandatesPackage.MANDATE_WORKSPACE__DOCUMENTS:
				return ((InternalEList<?>)getDocuments()).basicRemove(otherEnd, msgs);
			case MandatesPackage.MANDATE_WORKSPACE__MANDATES:
				return ((InternalEList<?>)getMandates()).basicRemove(otherEnd, msgs);
			case MandatesPackage.MANDATE_WORKSPACE__INDICATORS:
				return ((InternalEList<?>)getIndicators()).basicRemove(otherEnd, msgs);
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
			case MandatesPackage.MANDATE_WORKSPACE__NAME:
				return getName();
			case MandatesPackage.MANDATE_WORKSPACE__INSTRUMENTS:
				return getInstruments();
			case MandatesPackage.MANDATE_WORKSPACE__BODIES:
				return getBodies();
			case MandatesPackage.MANDATE_WORKSPACE__STATES:
				return getStates();
			case MandatesPackage.MANDATE_WORKSPACE__ORGANIZATIONS:
				return getOrganizations();
			case MandatesPackage.MANDATE_WORKSPACE__PERSONS:
				return getPersons();
			case MandatesPackage.MANDATE_WORKSPACE__DOCUMENTS:
				return getDocuments();
			case MandatesPackage.MANDATE_WORKSPACE__MANDATES:
				return getMandates();
			case MandatesPackage.MANDATE_WORKSPACE__INDICATORS:
				return getIndicators();
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
			case MandatesPackage.MANDATE_WORKSPACE__NAME:
				setName((String)newValue);
				return;
			case MandatesPackage.MANDATE_WORKSPACE__INSTRUMENTS:
				getInstruments().clear();
				getInstruments().addAll((Collection<? extends Instrument>)newValue);
				return;
			case MandatesPackage.MANDATE_WORKSPACE__BODIES:
				getBodies().clear();
				getBodies().addAll((Collection<? extends Body>)newValue);
				return;
			case MandatesPackage.MANDATE_WORKSPACE__STATES:
				getStates().clear();
				getStates().addAll((Collection<? extends State>)newValue);
				return;
			case MandatesPackage.MANDATE_WORKSPACE__ORGANIZATIONS:
				getOrganizations().clear();
				getOrganizations().addAll((Collection<? extends Organization>)newValue);
				return;
			case MandatesPackage.MANDATE_WORKSPACE__PERSONS:
				getPersons().clear();
				getPersons().addAll((Collection<? extends Person>)newValue);
				return;
			case MandatesPackage.MANDATE_WORKSPACE__DOCUMENTS:
				getDocuments().clear();
				getDocuments().addAll((Collection<? extends Document>)newValue);
				return;
			case MandatesPackage.MANDATE_WORKSPACE__MANDATES:
				getMandates().clear();
				getMandates().addAll((Collection<? extends Mandate>)newValue);
				return;
			case MandatesPackage.MANDATE_WORKSPACE__INDICATORS:
				getIndicators().clear();
				getIndicators().addAll((Collection<? extends Indicator>)newValue);
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
			case MandatesPackage.MANDATE_WORKSPACE__NAME:
				setName(NAME_EDEFAULT);
				return;
			case MandatesPackage.MANDATE_WORKSPACE__INSTRUMENTS:
				getInstruments().clear();
				return;
			case MandatesPackage.MANDATE_WORKSPACE__BODIES:
				getBodies().clear();
				return;
			case MandatesPackage.MANDATE_WORKSPACE__STATES:
				getStates().clear();
				return;
			case MandatesPackage.MANDATE_WORKSPACE__ORGANIZATIONS:
				getOrganizations().clear();
				return;
			case MandatesPackage.MANDATE_WORKSPACE__PERSONS:
				getPersons().clear();
				return;
			case MandatesPackage.MANDATE_WORKSPACE__DOCUMENTS:
				getDocuments().clear();
				return;
			case MandatesPackage.MANDATE_WORKSPACE__MANDATES:
				getMandates().clear();
				return;
			case MandatesPackage.MANDATE_WORKSPACE__INDICATORS:
				getIndicators().clear();
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
			case MandatesPackage.MANDATE_WORKSPACE__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case MandatesPackage.MANDATE_WORKSPACE__INSTRUMENTS:
				return instruments != null && !instruments.isEmpty();
			case MandatesPackage.MANDATE_WORKSPACE__BODIES:
				return bodies != null && !bodies.isEmpty();
			case MandatesPackage.MANDATE_WORKSPACE__STATES:
				return states != null && !states.isEmpty();
			case MandatesPackage.MANDATE_WORKSPACE__ORGANIZATIONS:
				return organizations != null && !organizations.isEmpty();
			case MandatesPackage.MANDATE_WORKSPACE__PERSONS:
				return persons != null && !persons.isEmpty();
			case MandatesPackage.MANDATE_WORKSPACE__DOCUMENTS:
				return documents != null && !documents.isEmpty();
			case MandatesPackage.MANDATE_WORKSPACE__MANDATES:
				return mandates != null && !mandates.isEmpty();
			case MandatesPackage.MANDATE_WORKSPACE__INDICATORS:
				return indicators != null && !indicators.isEmpty();
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
		result.append(" (name: "); //$NON-NLS-1$
		result.append(name);
		result.append(')');
		return result.toString();
	}

} //MandateWorkspaceImpl
