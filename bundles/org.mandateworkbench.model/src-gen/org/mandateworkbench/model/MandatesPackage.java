/**
 */
package org.mandateworkbench.model;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * The domain model of Mandate Workbench: treaty instruments and their bodies, meetings, UN documents, resolutions and recommendations, the mandates they create, the actions taken on them and the responses of States.
 * <!-- end-model-doc -->
 * @see org.mandateworkbench.model.MandatesFactory
 * @model kind="package"
 * @generated
 */
public interface MandatesPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "model"; //$NON-NLS-1$

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "urn:org.mandateworkbench:model:1.0"; //$NON-NLS-1$

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "mandates"; //$NON-NLS-1$

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	MandatesPackage eINSTANCE = org.mandateworkbench.model.impl.MandatesPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.mandateworkbench.model.impl.MandateWorkspaceImpl <em>Mandate Workspace</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.mandateworkbench.model.impl.MandateWorkspaceImpl
	 * @see org.mandateworkbench.model.impl.MandatesPackageImpl#getMandateWorkspace()
	 * @generated
	 */
	int MANDATE_WORKSPACE = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MANDATE_WORKSPACE__NAME = 0;

	/**
	 * The feature id for the '<em><b>Instruments</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MANDATE_WORKSPACE__INSTRUMENTS = 1;

	/**
	 * The feature id for the '<em><b>Bodies</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MANDATE_WORKSPACE__BODIES = 2;

	/**
	 * The feature id for the '<em><b>States</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MANDATE_WORKSPACE__STATES = 3;

	/**
	 * The feature id for the '<em><b>Organizations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MANDATE_WORKSPACE__ORGANIZATIONS = 4;

	/**
	 * The feature id for the '<em><b>Persons</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MANDATE_WORKSPACE__PERSONS = 5;

	/**
	 * The feature id for the '<em><b>Documents</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MANDATE_WORKSPACE__DOCUMENTS = 6;

	/**
	 * The feature id for the '<em><b>Mandates</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MANDATE_WORKSPACE__MANDATES = 7;

	/**
	 * The feature id for the '<em><b>Indicators</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MANDATE_WORKSPACE__INDICATORS = 8;

	/**
	 * The number of structural features of the '<em>Mandate Workspace</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MANDATE_WORKSPACE_FEATURE_COUNT = 9;

	/**
	 * The number of operations of the '<em>Mandate Workspace</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MANDATE_WORKSPACE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.mandateworkbench.model.impl.IdentifiableImpl <em>Identifiable</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.mandateworkbench.model.impl.IdentifiableImpl
	 * @see org.mandateworkbench.model.impl.MandatesPackageImpl#getIdentifiable()
	 * @generated
	 */
	int IDENTIFIABLE = 1;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTIFIABLE__ID = 0;

	/**
	 * The number of structural features of the '<em>Identifiable</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTIFIABLE_FEATURE_COUNT = 1;

	/**
	 * The number of operations of the '<em>Identifiable</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTIFIABLE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.mandateworkbench.model.impl.LocalizedStringImpl <em>Localized String</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.mandateworkbench.model.impl.LocalizedStringImpl
	 * @see org.mandateworkbench.model.impl.MandatesPackageImpl#getLocalizedString()
	 * @generated
	 */
	int LOCALIZED_STRING = 2;

	/**
	 * The feature id for the '<em><b>Language</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOCALIZED_STRING__LANGUAGE = 0;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOCALIZED_STRING__VALUE = 1;

	/**
	 * The number of structural features of the '<em>Localized String</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOCALIZED_STRING_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Localized String</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOCALIZED_STRING_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.mandateworkbench.model.impl.MultilingualTextImpl <em>Multilingual Text</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.mandateworkbench.model.impl.MultilingualTextImpl
	 * @see org.mandateworkbench.model.impl.MandatesPackageImpl#getMultilingualText()
	 * @generated
	 */
	int MULTILINGUAL_TEXT = 3;

	/**
	 * The feature id for the '<em><b>Values</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MULTILINGUAL_TEXT__VALUES = 0;

	/**
	 * The number of structural features of the '<em>Multilingual Text</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MULTILINGUAL_TEXT_FEATURE_COUNT = 1;

	/**
	 * The number of operations of the '<em>Multilingual Text</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MULTILINGUAL_TEXT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.mandateworkbench.model.impl.InstrumentImpl <em>Instrument</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.mandateworkbench.model.impl.InstrumentImpl
	 * @see org.mandateworkbench.model.impl.MandatesPackageImpl#getInstrument()
	 * @generated
	 */
	int INSTRUMENT = 4;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTRUMENT__ID = IDENTIFIABLE__ID;

	/**
	 * The feature id for the '<em><b>Acronym</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTRUMENT__ACRONYM = IDENTIFIABLE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTRUMENT__NAME = IDENTIFIABLE_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Adoption Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTRUMENT__ADOPTION_DATE = IDENTIFIABLE_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Entry Into Force Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTRUMENT__ENTRY_INTO_FORCE_DATE = IDENTIFIABLE_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Instrument</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTRUMENT_FEATURE_COUNT = IDENTIFIABLE_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Instrument</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTRUMENT_OPERATION_COUNT = IDENTIFIABLE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.mandateworkbench.model.impl.BodyImpl <em>Body</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.mandateworkbench.model.impl.BodyImpl
	 * @see org.mandateworkbench.model.impl.MandatesPackageImpl#getBody()
	 * @generated
	 */
	int BODY = 5;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BODY__ID = IDENTIFIABLE__ID;

	/**
	 * The feature id for the '<em><b>Acronym</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BODY__ACRONYM = IDENTIFIABLE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BODY__NAME = IDENTIFIABLE_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BODY__KIND = IDENTIFIABLE_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Instrument</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BODY__INSTRUMENT = IDENTIFIABLE_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Parent</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BODY__PARENT = IDENTIFIABLE_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Symbol Prefix</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BODY__SYMBOL_PREFIX = IDENTIFIABLE_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Meetings</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BODY__MEETINGS = IDENTIFIABLE_FEATURE_COUNT + 6;

	/**
	 * The number of structural features of the '<em>Body</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BODY_FEATURE_COUNT = IDENTIFIABLE_FEATURE_COUNT + 7;

	/**
	 * The number of operations of the '<em>Body</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BODY_OPERATION_COUNT = IDENTIFIABLE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.mandateworkbench.model.impl.MeetingImpl <em>Meeting</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.mandateworkbench.model.impl.MeetingImpl
	 * @see org.mandateworkbench.model.impl.MandatesPackageImpl#getMeeting()
	 * @generated
	 */
	int MEETING = 6;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEETING__ID = IDENTIFIABLE__ID;

	/**
	 * The feature id for the '<em><b>Body</b></em>' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEETING__BODY = IDENTIFIABLE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Ordinal</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEETING__ORDINAL = IDENTIFIABLE_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Resumed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEETING__RESUMED = IDENTIFIABLE_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Title</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEETING__TITLE = IDENTIFIABLE_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Start Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEETING__START_DATE = IDENTIFIABLE_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>End Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEETING__END_DATE = IDENTIFIABLE_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Venue</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEETING__VENUE = IDENTIFIABLE_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Officers</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEETING__OFFICERS = IDENTIFIABLE_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Agenda</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEETING__AGENDA = IDENTIFIABLE_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Attendance</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEETING__ATTENDANCE = IDENTIFIABLE_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Resolutions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEETING__RESOLUTIONS = IDENTIFIABLE_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Recommendations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEETING__RECOMMENDATIONS = IDENTIFIABLE_FEATURE_COUNT + 11;

	/**
	 * The number of structural features of the '<em>Meeting</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEETING_FEATURE_COUNT = IDENTIFIABLE_FEATURE_COUNT + 12;

	/**
	 * The number of operations of the '<em>Meeting</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEETING_OPERATION_COUNT = IDENTIFIABLE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.mandateworkbench.model.impl.OfficerImpl <em>Officer</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.mandateworkbench.model.impl.OfficerImpl
	 * @see org.mandateworkbench.model.impl.MandatesPackageImpl#getOfficer()
	 * @generated
	 */
	int OFFICER = 7;

	/**
	 * The feature id for the '<em><b>Role</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OFFICER__ROLE = 0;

	/**
	 * The feature id for the '<em><b>Person</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OFFICER__PERSON = 1;

	/**
	 * The feature id for the '<em><b>State</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OFFICER__STATE = 2;

	/**
	 * The number of structural features of the '<em>Officer</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OFFICER_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Officer</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OFFICER_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.mandateworkbench.model.impl.AgendaItemImpl <em>Agenda Item</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.mandateworkbench.model.impl.AgendaItemImpl
	 * @see org.mandateworkbench.model.impl.MandatesPackageImpl#getAgendaItem()
	 * @generated
	 */
	int AGENDA_ITEM = 8;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGENDA_ITEM__ID = IDENTIFIABLE__ID;

	/**
	 * The feature id for the '<em><b>Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGENDA_ITEM__NUMBER = IDENTIFIABLE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Title</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGENDA_ITEM__TITLE = IDENTIFIABLE_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Sub Items</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGENDA_ITEM__SUB_ITEMS = IDENTIFIABLE_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Agenda Item</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGENDA_ITEM_FEATURE_COUNT = IDENTIFIABLE_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Agenda Item</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGENDA_ITEM_OPERATION_COUNT = IDENTIFIABLE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.mandateworkbench.model.impl.AttendanceImpl <em>Attendance</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.mandateworkbench.model.impl.AttendanceImpl
	 * @see org.mandateworkbench.model.impl.MandatesPackageImpl#getAttendance()
	 * @generated
	 */
	int ATTENDANCE = 9;

	/**
	 * The feature id for the '<em><b>States</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ATTENDANCE__STATES = 0;

	/**
	 * The feature id for the '<em><b>Observer States</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ATTENDANCE__OBSERVER_STATES = 1;

	/**
	 * The feature id for the '<em><b>Organizations</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ATTENDANCE__ORGANIZATIONS = 2;

	/**
	 * The number of structural features of the '<em>Attendance</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ATTENDANCE_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Attendance</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ATTENDANCE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.mandateworkbench.model.impl.DocumentImpl <em>Document</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.mandateworkbench.model.impl.DocumentImpl
	 * @see org.mandateworkbench.model.impl.MandatesPackageImpl#getDocument()
	 * @generated
	 */
	int DOCUMENT = 10;

	/**
	 * The feature id for the '<em><b>Symbol</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT__SYMBOL = 0;

	/**
	 * The feature id for the '<em><b>Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT__KEY = 1;

	/**
	 * The feature id for the '<em><b>Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT__TYPE = 2;

	/**
	 * The feature id for the '<em><b>Distribution</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT__DISTRIBUTION = 3;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT__DATE = 4;

	/**
	 * The feature id for the '<em><b>Meeting</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT__MEETING = 5;

	/**
	 * The feature id for the '<em><b>Agenda Items</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT__AGENDA_ITEMS = 6;

	/**
	 * The feature id for the '<em><b>Versions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT__VERSIONS = 7;

	/**
	 * The feature id for the '<em><b>Cites</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT__CITES = 8;

	/**
	 * The feature id for the '<em><b>Supersedes</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT__SUPERSEDES = 9;

	/**
	 * The number of structural features of the '<em>Document</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT_FEATURE_COUNT = 10;

	/**
	 * The number of operations of the '<em>Document</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.mandateworkbench.model.impl.LanguageVersionImpl <em>Language Version</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.mandateworkbench.model.impl.LanguageVersionImpl
	 * @see org.mandateworkbench.model.impl.MandatesPackageImpl#getLanguageVersion()
	 * @generated
	 */
	int LANGUAGE_VERSION = 11;

	/**
	 * The feature id for the '<em><b>Language</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LANGUAGE_VERSION__LANGUAGE = 0;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LANGUAGE_VERSION__TITLE = 1;

	/**
	 * The feature id for the '<em><b>Original</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LANGUAGE_VERSION__ORIGINAL = 2;

	/**
	 * The feature id for the '<em><b>File</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LANGUAGE_VERSION__FILE = 3;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LANGUAGE_VERSION__TEXT = 4;

	/**
	 * The number of structural features of the '<em>Language Version</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LANGUAGE_VERSION_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Language Version</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LANGUAGE_VERSION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.mandateworkbench.model.impl.ResolutionImpl <em>Resolution</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.mandateworkbench.model.impl.ResolutionImpl
	 * @see org.mandateworkbench.model.impl.MandatesPackageImpl#getResolution()
	 * @generated
	 */
	int RESOLUTION = 12;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESOLUTION__ID = IDENTIFIABLE__ID;

	/**
	 * The feature id for the '<em><b>Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESOLUTION__NUMBER = IDENTIFIABLE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESOLUTION__KIND = IDENTIFIABLE_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Title</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESOLUTION__TITLE = IDENTIFIABLE_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Adopting Session</b></em>' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESOLUTION__ADOPTING_SESSION = IDENTIFIABLE_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Document</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESOLUTION__DOCUMENT = IDENTIFIABLE_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Paragraphs</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESOLUTION__PARAGRAPHS = IDENTIFIABLE_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Resolution</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESOLUTION_FEATURE_COUNT = IDENTIFIABLE_FEATURE_COUNT + 6;

	/**
	 * The number of operations of the '<em>Resolution</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESOLUTION_OPERATION_COUNT = IDENTIFIABLE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.mandateworkbench.model.impl.OperativeParagraphImpl <em>Operative Paragraph</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.mandateworkbench.model.impl.OperativeParagraphImpl
	 * @see org.mandateworkbench.model.impl.MandatesPackageImpl#getOperativeParagraph()
	 * @generated
	 */
	int OPERATIVE_PARAGRAPH = 13;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPERATIVE_PARAGRAPH__ID = IDENTIFIABLE__ID;

	/**
	 * The feature id for the '<em><b>Resolution</b></em>' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPERATIVE_PARAGRAPH__RESOLUTION = IDENTIFIABLE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPERATIVE_PARAGRAPH__NUMBER = IDENTIFIABLE_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Text</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPERATIVE_PARAGRAPH__TEXT = IDENTIFIABLE_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Addressees</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPERATIVE_PARAGRAPH__ADDRESSEES = IDENTIFIABLE_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Operative Paragraph</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPERATIVE_PARAGRAPH_FEATURE_COUNT = IDENTIFIABLE_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Operative Paragraph</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPERATIVE_PARAGRAPH_OPERATION_COUNT = IDENTIFIABLE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.mandateworkbench.model.impl.AddresseesImpl <em>Addressees</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.mandateworkbench.model.impl.AddresseesImpl
	 * @see org.mandateworkbench.model.impl.MandatesPackageImpl#getAddressees()
	 * @generated
	 */
	int ADDRESSEES = 14;

	/**
	 * The feature id for the '<em><b>All States Parties</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADDRESSEES__ALL_STATES_PARTIES = 0;

	/**
	 * The feature id for the '<em><b>Secretariat</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADDRESSEES__SECRETARIAT = 1;

	/**
	 * The feature id for the '<em><b>Actors</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADDRESSEES__ACTORS = 2;

	/**
	 * The feature id for the '<em><b>Bodies</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADDRESSEES__BODIES = 3;

	/**
	 * The number of structural features of the '<em>Addressees</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADDRESSEES_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Addressees</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADDRESSEES_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.mandateworkbench.model.impl.RecommendationImpl <em>Recommendation</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.mandateworkbench.model.impl.RecommendationImpl
	 * @see org.mandateworkbench.model.impl.MandatesPackageImpl#getRecommendation()
	 * @generated
	 */
	int RECOMMENDATION = 15;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECOMMENDATION__ID = IDENTIFIABLE__ID;

	/**
	 * The feature id for the '<em><b>Meeting</b></em>' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECOMMENDATION__MEETING = IDENTIFIABLE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Paragraph Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECOMMENDATION__PARAGRAPH_NUMBER = IDENTIFIABLE_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Letter</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECOMMENDATION__LETTER = IDENTIFIABLE_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Text</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECOMMENDATION__TEXT = IDENTIFIABLE_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Addressees</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECOMMENDATION__ADDRESSEES = IDENTIFIABLE_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Document</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECOMMENDATION__DOCUMENT = IDENTIFIABLE_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Reiterates</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECOMMENDATION__REITERATES = IDENTIFIABLE_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Reiterated Reports</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECOMMENDATION__REITERATED_REPORTS = IDENTIFIABLE_FEATURE_COUNT + 7;

	/**
	 * The number of structural features of the '<em>Recommendation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECOMMENDATION_FEATURE_COUNT = IDENTIFIABLE_FEATURE_COUNT + 8;

	/**
	 * The number of operations of the '<em>Recommendation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECOMMENDATION_OPERATION_COUNT = IDENTIFIABLE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.mandateworkbench.model.impl.MandateImpl <em>Mandate</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.mandateworkbench.model.impl.MandateImpl
	 * @see org.mandateworkbench.model.impl.MandatesPackageImpl#getMandate()
	 * @generated
	 */
	int MANDATE = 16;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MANDATE__ID = IDENTIFIABLE__ID;

	/**
	 * The feature id for the '<em><b>Title</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MANDATE__TITLE = IDENTIFIABLE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Source Paragraphs</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MANDATE__SOURCE_PARAGRAPHS = IDENTIFIABLE_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Source Recommendations</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MANDATE__SOURCE_RECOMMENDATIONS = IDENTIFIABLE_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Addressees</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MANDATE__ADDRESSEES = IDENTIFIABLE_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Responsible Officer</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MANDATE__RESPONSIBLE_OFFICER = IDENTIFIABLE_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Topics</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MANDATE__TOPICS = IDENTIFIABLE_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Report To</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MANDATE__REPORT_TO = IDENTIFIABLE_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Due Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MANDATE__DUE_DATE = IDENTIFIABLE_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MANDATE__STATUS = IDENTIFIABLE_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Successor</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MANDATE__SUCCESSOR = IDENTIFIABLE_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Status Changes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MANDATE__STATUS_CHANGES = IDENTIFIABLE_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Actions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MANDATE__ACTIONS = IDENTIFIABLE_FEATURE_COUNT + 11;

	/**
	 * The number of structural features of the '<em>Mandate</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MANDATE_FEATURE_COUNT = IDENTIFIABLE_FEATURE_COUNT + 12;

	/**
	 * The number of operations of the '<em>Mandate</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MANDATE_OPERATION_COUNT = IDENTIFIABLE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.mandateworkbench.model.impl.StatusChangeImpl <em>Status Change</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.mandateworkbench.model.impl.StatusChangeImpl
	 * @see org.mandateworkbench.model.impl.MandatesPackageImpl#getStatusChange()
	 * @generated
	 */
	int STATUS_CHANGE = 17;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATUS_CHANGE__DATE = 0;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATUS_CHANGE__STATUS = 1;

	/**
	 * The feature id for the '<em><b>Author</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATUS_CHANGE__AUTHOR = 2;

	/**
	 * The feature id for the '<em><b>Reason</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATUS_CHANGE__REASON = 3;

	/**
	 * The number of structural features of the '<em>Status Change</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATUS_CHANGE_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Status Change</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATUS_CHANGE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.mandateworkbench.model.impl.MandateActionImpl <em>Mandate Action</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.mandateworkbench.model.impl.MandateActionImpl
	 * @see org.mandateworkbench.model.impl.MandatesPackageImpl#getMandateAction()
	 * @generated
	 */
	int MANDATE_ACTION = 18;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MANDATE_ACTION__ID = IDENTIFIABLE__ID;

	/**
	 * The feature id for the '<em><b>Mandate</b></em>' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MANDATE_ACTION__MANDATE = IDENTIFIABLE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MANDATE_ACTION__DATE = IDENTIFIABLE_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Note</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MANDATE_ACTION__NOTE = IDENTIFIABLE_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Mandate Action</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MANDATE_ACTION_FEATURE_COUNT = IDENTIFIABLE_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Mandate Action</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MANDATE_ACTION_OPERATION_COUNT = IDENTIFIABLE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.mandateworkbench.model.impl.NoteVerbaleImpl <em>Note Verbale</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.mandateworkbench.model.impl.NoteVerbaleImpl
	 * @see org.mandateworkbench.model.impl.MandatesPackageImpl#getNoteVerbale()
	 * @generated
	 */
	int NOTE_VERBALE = 19;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOTE_VERBALE__ID = MANDATE_ACTION__ID;

	/**
	 * The feature id for the '<em><b>Mandate</b></em>' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOTE_VERBALE__MANDATE = MANDATE_ACTION__MANDATE;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOTE_VERBALE__DATE = MANDATE_ACTION__DATE;

	/**
	 * The feature id for the '<em><b>Note</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOTE_VERBALE__NOTE = MANDATE_ACTION__NOTE;

	/**
	 * The feature id for the '<em><b>Reference</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOTE_VERBALE__REFERENCE = MANDATE_ACTION_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Topics</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOTE_VERBALE__TOPICS = MANDATE_ACTION_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Reply Deadline</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOTE_VERBALE__REPLY_DEADLINE = MANDATE_ACTION_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Addressees</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOTE_VERBALE__ADDRESSEES = MANDATE_ACTION_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Responses</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOTE_VERBALE__RESPONSES = MANDATE_ACTION_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Note Verbale</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOTE_VERBALE_FEATURE_COUNT = MANDATE_ACTION_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Note Verbale</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOTE_VERBALE_OPERATION_COUNT = MANDATE_ACTION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.mandateworkbench.model.impl.NoteVerbaleReminderImpl <em>Note Verbale Reminder</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.mandateworkbench.model.impl.NoteVerbaleReminderImpl
	 * @see org.mandateworkbench.model.impl.MandatesPackageImpl#getNoteVerbaleReminder()
	 * @generated
	 */
	int NOTE_VERBALE_REMINDER = 20;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOTE_VERBALE_REMINDER__ID = MANDATE_ACTION__ID;

	/**
	 * The feature id for the '<em><b>Mandate</b></em>' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOTE_VERBALE_REMINDER__MANDATE = MANDATE_ACTION__MANDATE;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOTE_VERBALE_REMINDER__DATE = MANDATE_ACTION__DATE;

	/**
	 * The feature id for the '<em><b>Note</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOTE_VERBALE_REMINDER__NOTE = MANDATE_ACTION__NOTE;

	/**
	 * The feature id for the '<em><b>Reminded</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOTE_VERBALE_REMINDER__REMINDED = MANDATE_ACTION_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Reference</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOTE_VERBALE_REMINDER__REFERENCE = MANDATE_ACTION_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Reply Deadline</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOTE_VERBALE_REMINDER__REPLY_DEADLINE = MANDATE_ACTION_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Note Verbale Reminder</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOTE_VERBALE_REMINDER_FEATURE_COUNT = MANDATE_ACTION_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Note Verbale Reminder</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOTE_VERBALE_REMINDER_OPERATION_COUNT = MANDATE_ACTION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.mandateworkbench.model.impl.ExpertPanelImpl <em>Expert Panel</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.mandateworkbench.model.impl.ExpertPanelImpl
	 * @see org.mandateworkbench.model.impl.MandatesPackageImpl#getExpertPanel()
	 * @generated
	 */
	int EXPERT_PANEL = 21;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPERT_PANEL__ID = MANDATE_ACTION__ID;

	/**
	 * The feature id for the '<em><b>Mandate</b></em>' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPERT_PANEL__MANDATE = MANDATE_ACTION__MANDATE;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPERT_PANEL__DATE = MANDATE_ACTION__DATE;

	/**
	 * The feature id for the '<em><b>Note</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPERT_PANEL__NOTE = MANDATE_ACTION__NOTE;

	/**
	 * The feature id for the '<em><b>Name</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPERT_PANEL__NAME = MANDATE_ACTION_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Meeting</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPERT_PANEL__MEETING = MANDATE_ACTION_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Experts</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPERT_PANEL__EXPERTS = MANDATE_ACTION_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Expert Panel</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPERT_PANEL_FEATURE_COUNT = MANDATE_ACTION_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Expert Panel</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPERT_PANEL_OPERATION_COUNT = MANDATE_ACTION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.mandateworkbench.model.impl.DocumentIssuedImpl <em>Document Issued</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.mandateworkbench.model.impl.DocumentIssuedImpl
	 * @see org.mandateworkbench.model.impl.MandatesPackageImpl#getDocumentIssued()
	 * @generated
	 */
	int DOCUMENT_ISSUED = 22;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT_ISSUED__ID = MANDATE_ACTION__ID;

	/**
	 * The feature id for the '<em><b>Mandate</b></em>' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT_ISSUED__MANDATE = MANDATE_ACTION__MANDATE;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT_ISSUED__DATE = MANDATE_ACTION__DATE;

	/**
	 * The feature id for the '<em><b>Note</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT_ISSUED__NOTE = MANDATE_ACTION__NOTE;

	/**
	 * The feature id for the '<em><b>Document</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT_ISSUED__DOCUMENT = MANDATE_ACTION_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Document Issued</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT_ISSUED_FEATURE_COUNT = MANDATE_ACTION_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Document Issued</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT_ISSUED_OPERATION_COUNT = MANDATE_ACTION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.mandateworkbench.model.impl.ReportedToMeetingImpl <em>Reported To Meeting</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.mandateworkbench.model.impl.ReportedToMeetingImpl
	 * @see org.mandateworkbench.model.impl.MandatesPackageImpl#getReportedToMeeting()
	 * @generated
	 */
	int REPORTED_TO_MEETING = 23;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORTED_TO_MEETING__ID = MANDATE_ACTION__ID;

	/**
	 * The feature id for the '<em><b>Mandate</b></em>' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORTED_TO_MEETING__MANDATE = MANDATE_ACTION__MANDATE;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORTED_TO_MEETING__DATE = MANDATE_ACTION__DATE;

	/**
	 * The feature id for the '<em><b>Note</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORTED_TO_MEETING__NOTE = MANDATE_ACTION__NOTE;

	/**
	 * The feature id for the '<em><b>Meeting</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORTED_TO_MEETING__MEETING = MANDATE_ACTION_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Agenda Item</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORTED_TO_MEETING__AGENDA_ITEM = MANDATE_ACTION_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Document</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORTED_TO_MEETING__DOCUMENT = MANDATE_ACTION_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Reported To Meeting</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORTED_TO_MEETING_FEATURE_COUNT = MANDATE_ACTION_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Reported To Meeting</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORTED_TO_MEETING_OPERATION_COUNT = MANDATE_ACTION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.mandateworkbench.model.impl.StateResponseImpl <em>State Response</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.mandateworkbench.model.impl.StateResponseImpl
	 * @see org.mandateworkbench.model.impl.MandatesPackageImpl#getStateResponse()
	 * @generated
	 */
	int STATE_RESPONSE = 24;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATE_RESPONSE__ID = IDENTIFIABLE__ID;

	/**
	 * The feature id for the '<em><b>Note Verbale</b></em>' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATE_RESPONSE__NOTE_VERBALE = IDENTIFIABLE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>State</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATE_RESPONSE__STATE = IDENTIFIABLE_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Received Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATE_RESPONSE__RECEIVED_DATE = IDENTIFIABLE_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Topics</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATE_RESPONSE__TOPICS = IDENTIFIABLE_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Substantive</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATE_RESPONSE__SUBSTANTIVE = IDENTIFIABLE_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Topic Summaries</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATE_RESPONSE__TOPIC_SUMMARIES = IDENTIFIABLE_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Attachments</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATE_RESPONSE__ATTACHMENTS = IDENTIFIABLE_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Classification</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATE_RESPONSE__CLASSIFICATION = IDENTIFIABLE_FEATURE_COUNT + 7;

	/**
	 * The number of structural features of the '<em>State Response</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATE_RESPONSE_FEATURE_COUNT = IDENTIFIABLE_FEATURE_COUNT + 8;

	/**
	 * The number of operations of the '<em>State Response</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATE_RESPONSE_OPERATION_COUNT = IDENTIFIABLE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.mandateworkbench.model.impl.TopicSummaryImpl <em>Topic Summary</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.mandateworkbench.model.impl.TopicSummaryImpl
	 * @see org.mandateworkbench.model.impl.MandatesPackageImpl#getTopicSummary()
	 * @generated
	 */
	int TOPIC_SUMMARY = 25;

	/**
	 * The feature id for the '<em><b>Topic</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOPIC_SUMMARY__TOPIC = 0;

	/**
	 * The feature id for the '<em><b>Summary</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOPIC_SUMMARY__SUMMARY = 1;

	/**
	 * The number of structural features of the '<em>Topic Summary</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOPIC_SUMMARY_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Topic Summary</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOPIC_SUMMARY_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.mandateworkbench.model.impl.AttachmentImpl <em>Attachment</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.mandateworkbench.model.impl.AttachmentImpl
	 * @see org.mandateworkbench.model.impl.MandatesPackageImpl#getAttachment()
	 * @generated
	 */
	int ATTACHMENT = 26;

	/**
	 * The feature id for the '<em><b>File</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ATTACHMENT__FILE = 0;

	/**
	 * The feature id for the '<em><b>Language</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ATTACHMENT__LANGUAGE = 1;

	/**
	 * The feature id for the '<em><b>Title</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ATTACHMENT__TITLE = 2;

	/**
	 * The number of structural features of the '<em>Attachment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ATTACHMENT_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Attachment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ATTACHMENT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.mandateworkbench.model.impl.ActorImpl <em>Actor</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.mandateworkbench.model.impl.ActorImpl
	 * @see org.mandateworkbench.model.impl.MandatesPackageImpl#getActor()
	 * @generated
	 */
	int ACTOR = 27;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTOR__ID = IDENTIFIABLE__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTOR__NAME = IDENTIFIABLE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Party Statuses</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTOR__PARTY_STATUSES = IDENTIFIABLE_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Actor</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTOR_FEATURE_COUNT = IDENTIFIABLE_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Actor</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTOR_OPERATION_COUNT = IDENTIFIABLE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.mandateworkbench.model.impl.StateImpl <em>State</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.mandateworkbench.model.impl.StateImpl
	 * @see org.mandateworkbench.model.impl.MandatesPackageImpl#getState()
	 * @generated
	 */
	int STATE = 28;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATE__ID = ACTOR__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATE__NAME = ACTOR__NAME;

	/**
	 * The feature id for the '<em><b>Party Statuses</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATE__PARTY_STATUSES = ACTOR__PARTY_STATUSES;

	/**
	 * The feature id for the '<em><b>Iso Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATE__ISO_CODE = ACTOR_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Formal Name</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATE__FORMAL_NAME = ACTOR_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Regional Group</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATE__REGIONAL_GROUP = ACTOR_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>State</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATE_FEATURE_COUNT = ACTOR_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>State</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATE_OPERATION_COUNT = ACTOR_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.mandateworkbench.model.impl.OrganizationImpl <em>Organization</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.mandateworkbench.model.impl.OrganizationImpl
	 * @see org.mandateworkbench.model.impl.MandatesPackageImpl#getOrganization()
	 * @generated
	 */
	int ORGANIZATION = 29;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANIZATION__ID = ACTOR__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANIZATION__NAME = ACTOR__NAME;

	/**
	 * The feature id for the '<em><b>Party Statuses</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANIZATION__PARTY_STATUSES = ACTOR__PARTY_STATUSES;

	/**
	 * The feature id for the '<em><b>Acronym</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANIZATION__ACRONYM = ACTOR_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANIZATION__KIND = ACTOR_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Organization</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANIZATION_FEATURE_COUNT = ACTOR_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Organization</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANIZATION_OPERATION_COUNT = ACTOR_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.mandateworkbench.model.impl.PartyStatusImpl <em>Party Status</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.mandateworkbench.model.impl.PartyStatusImpl
	 * @see org.mandateworkbench.model.impl.MandatesPackageImpl#getPartyStatus()
	 * @generated
	 */
	int PARTY_STATUS = 30;

	/**
	 * The feature id for the '<em><b>Instrument</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTY_STATUS__INSTRUMENT = 0;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTY_STATUS__STATUS = 1;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTY_STATUS__DATE = 2;

	/**
	 * The number of structural features of the '<em>Party Status</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTY_STATUS_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Party Status</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTY_STATUS_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.mandateworkbench.model.impl.PersonImpl <em>Person</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.mandateworkbench.model.impl.PersonImpl
	 * @see org.mandateworkbench.model.impl.MandatesPackageImpl#getPerson()
	 * @generated
	 */
	int PERSON = 31;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON__ID = IDENTIFIABLE__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON__NAME = IDENTIFIABLE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Affiliation</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON__AFFILIATION = IDENTIFIABLE_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Person</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON_FEATURE_COUNT = IDENTIFIABLE_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Person</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON_OPERATION_COUNT = IDENTIFIABLE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.mandateworkbench.model.impl.IndicatorImpl <em>Indicator</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.mandateworkbench.model.impl.IndicatorImpl
	 * @see org.mandateworkbench.model.impl.MandatesPackageImpl#getIndicator()
	 * @generated
	 */
	int INDICATOR = 32;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__ID = IDENTIFIABLE__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__NAME = IDENTIFIABLE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Mandate</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__MANDATE = IDENTIFIABLE_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__UNIT = IDENTIFIABLE_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Observations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__OBSERVATIONS = IDENTIFIABLE_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Indicator</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR_FEATURE_COUNT = IDENTIFIABLE_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Indicator</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR_OPERATION_COUNT = IDENTIFIABLE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.mandateworkbench.model.impl.ObservationImpl <em>Observation</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.mandateworkbench.model.impl.ObservationImpl
	 * @see org.mandateworkbench.model.impl.MandatesPackageImpl#getObservation()
	 * @generated
	 */
	int OBSERVATION = 33;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OBSERVATION__DATE = 0;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OBSERVATION__VALUE = 1;

	/**
	 * The feature id for the '<em><b>Note</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OBSERVATION__NOTE = 2;

	/**
	 * The number of structural features of the '<em>Observation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OBSERVATION_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Observation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OBSERVATION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.mandateworkbench.model.BodyKind <em>Body Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.mandateworkbench.model.BodyKind
	 * @see org.mandateworkbench.model.impl.MandatesPackageImpl#getBodyKind()
	 * @generated
	 */
	int BODY_KIND = 34;

	/**
	 * The meta object id for the '{@link org.mandateworkbench.model.OfficerRole <em>Officer Role</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.mandateworkbench.model.OfficerRole
	 * @see org.mandateworkbench.model.impl.MandatesPackageImpl#getOfficerRole()
	 * @generated
	 */
	int OFFICER_ROLE = 35;

	/**
	 * The meta object id for the '{@link org.mandateworkbench.model.DocumentType <em>Document Type</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.mandateworkbench.model.DocumentType
	 * @see org.mandateworkbench.model.impl.MandatesPackageImpl#getDocumentType()
	 * @generated
	 */
	int DOCUMENT_TYPE = 36;

	/**
	 * The meta object id for the '{@link org.mandateworkbench.model.Distribution <em>Distribution</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.mandateworkbench.model.Distribution
	 * @see org.mandateworkbench.model.impl.MandatesPackageImpl#getDistribution()
	 * @generated
	 */
	int DISTRIBUTION = 37;

	/**
	 * The meta object id for the '{@link org.mandateworkbench.model.ResolutionKind <em>Resolution Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.mandateworkbench.model.ResolutionKind
	 * @see org.mandateworkbench.model.impl.MandatesPackageImpl#getResolutionKind()
	 * @generated
	 */
	int RESOLUTION_KIND = 38;

	/**
	 * The meta object id for the '{@link org.mandateworkbench.model.MandateStatus <em>Mandate Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.mandateworkbench.model.MandateStatus
	 * @see org.mandateworkbench.model.impl.MandatesPackageImpl#getMandateStatus()
	 * @generated
	 */
	int MANDATE_STATUS = 39;

	/**
	 * The meta object id for the '{@link org.mandateworkbench.model.Classification <em>Classification</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.mandateworkbench.model.Classification
	 * @see org.mandateworkbench.model.impl.MandatesPackageImpl#getClassification()
	 * @generated
	 */
	int CLASSIFICATION = 40;

	/**
	 * The meta object id for the '{@link org.mandateworkbench.model.RegionalGroup <em>Regional Group</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.mandateworkbench.model.RegionalGroup
	 * @see org.mandateworkbench.model.impl.MandatesPackageImpl#getRegionalGroup()
	 * @generated
	 */
	int REGIONAL_GROUP = 41;

	/**
	 * The meta object id for the '{@link org.mandateworkbench.model.PartyStatusKind <em>Party Status Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.mandateworkbench.model.PartyStatusKind
	 * @see org.mandateworkbench.model.impl.MandatesPackageImpl#getPartyStatusKind()
	 * @generated
	 */
	int PARTY_STATUS_KIND = 42;

	/**
	 * The meta object id for the '{@link org.mandateworkbench.model.OrganizationKind <em>Organization Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.mandateworkbench.model.OrganizationKind
	 * @see org.mandateworkbench.model.impl.MandatesPackageImpl#getOrganizationKind()
	 * @generated
	 */
	int ORGANIZATION_KIND = 43;

	/**
	 * The meta object id for the '<em>Document Symbol</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.mandateworkbench.model.symbol.DocumentSymbol
	 * @see org.mandateworkbench.model.impl.MandatesPackageImpl#getDocumentSymbol()
	 * @generated
	 */
	int DOCUMENT_SYMBOL = 44;

	/**
	 * The meta object id for the '<em>Local Date</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.time.LocalDate
	 * @see org.mandateworkbench.model.impl.MandatesPackageImpl#getLocalDate()
	 * @generated
	 */
	int LOCAL_DATE = 45;


	/**
	 * Returns the meta object for class '{@link org.mandateworkbench.model.MandateWorkspace <em>Mandate Workspace</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Mandate Workspace</em>'.
	 * @see org.mandateworkbench.model.MandateWorkspace
	 * @generated
	 */
	EClass getMandateWorkspace();

	/**
	 * Returns the meta object for the attribute '{@link org.mandateworkbench.model.MandateWorkspace#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.mandateworkbench.model.MandateWorkspace#getName()
	 * @see #getMandateWorkspace()
	 * @generated
	 */
	EAttribute getMandateWorkspace_Name();

	/**
	 * Returns the meta object for the containment reference list '{@link org.mandateworkbench.model.MandateWorkspace#getInstruments <em>Instruments</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Instruments</em>'.
	 * @see org.mandateworkbench.model.MandateWorkspace#getInstruments()
	 * @see #getMandateWorkspace()
	 * @generated
	 */
	EReference getMandateWorkspace_Instruments();

	/**
	 * Returns the meta object for the containment reference list '{@link org.mandateworkbench.model.MandateWorkspace#getBodies <em>Bodies</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Bodies</em>'.
	 * @see org.mandateworkbench.model.MandateWorkspace#getBodies()
	 * @see #getMandateWorkspace()
	 * @generated
	 */
	EReference getMandateWorkspace_Bodies();

	/**
	 * Returns the meta object for the containment reference list '{@link org.mandateworkbench.model.MandateWorkspace#getStates <em>States</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>States</em>'.
	 * @see org.mandateworkbench.model.MandateWorkspace#getStates()
	 * @see #getMandateWorkspace()
	 * @generated
	 */
	EReference getMandateWorkspace_States();

	/**
	 * Returns the meta object for the containment reference list '{@link org.mandateworkbench.model.MandateWorkspace#getOrganizations <em>Organizations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Organizations</em>'.
	 * @see org.mandateworkbench.model.MandateWorkspace#getOrganizations()
	 * @see #getMandateWorkspace()
	 * @generated
	 */
	EReference getMandateWorkspace_Organizations();

	/**
	 * Returns the meta object for the containment reference list '{@link org.mandateworkbench.model.MandateWorkspace#getPersons <em>Persons</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Persons</em>'.
	 * @see org.mandateworkbench.model.MandateWorkspace#getPersons()
	 * @see #getMandateWorkspace()
	 * @generated
	 */
	EReference getMandateWorkspace_Persons();

	/**
	 * Returns the meta object for the containment reference list '{@link org.mandateworkbench.model.MandateWorkspace#getDocuments <em>Documents</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Documents</em>'.
	 * @see org.mandateworkbench.model.MandateWorkspace#getDocuments()
	 * @see #getMandateWorkspace()
	 * @generated
	 */
	EReference getMandateWorkspace_Documents();

	/**
	 * Returns the meta object for the containment reference list '{@link org.mandateworkbench.model.MandateWorkspace#getMandates <em>Mandates</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Mandates</em>'.
	 * @see org.mandateworkbench.model.MandateWorkspace#getMandates()
	 * @see #getMandateWorkspace()
	 * @generated
	 */
	EReference getMandateWorkspace_Mandates();

	/**
	 * Returns the meta object for the containment reference list '{@link org.mandateworkbench.model.MandateWorkspace#getIndicators <em>Indicators</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Indicators</em>'.
	 * @see org.mandateworkbench.model.MandateWorkspace#getIndicators()
	 * @see #getMandateWorkspace()
	 * @generated
	 */
	EReference getMandateWorkspace_Indicators();

	/**
	 * Returns the meta object for class '{@link org.mandateworkbench.model.Identifiable <em>Identifiable</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Identifiable</em>'.
	 * @see org.mandateworkbench.model.Identifiable
	 * @generated
	 */
	EClass getIdentifiable();

	/**
	 * Returns the meta object for the attribute '{@link org.mandateworkbench.model.Identifiable#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.mandateworkbench.model.Identifiable#getId()
	 * @see #getIdentifiable()
	 * @generated
	 */
	EAttribute getIdentifiable_Id();

	/**
	 * Returns the meta object for class '{@link org.mandateworkbench.model.LocalizedString <em>Localized String</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Localized String</em>'.
	 * @see org.mandateworkbench.model.LocalizedString
	 * @generated
	 */
	EClass getLocalizedString();

	/**
	 * Returns the meta object for the attribute '{@link org.mandateworkbench.model.LocalizedString#getLanguage <em>Language</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Language</em>'.
	 * @see org.mandateworkbench.model.LocalizedString#getLanguage()
	 * @see #getLocalizedString()
	 * @generated
	 */
	EAttribute getLocalizedString_Language();

	/**
	 * Returns the meta object for the attribute '{@link org.mandateworkbench.model.LocalizedString#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see org.mandateworkbench.model.LocalizedString#getValue()
	 * @see #getLocalizedString()
	 * @generated
	 */
	EAttribute getLocalizedString_Value();

	/**
	 * Returns the meta object for class '{@link org.mandateworkbench.model.MultilingualText <em>Multilingual Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Multilingual Text</em>'.
	 * @see org.mandateworkbench.model.MultilingualText
	 * @generated
	 */
	EClass getMultilingualText();

	/**
	 * Returns the meta object for the containment reference list '{@link org.mandateworkbench.model.MultilingualText#getValues <em>Values</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Values</em>'.
	 * @see org.mandateworkbench.model.MultilingualText#getValues()
	 * @see #getMultilingualText()
	 * @generated
	 */
	EReference getMultilingualText_Values();

	/**
	 * Returns the meta object for class '{@link org.mandateworkbench.model.Instrument <em>Instrument</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Instrument</em>'.
	 * @see org.mandateworkbench.model.Instrument
	 * @generated
	 */
	EClass getInstrument();

	/**
	 * Returns the meta object for the attribute '{@link org.mandateworkbench.model.Instrument#getAcronym <em>Acronym</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Acronym</em>'.
	 * @see org.mandateworkbench.model.Instrument#getAcronym()
	 * @see #getInstrument()
	 * @generated
	 */
	EAttribute getInstrument_Acronym();

	/**
	 * Returns the meta object for the containment reference '{@link org.mandateworkbench.model.Instrument#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Name</em>'.
	 * @see org.mandateworkbench.model.Instrument#getName()
	 * @see #getInstrument()
	 * @generated
	 */
	EReference getInstrument_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.mandateworkbench.model.Instrument#getAdoptionDate <em>Adoption Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Adoption Date</em>'.
	 * @see org.mandateworkbench.model.Instrument#getAdoptionDate()
	 * @see #getInstrument()
	 * @generated
	 */
	EAttribute getInstrument_AdoptionDate();

	/**
	 * Returns the meta object for the attribute '{@link org.mandateworkbench.model.Instrument#getEntryIntoForceDate <em>Entry Into Force Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Entry Into Force Date</em>'.
	 * @see org.mandateworkbench.model.Instrument#getEntryIntoForceDate()
	 * @see #getInstrument()
	 * @generated
	 */
	EAttribute getInstrument_EntryIntoForceDate();

	/**
	 * Returns the meta object for class '{@link org.mandateworkbench.model.Body <em>Body</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Body</em>'.
	 * @see org.mandateworkbench.model.Body
	 * @generated
	 */
	EClass getBody();

	/**
	 * Returns the meta object for the attribute '{@link org.mandateworkbench.model.Body#getAcronym <em>Acronym</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Acronym</em>'.
	 * @see org.mandateworkbench.model.Body#getAcronym()
	 * @see #getBody()
	 * @generated
	 */
	EAttribute getBody_Acronym();

	/**
	 * Returns the meta object for the containment reference '{@link org.mandateworkbench.model.Body#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Name</em>'.
	 * @see org.mandateworkbench.model.Body#getName()
	 * @see #getBody()
	 * @generated
	 */
	EReference getBody_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.mandateworkbench.model.Body#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.mandateworkbench.model.Body#getKind()
	 * @see #getBody()
	 * @generated
	 */
	EAttribute getBody_Kind();

	/**
	 * Returns the meta object for the reference '{@link org.mandateworkbench.model.Body#getInstrument <em>Instrument</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Instrument</em>'.
	 * @see org.mandateworkbench.model.Body#getInstrument()
	 * @see #getBody()
	 * @generated
	 */
	EReference getBody_Instrument();

	/**
	 * Returns the meta object for the reference '{@link org.mandateworkbench.model.Body#getParent <em>Parent</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Parent</em>'.
	 * @see org.mandateworkbench.model.Body#getParent()
	 * @see #getBody()
	 * @generated
	 */
	EReference getBody_Parent();

	/**
	 * Returns the meta object for the attribute '{@link org.mandateworkbench.model.Body#getSymbolPrefix <em>Symbol Prefix</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Symbol Prefix</em>'.
	 * @see org.mandateworkbench.model.Body#getSymbolPrefix()
	 * @see #getBody()
	 * @generated
	 */
	EAttribute getBody_SymbolPrefix();

	/**
	 * Returns the meta object for the containment reference list '{@link org.mandateworkbench.model.Body#getMeetings <em>Meetings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Meetings</em>'.
	 * @see org.mandateworkbench.model.Body#getMeetings()
	 * @see #getBody()
	 * @generated
	 */
	EReference getBody_Meetings();

	/**
	 * Returns the meta object for class '{@link org.mandateworkbench.model.Meeting <em>Meeting</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Meeting</em>'.
	 * @see org.mandateworkbench.model.Meeting
	 * @generated
	 */
	EClass getMeeting();

	/**
	 * Returns the meta object for the container reference '{@link org.mandateworkbench.model.Meeting#getBody <em>Body</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the container reference '<em>Body</em>'.
	 * @see org.mandateworkbench.model.Meeting#getBody()
	 * @see #getMeeting()
	 * @generated
	 */
	EReference getMeeting_Body();

	/**
	 * Returns the meta object for the attribute '{@link org.mandateworkbench.model.Meeting#getOrdinal <em>Ordinal</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Ordinal</em>'.
	 * @see org.mandateworkbench.model.Meeting#getOrdinal()
	 * @see #getMeeting()
	 * @generated
	 */
	EAttribute getMeeting_Ordinal();

	/**
	 * Returns the meta object for the attribute '{@link org.mandateworkbench.model.Meeting#isResumed <em>Resumed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Resumed</em>'.
	 * @see org.mandateworkbench.model.Meeting#isResumed()
	 * @see #getMeeting()
	 * @generated
	 */
	EAttribute getMeeting_Resumed();

	/**
	 * Returns the meta object for the containment reference '{@link org.mandateworkbench.model.Meeting#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Title</em>'.
	 * @see org.mandateworkbench.model.Meeting#getTitle()
	 * @see #getMeeting()
	 * @generated
	 */
	EReference getMeeting_Title();

	/**
	 * Returns the meta object for the attribute '{@link org.mandateworkbench.model.Meeting#getStartDate <em>Start Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Start Date</em>'.
	 * @see org.mandateworkbench.model.Meeting#getStartDate()
	 * @see #getMeeting()
	 * @generated
	 */
	EAttribute getMeeting_StartDate();

	/**
	 * Returns the meta object for the attribute '{@link org.mandateworkbench.model.Meeting#getEndDate <em>End Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>End Date</em>'.
	 * @see org.mandateworkbench.model.Meeting#getEndDate()
	 * @see #getMeeting()
	 * @generated
	 */
	EAttribute getMeeting_EndDate();

	/**
	 * Returns the meta object for the containment reference '{@link org.mandateworkbench.model.Meeting#getVenue <em>Venue</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Venue</em>'.
	 * @see org.mandateworkbench.model.Meeting#getVenue()
	 * @see #getMeeting()
	 * @generated
	 */
	EReference getMeeting_Venue();

	/**
	 * Returns the meta object for the containment reference list '{@link org.mandateworkbench.model.Meeting#getOfficers <em>Officers</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Officers</em>'.
	 * @see org.mandateworkbench.model.Meeting#getOfficers()
	 * @see #getMeeting()
	 * @generated
	 */
	EReference getMeeting_Officers();

	/**
	 * Returns the meta object for the containment reference list '{@link org.mandateworkbench.model.Meeting#getAgenda <em>Agenda</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Agenda</em>'.
	 * @see org.mandateworkbench.model.Meeting#getAgenda()
	 * @see #getMeeting()
	 * @generated
	 */
	EReference getMeeting_Agenda();

	/**
	 * Returns the meta object for the containment reference '{@link org.mandateworkbench.model.Meeting#getAttendance <em>Attendance</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Attendance</em>'.
	 * @see org.mandateworkbench.model.Meeting#getAttendance()
	 * @see #getMeeting()
	 * @generated
	 */
	EReference getMeeting_Attendance();

	/**
	 * Returns the meta object for the containment reference list '{@link org.mandateworkbench.model.Meeting#getResolutions <em>Resolutions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Resolutions</em>'.
	 * @see org.mandateworkbench.model.Meeting#getResolutions()
	 * @see #getMeeting()
	 * @generated
	 */
	EReference getMeeting_Resolutions();

	/**
	 * Returns the meta object for the containment reference list '{@link org.mandateworkbench.model.Meeting#getRecommendations <em>Recommendations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Recommendations</em>'.
	 * @see org.mandateworkbench.model.Meeting#getRecommendations()
	 * @see #getMeeting()
	 * @generated
	 */
	EReference getMeeting_Recommendations();

	/**
	 * Returns the meta object for class '{@link org.mandateworkbench.model.Officer <em>Officer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Officer</em>'.
	 * @see org.mandateworkbench.model.Officer
	 * @generated
	 */
	EClass getOfficer();

	/**
	 * Returns the meta object for the attribute '{@link org.mandateworkbench.model.Officer#getRole <em>Role</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Role</em>'.
	 * @see org.mandateworkbench.model.Officer#getRole()
	 * @see #getOfficer()
	 * @generated
	 */
	EAttribute getOfficer_Role();

	/**
	 * Returns the meta object for the reference '{@link org.mandateworkbench.model.Officer#getPerson <em>Person</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Person</em>'.
	 * @see org.mandateworkbench.model.Officer#getPerson()
	 * @see #getOfficer()
	 * @generated
	 */
	EReference getOfficer_Person();

	/**
	 * Returns the meta object for the reference '{@link org.mandateworkbench.model.Officer#getState <em>State</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>State</em>'.
	 * @see org.mandateworkbench.model.Officer#getState()
	 * @see #getOfficer()
	 * @generated
	 */
	EReference getOfficer_State();

	/**
	 * Returns the meta object for class '{@link org.mandateworkbench.model.AgendaItem <em>Agenda Item</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Agenda Item</em>'.
	 * @see org.mandateworkbench.model.AgendaItem
	 * @generated
	 */
	EClass getAgendaItem();

	/**
	 * Returns the meta object for the attribute '{@link org.mandateworkbench.model.AgendaItem#getNumber <em>Number</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Number</em>'.
	 * @see org.mandateworkbench.model.AgendaItem#getNumber()
	 * @see #getAgendaItem()
	 * @generated
	 */
	EAttribute getAgendaItem_Number();

	/**
	 * Returns the meta object for the containment reference '{@link org.mandateworkbench.model.AgendaItem#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Title</em>'.
	 * @see org.mandateworkbench.model.AgendaItem#getTitle()
	 * @see #getAgendaItem()
	 * @generated
	 */
	EReference getAgendaItem_Title();

	/**
	 * Returns the meta object for the containment reference list '{@link org.mandateworkbench.model.AgendaItem#getSubItems <em>Sub Items</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Sub Items</em>'.
	 * @see org.mandateworkbench.model.AgendaItem#getSubItems()
	 * @see #getAgendaItem()
	 * @generated
	 */
	EReference getAgendaItem_SubItems();

	/**
	 * Returns the meta object for class '{@link org.mandateworkbench.model.Attendance <em>Attendance</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Attendance</em>'.
	 * @see org.mandateworkbench.model.Attendance
	 * @generated
	 */
	EClass getAttendance();

	/**
	 * Returns the meta object for the reference list '{@link org.mandateworkbench.model.Attendance#getStates <em>States</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>States</em>'.
	 * @see org.mandateworkbench.model.Attendance#getStates()
	 * @see #getAttendance()
	 * @generated
	 */
	EReference getAttendance_States();

	/**
	 * Returns the meta object for the reference list '{@link org.mandateworkbench.model.Attendance#getObserverStates <em>Observer States</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Observer States</em>'.
	 * @see org.mandateworkbench.model.Attendance#getObserverStates()
	 * @see #getAttendance()
	 * @generated
	 */
	EReference getAttendance_ObserverStates();

	/**
	 * Returns the meta object for the reference list '{@link org.mandateworkbench.model.Attendance#getOrganizations <em>Organizations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Organizations</em>'.
	 * @see org.mandateworkbench.model.Attendance#getOrganizations()
	 * @see #getAttendance()
	 * @generated
	 */
	EReference getAttendance_Organizations();

	/**
	 * Returns the meta object for class '{@link org.mandateworkbench.model.Document <em>Document</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Document</em>'.
	 * @see org.mandateworkbench.model.Document
	 * @generated
	 */
	EClass getDocument();

	/**
	 * Returns the meta object for the attribute '{@link org.mandateworkbench.model.Document#getSymbol <em>Symbol</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Symbol</em>'.
	 * @see org.mandateworkbench.model.Document#getSymbol()
	 * @see #getDocument()
	 * @generated
	 */
	EAttribute getDocument_Symbol();

	/**
	 * Returns the meta object for the attribute '{@link org.mandateworkbench.model.Document#getKey <em>Key</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Key</em>'.
	 * @see org.mandateworkbench.model.Document#getKey()
	 * @see #getDocument()
	 * @generated
	 */
	EAttribute getDocument_Key();

	/**
	 * Returns the meta object for the attribute '{@link org.mandateworkbench.model.Document#getType <em>Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Type</em>'.
	 * @see org.mandateworkbench.model.Document#getType()
	 * @see #getDocument()
	 * @generated
	 */
	EAttribute getDocument_Type();

	/**
	 * Returns the meta object for the attribute '{@link org.mandateworkbench.model.Document#getDistribution <em>Distribution</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Distribution</em>'.
	 * @see org.mandateworkbench.model.Document#getDistribution()
	 * @see #getDocument()
	 * @generated
	 */
	EAttribute getDocument_Distribution();

	/**
	 * Returns the meta object for the attribute '{@link org.mandateworkbench.model.Document#getDate <em>Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date</em>'.
	 * @see org.mandateworkbench.model.Document#getDate()
	 * @see #getDocument()
	 * @generated
	 */
	EAttribute getDocument_Date();

	/**
	 * Returns the meta object for the reference '{@link org.mandateworkbench.model.Document#getMeeting <em>Meeting</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Meeting</em>'.
	 * @see org.mandateworkbench.model.Document#getMeeting()
	 * @see #getDocument()
	 * @generated
	 */
	EReference getDocument_Meeting();

	/**
	 * Returns the meta object for the reference list '{@link org.mandateworkbench.model.Document#getAgendaItems <em>Agenda Items</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Agenda Items</em>'.
	 * @see org.mandateworkbench.model.Document#getAgendaItems()
	 * @see #getDocument()
	 * @generated
	 */
	EReference getDocument_AgendaItems();

	/**
	 * Returns the meta object for the containment reference list '{@link org.mandateworkbench.model.Document#getVersions <em>Versions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Versions</em>'.
	 * @see org.mandateworkbench.model.Document#getVersions()
	 * @see #getDocument()
	 * @generated
	 */
	EReference getDocument_Versions();

	/**
	 * Returns the meta object for the reference list '{@link org.mandateworkbench.model.Document#getCites <em>Cites</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Cites</em>'.
	 * @see org.mandateworkbench.model.Document#getCites()
	 * @see #getDocument()
	 * @generated
	 */
	EReference getDocument_Cites();

	/**
	 * Returns the meta object for the reference list '{@link org.mandateworkbench.model.Document#getSupersedes <em>Supersedes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Supersedes</em>'.
	 * @see org.mandateworkbench.model.Document#getSupersedes()
	 * @see #getDocument()
	 * @generated
	 */
	EReference getDocument_Supersedes();

	/**
	 * Returns the meta object for class '{@link org.mandateworkbench.model.LanguageVersion <em>Language Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Language Version</em>'.
	 * @see org.mandateworkbench.model.LanguageVersion
	 * @generated
	 */
	EClass getLanguageVersion();

	/**
	 * Returns the meta object for the attribute '{@link org.mandateworkbench.model.LanguageVersion#getLanguage <em>Language</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Language</em>'.
	 * @see org.mandateworkbench.model.LanguageVersion#getLanguage()
	 * @see #getLanguageVersion()
	 * @generated
	 */
	EAttribute getLanguageVersion_Language();

	/**
	 * Returns the meta object for the attribute '{@link org.mandateworkbench.model.LanguageVersion#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see org.mandateworkbench.model.LanguageVersion#getTitle()
	 * @see #getLanguageVersion()
	 * @generated
	 */
	EAttribute getLanguageVersion_Title();

	/**
	 * Returns the meta object for the attribute '{@link org.mandateworkbench.model.LanguageVersion#isOriginal <em>Original</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Original</em>'.
	 * @see org.mandateworkbench.model.LanguageVersion#isOriginal()
	 * @see #getLanguageVersion()
	 * @generated
	 */
	EAttribute getLanguageVersion_Original();

	/**
	 * Returns the meta object for the attribute '{@link org.mandateworkbench.model.LanguageVersion#getFile <em>File</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>File</em>'.
	 * @see org.mandateworkbench.model.LanguageVersion#getFile()
	 * @see #getLanguageVersion()
	 * @generated
	 */
	EAttribute getLanguageVersion_File();

	/**
	 * Returns the meta object for the attribute '{@link org.mandateworkbench.model.LanguageVersion#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see org.mandateworkbench.model.LanguageVersion#getText()
	 * @see #getLanguageVersion()
	 * @generated
	 */
	EAttribute getLanguageVersion_Text();

	/**
	 * Returns the meta object for class '{@link org.mandateworkbench.model.Resolution <em>Resolution</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Resolution</em>'.
	 * @see org.mandateworkbench.model.Resolution
	 * @generated
	 */
	EClass getResolution();

	/**
	 * Returns the meta object for the attribute '{@link org.mandateworkbench.model.Resolution#getNumber <em>Number</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Number</em>'.
	 * @see org.mandateworkbench.model.Resolution#getNumber()
	 * @see #getResolution()
	 * @generated
	 */
	EAttribute getResolution_Number();

	/**
	 * Returns the meta object for the attribute '{@link org.mandateworkbench.model.Resolution#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.mandateworkbench.model.Resolution#getKind()
	 * @see #getResolution()
	 * @generated
	 */
	EAttribute getResolution_Kind();

	/**
	 * Returns the meta object for the containment reference '{@link org.mandateworkbench.model.Resolution#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Title</em>'.
	 * @see org.mandateworkbench.model.Resolution#getTitle()
	 * @see #getResolution()
	 * @generated
	 */
	EReference getResolution_Title();

	/**
	 * Returns the meta object for the container reference '{@link org.mandateworkbench.model.Resolution#getAdoptingSession <em>Adopting Session</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the container reference '<em>Adopting Session</em>'.
	 * @see org.mandateworkbench.model.Resolution#getAdoptingSession()
	 * @see #getResolution()
	 * @generated
	 */
	EReference getResolution_AdoptingSession();

	/**
	 * Returns the meta object for the reference '{@link org.mandateworkbench.model.Resolution#getDocument <em>Document</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Document</em>'.
	 * @see org.mandateworkbench.model.Resolution#getDocument()
	 * @see #getResolution()
	 * @generated
	 */
	EReference getResolution_Document();

	/**
	 * Returns the meta object for the containment reference list '{@link org.mandateworkbench.model.Resolution#getParagraphs <em>Paragraphs</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Paragraphs</em>'.
	 * @see org.mandateworkbench.model.Resolution#getParagraphs()
	 * @see #getResolution()
	 * @generated
	 */
	EReference getResolution_Paragraphs();

	/**
	 * Returns the meta object for class '{@link org.mandateworkbench.model.OperativeParagraph <em>Operative Paragraph</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Operative Paragraph</em>'.
	 * @see org.mandateworkbench.model.OperativeParagraph
	 * @generated
	 */
	EClass getOperativeParagraph();

	/**
	 * Returns the meta object for the container reference '{@link org.mandateworkbench.model.OperativeParagraph#getResolution <em>Resolution</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the container reference '<em>Resolution</em>'.
	 * @see org.mandateworkbench.model.OperativeParagraph#getResolution()
	 * @see #getOperativeParagraph()
	 * @generated
	 */
	EReference getOperativeParagraph_Resolution();

	/**
	 * Returns the meta object for the attribute '{@link org.mandateworkbench.model.OperativeParagraph#getNumber <em>Number</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Number</em>'.
	 * @see org.mandateworkbench.model.OperativeParagraph#getNumber()
	 * @see #getOperativeParagraph()
	 * @generated
	 */
	EAttribute getOperativeParagraph_Number();

	/**
	 * Returns the meta object for the containment reference '{@link org.mandateworkbench.model.OperativeParagraph#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Text</em>'.
	 * @see org.mandateworkbench.model.OperativeParagraph#getText()
	 * @see #getOperativeParagraph()
	 * @generated
	 */
	EReference getOperativeParagraph_Text();

	/**
	 * Returns the meta object for the containment reference '{@link org.mandateworkbench.model.OperativeParagraph#getAddressees <em>Addressees</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Addressees</em>'.
	 * @see org.mandateworkbench.model.OperativeParagraph#getAddressees()
	 * @see #getOperativeParagraph()
	 * @generated
	 */
	EReference getOperativeParagraph_Addressees();

	/**
	 * Returns the meta object for class '{@link org.mandateworkbench.model.Addressees <em>Addressees</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Addressees</em>'.
	 * @see org.mandateworkbench.model.Addressees
	 * @generated
	 */
	EClass getAddressees();

	/**
	 * Returns the meta object for the attribute '{@link org.mandateworkbench.model.Addressees#isAllStatesParties <em>All States Parties</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>All States Parties</em>'.
	 * @see org.mandateworkbench.model.Addressees#isAllStatesParties()
	 * @see #getAddressees()
	 * @generated
	 */
	EAttribute getAddressees_AllStatesParties();

	/**
	 * Returns the meta object for the attribute '{@link org.mandateworkbench.model.Addressees#isSecretariat <em>Secretariat</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Secretariat</em>'.
	 * @see org.mandateworkbench.model.Addressees#isSecretariat()
	 * @see #getAddressees()
	 * @generated
	 */
	EAttribute getAddressees_Secretariat();

	/**
	 * Returns the meta object for the reference list '{@link org.mandateworkbench.model.Addressees#getActors <em>Actors</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Actors</em>'.
	 * @see org.mandateworkbench.model.Addressees#getActors()
	 * @see #getAddressees()
	 * @generated
	 */
	EReference getAddressees_Actors();

	/**
	 * Returns the meta object for the reference list '{@link org.mandateworkbench.model.Addressees#getBodies <em>Bodies</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Bodies</em>'.
	 * @see org.mandateworkbench.model.Addressees#getBodies()
	 * @see #getAddressees()
	 * @generated
	 */
	EReference getAddressees_Bodies();

	/**
	 * Returns the meta object for class '{@link org.mandateworkbench.model.Recommendation <em>Recommendation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Recommendation</em>'.
	 * @see org.mandateworkbench.model.Recommendation
	 * @generated
	 */
	EClass getRecommendation();

	/**
	 * Returns the meta object for the container reference '{@link org.mandateworkbench.model.Recommendation#getMeeting <em>Meeting</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the container reference '<em>Meeting</em>'.
	 * @see org.mandateworkbench.model.Recommendation#getMeeting()
	 * @see #getRecommendation()
	 * @generated
	 */
	EReference getRecommendation_Meeting();

	/**
	 * Returns the meta object for the attribute '{@link org.mandateworkbench.model.Recommendation#getParagraphNumber <em>Paragraph Number</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Paragraph Number</em>'.
	 * @see org.mandateworkbench.model.Recommendation#getParagraphNumber()
	 * @see #getRecommendation()
	 * @generated
	 */
	EAttribute getRecommendation_ParagraphNumber();

	/**
	 * Returns the meta object for the attribute '{@link org.mandateworkbench.model.Recommendation#getLetter <em>Letter</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Letter</em>'.
	 * @see org.mandateworkbench.model.Recommendation#getLetter()
	 * @see #getRecommendation()
	 * @generated
	 */
	EAttribute getRecommendation_Letter();

	/**
	 * Returns the meta object for the containment reference '{@link org.mandateworkbench.model.Recommendation#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Text</em>'.
	 * @see org.mandateworkbench.model.Recommendation#getText()
	 * @see #getRecommendation()
	 * @generated
	 */
	EReference getRecommendation_Text();

	/**
	 * Returns the meta object for the containment reference '{@link org.mandateworkbench.model.Recommendation#getAddressees <em>Addressees</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Addressees</em>'.
	 * @see org.mandateworkbench.model.Recommendation#getAddressees()
	 * @see #getRecommendation()
	 * @generated
	 */
	EReference getRecommendation_Addressees();

	/**
	 * Returns the meta object for the reference '{@link org.mandateworkbench.model.Recommendation#getDocument <em>Document</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Document</em>'.
	 * @see org.mandateworkbench.model.Recommendation#getDocument()
	 * @see #getRecommendation()
	 * @generated
	 */
	EReference getRecommendation_Document();

	/**
	 * Returns the meta object for the reference list '{@link org.mandateworkbench.model.Recommendation#getReiterates <em>Reiterates</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Reiterates</em>'.
	 * @see org.mandateworkbench.model.Recommendation#getReiterates()
	 * @see #getRecommendation()
	 * @generated
	 */
	EReference getRecommendation_Reiterates();

	/**
	 * Returns the meta object for the reference list '{@link org.mandateworkbench.model.Recommendation#getReiteratedReports <em>Reiterated Reports</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Reiterated Reports</em>'.
	 * @see org.mandateworkbench.model.Recommendation#getReiteratedReports()
	 * @see #getRecommendation()
	 * @generated
	 */
	EReference getRecommendation_ReiteratedReports();

	/**
	 * Returns the meta object for class '{@link org.mandateworkbench.model.Mandate <em>Mandate</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Mandate</em>'.
	 * @see org.mandateworkbench.model.Mandate
	 * @generated
	 */
	EClass getMandate();

	/**
	 * Returns the meta object for the containment reference '{@link org.mandateworkbench.model.Mandate#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Title</em>'.
	 * @see org.mandateworkbench.model.Mandate#getTitle()
	 * @see #getMandate()
	 * @generated
	 */
	EReference getMandate_Title();

	/**
	 * Returns the meta object for the reference list '{@link org.mandateworkbench.model.Mandate#getSourceParagraphs <em>Source Paragraphs</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Source Paragraphs</em>'.
	 * @see org.mandateworkbench.model.Mandate#getSourceParagraphs()
	 * @see #getMandate()
	 * @generated
	 */
	EReference getMandate_SourceParagraphs();

	/**
	 * Returns the meta object for the reference list '{@link org.mandateworkbench.model.Mandate#getSourceRecommendations <em>Source Recommendations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Source Recommendations</em>'.
	 * @see org.mandateworkbench.model.Mandate#getSourceRecommendations()
	 * @see #getMandate()
	 * @generated
	 */
	EReference getMandate_SourceRecommendations();

	/**
	 * Returns the meta object for the containment reference '{@link org.mandateworkbench.model.Mandate#getAddressees <em>Addressees</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Addressees</em>'.
	 * @see org.mandateworkbench.model.Mandate#getAddressees()
	 * @see #getMandate()
	 * @generated
	 */
	EReference getMandate_Addressees();

	/**
	 * Returns the meta object for the reference '{@link org.mandateworkbench.model.Mandate#getResponsibleOfficer <em>Responsible Officer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Responsible Officer</em>'.
	 * @see org.mandateworkbench.model.Mandate#getResponsibleOfficer()
	 * @see #getMandate()
	 * @generated
	 */
	EReference getMandate_ResponsibleOfficer();

	/**
	 * Returns the meta object for the attribute list '{@link org.mandateworkbench.model.Mandate#getTopics <em>Topics</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Topics</em>'.
	 * @see org.mandateworkbench.model.Mandate#getTopics()
	 * @see #getMandate()
	 * @generated
	 */
	EAttribute getMandate_Topics();

	/**
	 * Returns the meta object for the reference '{@link org.mandateworkbench.model.Mandate#getReportTo <em>Report To</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Report To</em>'.
	 * @see org.mandateworkbench.model.Mandate#getReportTo()
	 * @see #getMandate()
	 * @generated
	 */
	EReference getMandate_ReportTo();

	/**
	 * Returns the meta object for the attribute '{@link org.mandateworkbench.model.Mandate#getDueDate <em>Due Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Due Date</em>'.
	 * @see org.mandateworkbench.model.Mandate#getDueDate()
	 * @see #getMandate()
	 * @generated
	 */
	EAttribute getMandate_DueDate();

	/**
	 * Returns the meta object for the attribute '{@link org.mandateworkbench.model.Mandate#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.mandateworkbench.model.Mandate#getStatus()
	 * @see #getMandate()
	 * @generated
	 */
	EAttribute getMandate_Status();

	/**
	 * Returns the meta object for the reference '{@link org.mandateworkbench.model.Mandate#getSuccessor <em>Successor</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Successor</em>'.
	 * @see org.mandateworkbench.model.Mandate#getSuccessor()
	 * @see #getMandate()
	 * @generated
	 */
	EReference getMandate_Successor();

	/**
	 * Returns the meta object for the containment reference list '{@link org.mandateworkbench.model.Mandate#getStatusChanges <em>Status Changes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Status Changes</em>'.
	 * @see org.mandateworkbench.model.Mandate#getStatusChanges()
	 * @see #getMandate()
	 * @generated
	 */
	EReference getMandate_StatusChanges();

	/**
	 * Returns the meta object for the containment reference list '{@link org.mandateworkbench.model.Mandate#getActions <em>Actions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Actions</em>'.
	 * @see org.mandateworkbench.model.Mandate#getActions()
	 * @see #getMandate()
	 * @generated
	 */
	EReference getMandate_Actions();

	/**
	 * Returns the meta object for class '{@link org.mandateworkbench.model.StatusChange <em>Status Change</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Status Change</em>'.
	 * @see org.mandateworkbench.model.StatusChange
	 * @generated
	 */
	EClass getStatusChange();

	/**
	 * Returns the meta object for the attribute '{@link org.mandateworkbench.model.StatusChange#getDate <em>Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date</em>'.
	 * @see org.mandateworkbench.model.StatusChange#getDate()
	 * @see #getStatusChange()
	 * @generated
	 */
	EAttribute getStatusChange_Date();

	/**
	 * Returns the meta object for the attribute '{@link org.mandateworkbench.model.StatusChange#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.mandateworkbench.model.StatusChange#getStatus()
	 * @see #getStatusChange()
	 * @generated
	 */
	EAttribute getStatusChange_Status();

	/**
	 * Returns the meta object for the attribute '{@link org.mandateworkbench.model.StatusChange#getAuthor <em>Author</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Author</em>'.
	 * @see org.mandateworkbench.model.StatusChange#getAuthor()
	 * @see #getStatusChange()
	 * @generated
	 */
	EAttribute getStatusChange_Author();

	/**
	 * Returns the meta object for the containment reference '{@link org.mandateworkbench.model.StatusChange#getReason <em>Reason</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Reason</em>'.
	 * @see org.mandateworkbench.model.StatusChange#getReason()
	 * @see #getStatusChange()
	 * @generated
	 */
	EReference getStatusChange_Reason();

	/**
	 * Returns the meta object for class '{@link org.mandateworkbench.model.MandateAction <em>Mandate Action</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Mandate Action</em>'.
	 * @see org.mandateworkbench.model.MandateAction
	 * @generated
	 */
	EClass getMandateAction();

	/**
	 * Returns the meta object for the container reference '{@link org.mandateworkbench.model.MandateAction#getMandate <em>Mandate</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the container reference '<em>Mandate</em>'.
	 * @see org.mandateworkbench.model.MandateAction#getMandate()
	 * @see #getMandateAction()
	 * @generated
	 */
	EReference getMandateAction_Mandate();

	/**
	 * Returns the meta object for the attribute '{@link org.mandateworkbench.model.MandateAction#getDate <em>Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date</em>'.
	 * @see org.mandateworkbench.model.MandateAction#getDate()
	 * @see #getMandateAction()
	 * @generated
	 */
	EAttribute getMandateAction_Date();

	/**
	 * Returns the meta object for the containment reference '{@link org.mandateworkbench.model.MandateAction#getNote <em>Note</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Note</em>'.
	 * @see org.mandateworkbench.model.MandateAction#getNote()
	 * @see #getMandateAction()
	 * @generated
	 */
	EReference getMandateAction_Note();

	/**
	 * Returns the meta object for class '{@link org.mandateworkbench.model.NoteVerbale <em>Note Verbale</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Note Verbale</em>'.
	 * @see org.mandateworkbench.model.NoteVerbale
	 * @generated
	 */
	EClass getNoteVerbale();

	/**
	 * Returns the meta object for the attribute '{@link org.mandateworkbench.model.NoteVerbale#getReference <em>Reference</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reference</em>'.
	 * @see org.mandateworkbench.model.NoteVerbale#getReference()
	 * @see #getNoteVerbale()
	 * @generated
	 */
	EAttribute getNoteVerbale_Reference();

	/**
	 * Returns the meta object for the attribute list '{@link org.mandateworkbench.model.NoteVerbale#getTopics <em>Topics</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Topics</em>'.
	 * @see org.mandateworkbench.model.NoteVerbale#getTopics()
	 * @see #getNoteVerbale()
	 * @generated
	 */
	EAttribute getNoteVerbale_Topics();

	/**
	 * Returns the meta object for the attribute '{@link org.mandateworkbench.model.NoteVerbale#getReplyDeadline <em>Reply Deadline</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reply Deadline</em>'.
	 * @see org.mandateworkbench.model.NoteVerbale#getReplyDeadline()
	 * @see #getNoteVerbale()
	 * @generated
	 */
	EAttribute getNoteVerbale_ReplyDeadline();

	/**
	 * Returns the meta object for the containment reference '{@link org.mandateworkbench.model.NoteVerbale#getAddressees <em>Addressees</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Addressees</em>'.
	 * @see org.mandateworkbench.model.NoteVerbale#getAddressees()
	 * @see #getNoteVerbale()
	 * @generated
	 */
	EReference getNoteVerbale_Addressees();

	/**
	 * Returns the meta object for the containment reference list '{@link org.mandateworkbench.model.NoteVerbale#getResponses <em>Responses</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Responses</em>'.
	 * @see org.mandateworkbench.model.NoteVerbale#getResponses()
	 * @see #getNoteVerbale()
	 * @generated
	 */
	EReference getNoteVerbale_Responses();

	/**
	 * Returns the meta object for class '{@link org.mandateworkbench.model.NoteVerbaleReminder <em>Note Verbale Reminder</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Note Verbale Reminder</em>'.
	 * @see org.mandateworkbench.model.NoteVerbaleReminder
	 * @generated
	 */
	EClass getNoteVerbaleReminder();

	/**
	 * Returns the meta object for the reference '{@link org.mandateworkbench.model.NoteVerbaleReminder#getReminded <em>Reminded</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Reminded</em>'.
	 * @see org.mandateworkbench.model.NoteVerbaleReminder#getReminded()
	 * @see #getNoteVerbaleReminder()
	 * @generated
	 */
	EReference getNoteVerbaleReminder_Reminded();

	/**
	 * Returns the meta object for the attribute '{@link org.mandateworkbench.model.NoteVerbaleReminder#getReference <em>Reference</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reference</em>'.
	 * @see org.mandateworkbench.model.NoteVerbaleReminder#getReference()
	 * @see #getNoteVerbaleReminder()
	 * @generated
	 */
	EAttribute getNoteVerbaleReminder_Reference();

	/**
	 * Returns the meta object for the attribute '{@link org.mandateworkbench.model.NoteVerbaleReminder#getReplyDeadline <em>Reply Deadline</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reply Deadline</em>'.
	 * @see org.mandateworkbench.model.NoteVerbaleReminder#getReplyDeadline()
	 * @see #getNoteVerbaleReminder()
	 * @generated
	 */
	EAttribute getNoteVerbaleReminder_ReplyDeadline();

	/**
	 * Returns the meta object for class '{@link org.mandateworkbench.model.ExpertPanel <em>Expert Panel</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Expert Panel</em>'.
	 * @see org.mandateworkbench.model.ExpertPanel
	 * @generated
	 */
	EClass getExpertPanel();

	/**
	 * Returns the meta object for the containment reference '{@link org.mandateworkbench.model.ExpertPanel#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Name</em>'.
	 * @see org.mandateworkbench.model.ExpertPanel#getName()
	 * @see #getExpertPanel()
	 * @generated
	 */
	EReference getExpertPanel_Name();

	/**
	 * Returns the meta object for the reference '{@link org.mandateworkbench.model.ExpertPanel#getMeeting <em>Meeting</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Meeting</em>'.
	 * @see org.mandateworkbench.model.ExpertPanel#getMeeting()
	 * @see #getExpertPanel()
	 * @generated
	 */
	EReference getExpertPanel_Meeting();

	/**
	 * Returns the meta object for the reference list '{@link org.mandateworkbench.model.ExpertPanel#getExperts <em>Experts</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Experts</em>'.
	 * @see org.mandateworkbench.model.ExpertPanel#getExperts()
	 * @see #getExpertPanel()
	 * @generated
	 */
	EReference getExpertPanel_Experts();

	/**
	 * Returns the meta object for class '{@link org.mandateworkbench.model.DocumentIssued <em>Document Issued</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Document Issued</em>'.
	 * @see org.mandateworkbench.model.DocumentIssued
	 * @generated
	 */
	EClass getDocumentIssued();

	/**
	 * Returns the meta object for the reference '{@link org.mandateworkbench.model.DocumentIssued#getDocument <em>Document</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Document</em>'.
	 * @see org.mandateworkbench.model.DocumentIssued#getDocument()
	 * @see #getDocumentIssued()
	 * @generated
	 */
	EReference getDocumentIssued_Document();

	/**
	 * Returns the meta object for class '{@link org.mandateworkbench.model.ReportedToMeeting <em>Reported To Meeting</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Reported To Meeting</em>'.
	 * @see org.mandateworkbench.model.ReportedToMeeting
	 * @generated
	 */
	EClass getReportedToMeeting();

	/**
	 * Returns the meta object for the reference '{@link org.mandateworkbench.model.ReportedToMeeting#getMeeting <em>Meeting</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Meeting</em>'.
	 * @see org.mandateworkbench.model.ReportedToMeeting#getMeeting()
	 * @see #getReportedToMeeting()
	 * @generated
	 */
	EReference getReportedToMeeting_Meeting();

	/**
	 * Returns the meta object for the reference '{@link org.mandateworkbench.model.ReportedToMeeting#getAgendaItem <em>Agenda Item</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Agenda Item</em>'.
	 * @see org.mandateworkbench.model.ReportedToMeeting#getAgendaItem()
	 * @see #getReportedToMeeting()
	 * @generated
	 */
	EReference getReportedToMeeting_AgendaItem();

	/**
	 * Returns the meta object for the reference '{@link org.mandateworkbench.model.ReportedToMeeting#getDocument <em>Document</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Document</em>'.
	 * @see org.mandateworkbench.model.ReportedToMeeting#getDocument()
	 * @see #getReportedToMeeting()
	 * @generated
	 */
	EReference getReportedToMeeting_Document();

	/**
	 * Returns the meta object for class '{@link org.mandateworkbench.model.StateResponse <em>State Response</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>State Response</em>'.
	 * @see org.mandateworkbench.model.StateResponse
	 * @generated
	 */
	EClass getStateResponse();

	/**
	 * Returns the meta object for the container reference '{@link org.mandateworkbench.model.StateResponse#getNoteVerbale <em>Note Verbale</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the container reference '<em>Note Verbale</em>'.
	 * @see org.mandateworkbench.model.StateResponse#getNoteVerbale()
	 * @see #getStateResponse()
	 * @generated
	 */
	EReference getStateResponse_NoteVerbale();

	/**
	 * Returns the meta object for the reference '{@link org.mandateworkbench.model.StateResponse#getState <em>State</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>State</em>'.
	 * @see org.mandateworkbench.model.StateResponse#getState()
	 * @see #getStateResponse()
	 * @generated
	 */
	EReference getStateResponse_State();

	/**
	 * Returns the meta object for the attribute '{@link org.mandateworkbench.model.StateResponse#getReceivedDate <em>Received Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Received Date</em>'.
	 * @see org.mandateworkbench.model.StateResponse#getReceivedDate()
	 * @see #getStateResponse()
	 * @generated
	 */
	EAttribute getStateResponse_ReceivedDate();

	/**
	 * Returns the meta object for the attribute list '{@link org.mandateworkbench.model.StateResponse#getTopics <em>Topics</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Topics</em>'.
	 * @see org.mandateworkbench.model.StateResponse#getTopics()
	 * @see #getStateResponse()
	 * @generated
	 */
	EAttribute getStateResponse_Topics();

	/**
	 * Returns the meta object for the attribute '{@link org.mandateworkbench.model.StateResponse#isSubstantive <em>Substantive</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Substantive</em>'.
	 * @see org.mandateworkbench.model.StateResponse#isSubstantive()
	 * @see #getStateResponse()
	 * @generated
	 */
	EAttribute getStateResponse_Substantive();

	/**
	 * Returns the meta object for the containment reference list '{@link org.mandateworkbench.model.StateResponse#getTopicSummaries <em>Topic Summaries</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Topic Summaries</em>'.
	 * @see org.mandateworkbench.model.StateResponse#getTopicSummaries()
	 * @see #getStateResponse()
	 * @generated
	 */
	EReference getStateResponse_TopicSummaries();

	/**
	 * Returns the meta object for the containment reference list '{@link org.mandateworkbench.model.StateResponse#getAttachments <em>Attachments</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Attachments</em>'.
	 * @see org.mandateworkbench.model.StateResponse#getAttachments()
	 * @see #getStateResponse()
	 * @generated
	 */
	EReference getStateResponse_Attachments();

	/**
	 * Returns the meta object for the attribute '{@link org.mandateworkbench.model.StateResponse#getClassification <em>Classification</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Classification</em>'.
	 * @see org.mandateworkbench.model.StateResponse#getClassification()
	 * @see #getStateResponse()
	 * @generated
	 */
	EAttribute getStateResponse_Classification();

	/**
	 * Returns the meta object for class '{@link org.mandateworkbench.model.TopicSummary <em>Topic Summary</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Topic Summary</em>'.
	 * @see org.mandateworkbench.model.TopicSummary
	 * @generated
	 */
	EClass getTopicSummary();

	/**
	 * Returns the meta object for the attribute '{@link org.mandateworkbench.model.TopicSummary#getTopic <em>Topic</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Topic</em>'.
	 * @see org.mandateworkbench.model.TopicSummary#getTopic()
	 * @see #getTopicSummary()
	 * @generated
	 */
	EAttribute getTopicSummary_Topic();

	/**
	 * Returns the meta object for the containment reference '{@link org.mandateworkbench.model.TopicSummary#getSummary <em>Summary</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Summary</em>'.
	 * @see org.mandateworkbench.model.TopicSummary#getSummary()
	 * @see #getTopicSummary()
	 * @generated
	 */
	EReference getTopicSummary_Summary();

	/**
	 * Returns the meta object for class '{@link org.mandateworkbench.model.Attachment <em>Attachment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Attachment</em>'.
	 * @see org.mandateworkbench.model.Attachment
	 * @generated
	 */
	EClass getAttachment();

	/**
	 * Returns the meta object for the attribute '{@link org.mandateworkbench.model.Attachment#getFile <em>File</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>File</em>'.
	 * @see org.mandateworkbench.model.Attachment#getFile()
	 * @see #getAttachment()
	 * @generated
	 */
	EAttribute getAttachment_File();

	/**
	 * Returns the meta object for the attribute '{@link org.mandateworkbench.model.Attachment#getLanguage <em>Language</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Language</em>'.
	 * @see org.mandateworkbench.model.Attachment#getLanguage()
	 * @see #getAttachment()
	 * @generated
	 */
	EAttribute getAttachment_Language();

	/**
	 * Returns the meta object for the containment reference '{@link org.mandateworkbench.model.Attachment#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Title</em>'.
	 * @see org.mandateworkbench.model.Attachment#getTitle()
	 * @see #getAttachment()
	 * @generated
	 */
	EReference getAttachment_Title();

	/**
	 * Returns the meta object for class '{@link org.mandateworkbench.model.Actor <em>Actor</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Actor</em>'.
	 * @see org.mandateworkbench.model.Actor
	 * @generated
	 */
	EClass getActor();

	/**
	 * Returns the meta object for the containment reference '{@link org.mandateworkbench.model.Actor#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Name</em>'.
	 * @see org.mandateworkbench.model.Actor#getName()
	 * @see #getActor()
	 * @generated
	 */
	EReference getActor_Name();

	/**
	 * Returns the meta object for the containment reference list '{@link org.mandateworkbench.model.Actor#getPartyStatuses <em>Party Statuses</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Party Statuses</em>'.
	 * @see org.mandateworkbench.model.Actor#getPartyStatuses()
	 * @see #getActor()
	 * @generated
	 */
	EReference getActor_PartyStatuses();

	/**
	 * Returns the meta object for class '{@link org.mandateworkbench.model.State <em>State</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>State</em>'.
	 * @see org.mandateworkbench.model.State
	 * @generated
	 */
	EClass getState();

	/**
	 * Returns the meta object for the attribute '{@link org.mandateworkbench.model.State#getIsoCode <em>Iso Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Iso Code</em>'.
	 * @see org.mandateworkbench.model.State#getIsoCode()
	 * @see #getState()
	 * @generated
	 */
	EAttribute getState_IsoCode();

	/**
	 * Returns the meta object for the containment reference '{@link org.mandateworkbench.model.State#getFormalName <em>Formal Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Formal Name</em>'.
	 * @see org.mandateworkbench.model.State#getFormalName()
	 * @see #getState()
	 * @generated
	 */
	EReference getState_FormalName();

	/**
	 * Returns the meta object for the attribute '{@link org.mandateworkbench.model.State#getRegionalGroup <em>Regional Group</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Regional Group</em>'.
	 * @see org.mandateworkbench.model.State#getRegionalGroup()
	 * @see #getState()
	 * @generated
	 */
	EAttribute getState_RegionalGroup();

	/**
	 * Returns the meta object for class '{@link org.mandateworkbench.model.Organization <em>Organization</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Organization</em>'.
	 * @see org.mandateworkbench.model.Organization
	 * @generated
	 */
	EClass getOrganization();

	/**
	 * Returns the meta object for the attribute '{@link org.mandateworkbench.model.Organization#getAcronym <em>Acronym</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Acronym</em>'.
	 * @see org.mandateworkbench.model.Organization#getAcronym()
	 * @see #getOrganization()
	 * @generated
	 */
	EAttribute getOrganization_Acronym();

	/**
	 * Returns the meta object for the attribute '{@link org.mandateworkbench.model.Organization#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.mandateworkbench.model.Organization#getKind()
	 * @see #getOrganization()
	 * @generated
	 */
	EAttribute getOrganization_Kind();

	/**
	 * Returns the meta object for class '{@link org.mandateworkbench.model.PartyStatus <em>Party Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Party Status</em>'.
	 * @see org.mandateworkbench.model.PartyStatus
	 * @generated
	 */
	EClass getPartyStatus();

	/**
	 * Returns the meta object for the reference '{@link org.mandateworkbench.model.PartyStatus#getInstrument <em>Instrument</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Instrument</em>'.
	 * @see org.mandateworkbench.model.PartyStatus#getInstrument()
	 * @see #getPartyStatus()
	 * @generated
	 */
	EReference getPartyStatus_Instrument();

	/**
	 * Returns the meta object for the attribute '{@link org.mandateworkbench.model.PartyStatus#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.mandateworkbench.model.PartyStatus#getStatus()
	 * @see #getPartyStatus()
	 * @generated
	 */
	EAttribute getPartyStatus_Status();

	/**
	 * Returns the meta object for the attribute '{@link org.mandateworkbench.model.PartyStatus#getDate <em>Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date</em>'.
	 * @see org.mandateworkbench.model.PartyStatus#getDate()
	 * @see #getPartyStatus()
	 * @generated
	 */
	EAttribute getPartyStatus_Date();

	/**
	 * Returns the meta object for class '{@link org.mandateworkbench.model.Person <em>Person</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Person</em>'.
	 * @see org.mandateworkbench.model.Person
	 * @generated
	 */
	EClass getPerson();

	/**
	 * Returns the meta object for the attribute '{@link org.mandateworkbench.model.Person#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.mandateworkbench.model.Person#getName()
	 * @see #getPerson()
	 * @generated
	 */
	EAttribute getPerson_Name();

	/**
	 * Returns the meta object for the reference '{@link org.mandateworkbench.model.Person#getAffiliation <em>Affiliation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Affiliation</em>'.
	 * @see org.mandateworkbench.model.Person#getAffiliation()
	 * @see #getPerson()
	 * @generated
	 */
	EReference getPerson_Affiliation();

	/**
	 * Returns the meta object for class '{@link org.mandateworkbench.model.Indicator <em>Indicator</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Indicator</em>'.
	 * @see org.mandateworkbench.model.Indicator
	 * @generated
	 */
	EClass getIndicator();

	/**
	 * Returns the meta object for the containment reference '{@link org.mandateworkbench.model.Indicator#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Name</em>'.
	 * @see org.mandateworkbench.model.Indicator#getName()
	 * @see #getIndicator()
	 * @generated
	 */
	EReference getIndicator_Name();

	/**
	 * Returns the meta object for the reference '{@link org.mandateworkbench.model.Indicator#getMandate <em>Mandate</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Mandate</em>'.
	 * @see org.mandateworkbench.model.Indicator#getMandate()
	 * @see #getIndicator()
	 * @generated
	 */
	EReference getIndicator_Mandate();

	/**
	 * Returns the meta object for the attribute '{@link org.mandateworkbench.model.Indicator#getUnit <em>Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Unit</em>'.
	 * @see org.mandateworkbench.model.Indicator#getUnit()
	 * @see #getIndicator()
	 * @generated
	 */
	EAttribute getIndicator_Unit();

	/**
	 * Returns the meta object for the containment reference list '{@link org.mandateworkbench.model.Indicator#getObservations <em>Observations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Observations</em>'.
	 * @see org.mandateworkbench.model.Indicator#getObservations()
	 * @see #getIndicator()
	 * @generated
	 */
	EReference getIndicator_Observations();

	/**
	 * Returns the meta object for class '{@link org.mandateworkbench.model.Observation <em>Observation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Observation</em>'.
	 * @see org.mandateworkbench.model.Observation
	 * @generated
	 */
	EClass getObservation();

	/**
	 * Returns the meta object for the attribute '{@link org.mandateworkbench.model.Observation#getDate <em>Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date</em>'.
	 * @see org.mandateworkbench.model.Observation#getDate()
	 * @see #getObservation()
	 * @generated
	 */
	EAttribute getObservation_Date();

	/**
	 * Returns the meta object for the attribute '{@link org.mandateworkbench.model.Observation#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see org.mandateworkbench.model.Observation#getValue()
	 * @see #getObservation()
	 * @generated
	 */
	EAttribute getObservation_Value();

	/**
	 * Returns the meta object for the containment reference '{@link org.mandateworkbench.model.Observation#getNote <em>Note</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Note</em>'.
	 * @see org.mandateworkbench.model.Observation#getNote()
	 * @see #getObservation()
	 * @generated
	 */
	EReference getObservation_Note();

	/**
	 * Returns the meta object for enum '{@link org.mandateworkbench.model.BodyKind <em>Body Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Body Kind</em>'.
	 * @see org.mandateworkbench.model.BodyKind
	 * @generated
	 */
	EEnum getBodyKind();

	/**
	 * Returns the meta object for enum '{@link org.mandateworkbench.model.OfficerRole <em>Officer Role</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Officer Role</em>'.
	 * @see org.mandateworkbench.model.OfficerRole
	 * @generated
	 */
	EEnum getOfficerRole();

	/**
	 * Returns the meta object for enum '{@link org.mandateworkbench.model.DocumentType <em>Document Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Document Type</em>'.
	 * @see org.mandateworkbench.model.DocumentType
	 * @generated
	 */
	EEnum getDocumentType();

	/**
	 * Returns the meta object for enum '{@link org.mandateworkbench.model.Distribution <em>Distribution</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Distribution</em>'.
	 * @see org.mandateworkbench.model.Distribution
	 * @generated
	 */
	EEnum getDistribution();

	/**
	 * Returns the meta object for enum '{@link org.mandateworkbench.model.ResolutionKind <em>Resolution Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Resolution Kind</em>'.
	 * @see org.mandateworkbench.model.ResolutionKind
	 * @generated
	 */
	EEnum getResolutionKind();

	/**
	 * Returns the meta object for enum '{@link org.mandateworkbench.model.MandateStatus <em>Mandate Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Mandate Status</em>'.
	 * @see org.mandateworkbench.model.MandateStatus
	 * @generated
	 */
	EEnum getMandateStatus();

	/**
	 * Returns the meta object for enum '{@link org.mandateworkbench.model.Classification <em>Classification</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Classification</em>'.
	 * @see org.mandateworkbench.model.Classification
	 * @generated
	 */
	EEnum getClassification();

	/**
	 * Returns the meta object for enum '{@link org.mandateworkbench.model.RegionalGroup <em>Regional Group</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Regional Group</em>'.
	 * @see org.mandateworkbench.model.RegionalGroup
	 * @generated
	 */
	EEnum getRegionalGroup();

	/**
	 * Returns the meta object for enum '{@link org.mandateworkbench.model.PartyStatusKind <em>Party Status Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Party Status Kind</em>'.
	 * @see org.mandateworkbench.model.PartyStatusKind
	 * @generated
	 */
	EEnum getPartyStatusKind();

	/**
	 * Returns the meta object for enum '{@link org.mandateworkbench.model.OrganizationKind <em>Organization Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Organization Kind</em>'.
	 * @see org.mandateworkbench.model.OrganizationKind
	 * @generated
	 */
	EEnum getOrganizationKind();

	/**
	 * Returns the meta object for data type '{@link org.mandateworkbench.model.symbol.DocumentSymbol <em>Document Symbol</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * A UN document symbol, stored in its canonical spelling.
     * <!-- end-model-doc -->
	 * @return the meta object for data type '<em>Document Symbol</em>'.
	 * @see org.mandateworkbench.model.symbol.DocumentSymbol
	 * @model instanceClass="org.mandateworkbench.model.symbol.DocumentSymbol"
	 * @generated
	 */
	EDataType getDocumentSymbol();

	/**
	 * Returns the meta object for data type '{@link java.time.LocalDate <em>Local Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * A calendar date without time zone, stored as yyyy-MM-dd.
     * <!-- end-model-doc -->
	 * @return the meta object for data type '<em>Local Date</em>'.
	 * @see java.time.LocalDate
	 * @model instanceClass="java.time.LocalDate"
	 * @generated
	 */
	EDataType getLocalDate();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	MandatesFactory getMandatesFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link org.mandateworkbench.model.impl.MandateWorkspaceImpl <em>Mandate Workspace</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.mandateworkbench.model.impl.MandateWorkspaceImpl
		 * @see org.mandateworkbench.model.impl.MandatesPackageImpl#getMandateWorkspace()
		 * @generated
		 */
		EClass MANDATE_WORKSPACE = eINSTANCE.getMandateWorkspace();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MANDATE_WORKSPACE__NAME = eINSTANCE.getMandateWorkspace_Name();

		/**
		 * The meta object literal for the '<em><b>Instruments</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MANDATE_WORKSPACE__INSTRUMENTS = eINSTANCE.getMandateWorkspace_Instruments();

		/**
		 * The meta object literal for the '<em><b>Bodies</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MANDATE_WORKSPACE__BODIES = eINSTANCE.getMandateWorkspace_Bodies();

		/**
		 * The meta object literal for the '<em><b>States</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MANDATE_WORKSPACE__STATES = eINSTANCE.getMandateWorkspace_States();

		/**
		 * The meta object literal for the '<em><b>Organizations</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MANDATE_WORKSPACE__ORGANIZATIONS = eINSTANCE.getMandateWorkspace_Organizations();

		/**
		 * The meta object literal for the '<em><b>Persons</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MANDATE_WORKSPACE__PERSONS = eINSTANCE.getMandateWorkspace_Persons();

		/**
		 * The meta object literal for the '<em><b>Documents</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MANDATE_WORKSPACE__DOCUMENTS = eINSTANCE.getMandateWorkspace_Documents();

		/**
		 * The meta object literal for the '<em><b>Mandates</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MANDATE_WORKSPACE__MANDATES = eINSTANCE.getMandateWorkspace_Mandates();

		/**
		 * The meta object literal for the '<em><b>Indicators</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MANDATE_WORKSPACE__INDICATORS = eINSTANCE.getMandateWorkspace_Indicators();

		/**
		 * The meta object literal for the '{@link org.mandateworkbench.model.impl.IdentifiableImpl <em>Identifiable</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.mandateworkbench.model.impl.IdentifiableImpl
		 * @see org.mandateworkbench.model.impl.MandatesPackageImpl#getIdentifiable()
		 * @generated
		 */
		EClass IDENTIFIABLE = eINSTANCE.getIdentifiable();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IDENTIFIABLE__ID = eINSTANCE.getIdentifiable_Id();

		/**
		 * The meta object literal for the '{@link org.mandateworkbench.model.impl.LocalizedStringImpl <em>Localized String</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.mandateworkbench.model.impl.LocalizedStringImpl
		 * @see org.mandateworkbench.model.impl.MandatesPackageImpl#getLocalizedString()
		 * @generated
		 */
		EClass LOCALIZED_STRING = eINSTANCE.getLocalizedString();

		/**
		 * The meta object literal for the '<em><b>Language</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LOCALIZED_STRING__LANGUAGE = eINSTANCE.getLocalizedString_Language();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LOCALIZED_STRING__VALUE = eINSTANCE.getLocalizedString_Value();

		/**
		 * The meta object literal for the '{@link org.mandateworkbench.model.impl.MultilingualTextImpl <em>Multilingual Text</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.mandateworkbench.model.impl.MultilingualTextImpl
		 * @see org.mandateworkbench.model.impl.MandatesPackageImpl#getMultilingualText()
		 * @generated
		 */
		EClass MULTILINGUAL_TEXT = eINSTANCE.getMultilingualText();

		/**
		 * The meta object literal for the '<em><b>Values</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MULTILINGUAL_TEXT__VALUES = eINSTANCE.getMultilingualText_Values();

		/**
		 * The meta object literal for the '{@link org.mandateworkbench.model.impl.InstrumentImpl <em>Instrument</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.mandateworkbench.model.impl.InstrumentImpl
		 * @see org.mandateworkbench.model.impl.MandatesPackageImpl#getInstrument()
		 * @generated
		 */
		EClass INSTRUMENT = eINSTANCE.getInstrument();

		/**
		 * The meta object literal for the '<em><b>Acronym</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INSTRUMENT__ACRONYM = eINSTANCE.getInstrument_Acronym();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INSTRUMENT__NAME = eINSTANCE.getInstrument_Name();

		/**
		 * The meta object literal for the '<em><b>Adoption Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INSTRUMENT__ADOPTION_DATE = eINSTANCE.getInstrument_AdoptionDate();

		/**
		 * The meta object literal for the '<em><b>Entry Into Force Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INSTRUMENT__ENTRY_INTO_FORCE_DATE = eINSTANCE.getInstrument_EntryIntoForceDate();

		/**
		 * The meta object literal for the '{@link org.mandateworkbench.model.impl.BodyImpl <em>Body</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.mandateworkbench.model.impl.BodyImpl
		 * @see org.mandateworkbench.model.impl.MandatesPackageImpl#getBody()
		 * @generated
		 */
		EClass BODY = eINSTANCE.getBody();

		/**
		 * The meta object literal for the '<em><b>Acronym</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BODY__ACRONYM = eINSTANCE.getBody_Acronym();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference BODY__NAME = eINSTANCE.getBody_Name();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BODY__KIND = eINSTANCE.getBody_Kind();

		/**
		 * The meta object literal for the '<em><b>Instrument</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference BODY__INSTRUMENT = eINSTANCE.getBody_Instrument();

		/**
		 * The meta object literal for the '<em><b>Parent</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference BODY__PARENT = eINSTANCE.getBody_Parent();

		/**
		 * The meta object literal for the '<em><b>Symbol Prefix</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BODY__SYMBOL_PREFIX = eINSTANCE.getBody_SymbolPrefix();

		/**
		 * The meta object literal for the '<em><b>Meetings</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference BODY__MEETINGS = eINSTANCE.getBody_Meetings();

		/**
		 * The meta object literal for the '{@link org.mandateworkbench.model.impl.MeetingImpl <em>Meeting</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.mandateworkbench.model.impl.MeetingImpl
		 * @see org.mandateworkbench.model.impl.MandatesPackageImpl#getMeeting()
		 * @generated
		 */
		EClass MEETING = eINSTANCE.getMeeting();

		/**
		 * The meta object literal for the '<em><b>Body</b></em>' container reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MEETING__BODY = eINSTANCE.getMeeting_Body();

		/**
		 * The meta object literal for the '<em><b>Ordinal</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEETING__ORDINAL = eINSTANCE.getMeeting_Ordinal();

		/**
		 * The meta object literal for the '<em><b>Resumed</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEETING__RESUMED = eINSTANCE.getMeeting_Resumed();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MEETING__TITLE = eINSTANCE.getMeeting_Title();

		/**
		 * The meta object literal for the '<em><b>Start Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEETING__START_DATE = eINSTANCE.getMeeting_StartDate();

		/**
		 * The meta object literal for the '<em><b>End Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEETING__END_DATE = eINSTANCE.getMeeting_EndDate();

		/**
		 * The meta object literal for the '<em><b>Venue</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MEETING__VENUE = eINSTANCE.getMeeting_Venue();

		/**
		 * The meta object literal for the '<em><b>Officers</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MEETING__OFFICERS = eINSTANCE.getMeeting_Officers();

		/**
		 * The meta object literal for the '<em><b>Agenda</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MEETING__AGENDA = eINSTANCE.getMeeting_Agenda();

		/**
		 * The meta object literal for the '<em><b>Attendance</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MEETING__ATTENDANCE = eINSTANCE.getMeeting_Attendance();

		/**
		 * The meta object literal for the '<em><b>Resolutions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MEETING__RESOLUTIONS = eINSTANCE.getMeeting_Resolutions();

		/**
		 * The meta object literal for the '<em><b>Recommendations</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MEETING__RECOMMENDATIONS = eINSTANCE.getMeeting_Recommendations();

		/**
		 * The meta object literal for the '{@link org.mandateworkbench.model.impl.OfficerImpl <em>Officer</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.mandateworkbench.model.impl.OfficerImpl
		 * @see org.mandateworkbench.model.impl.MandatesPackageImpl#getOfficer()
		 * @generated
		 */
		EClass OFFICER = eINSTANCE.getOfficer();

		/**
		 * The meta object literal for the '<em><b>Role</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OFFICER__ROLE = eINSTANCE.getOfficer_Role();

		/**
		 * The meta object literal for the '<em><b>Person</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference OFFICER__PERSON = eINSTANCE.getOfficer_Person();

		/**
		 * The meta object literal for the '<em><b>State</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference OFFICER__STATE = eINSTANCE.getOfficer_State();

		/**
		 * The meta object literal for the '{@link org.mandateworkbench.model.impl.AgendaItemImpl <em>Agenda Item</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.mandateworkbench.model.impl.AgendaItemImpl
		 * @see org.mandateworkbench.model.impl.MandatesPackageImpl#getAgendaItem()
		 * @generated
		 */
		EClass AGENDA_ITEM = eINSTANCE.getAgendaItem();

		/**
		 * The meta object literal for the '<em><b>Number</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AGENDA_ITEM__NUMBER = eINSTANCE.getAgendaItem_Number();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference AGENDA_ITEM__TITLE = eINSTANCE.getAgendaItem_Title();

		/**
		 * The meta object literal for the '<em><b>Sub Items</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference AGENDA_ITEM__SUB_ITEMS = eINSTANCE.getAgendaItem_SubItems();

		/**
		 * The meta object literal for the '{@link org.mandateworkbench.model.impl.AttendanceImpl <em>Attendance</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.mandateworkbench.model.impl.AttendanceImpl
		 * @see org.mandateworkbench.model.impl.MandatesPackageImpl#getAttendance()
		 * @generated
		 */
		EClass ATTENDANCE = eINSTANCE.getAttendance();

		/**
		 * The meta object literal for the '<em><b>States</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ATTENDANCE__STATES = eINSTANCE.getAttendance_States();

		/**
		 * The meta object literal for the '<em><b>Observer States</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ATTENDANCE__OBSERVER_STATES = eINSTANCE.getAttendance_ObserverStates();

		/**
		 * The meta object literal for the '<em><b>Organizations</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ATTENDANCE__ORGANIZATIONS = eINSTANCE.getAttendance_Organizations();

		/**
		 * The meta object literal for the '{@link org.mandateworkbench.model.impl.DocumentImpl <em>Document</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.mandateworkbench.model.impl.DocumentImpl
		 * @see org.mandateworkbench.model.impl.MandatesPackageImpl#getDocument()
		 * @generated
		 */
		EClass DOCUMENT = eINSTANCE.getDocument();

		/**
		 * The meta object literal for the '<em><b>Symbol</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOCUMENT__SYMBOL = eINSTANCE.getDocument_Symbol();

		/**
		 * The meta object literal for the '<em><b>Key</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOCUMENT__KEY = eINSTANCE.getDocument_Key();

		/**
		 * The meta object literal for the '<em><b>Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOCUMENT__TYPE = eINSTANCE.getDocument_Type();

		/**
		 * The meta object literal for the '<em><b>Distribution</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOCUMENT__DISTRIBUTION = eINSTANCE.getDocument_Distribution();

		/**
		 * The meta object literal for the '<em><b>Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOCUMENT__DATE = eINSTANCE.getDocument_Date();

		/**
		 * The meta object literal for the '<em><b>Meeting</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DOCUMENT__MEETING = eINSTANCE.getDocument_Meeting();

		/**
		 * The meta object literal for the '<em><b>Agenda Items</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DOCUMENT__AGENDA_ITEMS = eINSTANCE.getDocument_AgendaItems();

		/**
		 * The meta object literal for the '<em><b>Versions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DOCUMENT__VERSIONS = eINSTANCE.getDocument_Versions();

		/**
		 * The meta object literal for the '<em><b>Cites</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DOCUMENT__CITES = eINSTANCE.getDocument_Cites();

		/**
		 * The meta object literal for the '<em><b>Supersedes</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DOCUMENT__SUPERSEDES = eINSTANCE.getDocument_Supersedes();

		/**
		 * The meta object literal for the '{@link org.mandateworkbench.model.impl.LanguageVersionImpl <em>Language Version</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.mandateworkbench.model.impl.LanguageVersionImpl
		 * @see org.mandateworkbench.model.impl.MandatesPackageImpl#getLanguageVersion()
		 * @generated
		 */
		EClass LANGUAGE_VERSION = eINSTANCE.getLanguageVersion();

		/**
		 * The meta object literal for the '<em><b>Language</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LANGUAGE_VERSION__LANGUAGE = eINSTANCE.getLanguageVersion_Language();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LANGUAGE_VERSION__TITLE = eINSTANCE.getLanguageVersion_Title();

		/**
		 * The meta object literal for the '<em><b>Original</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LANGUAGE_VERSION__ORIGINAL = eINSTANCE.getLanguageVersion_Original();

		/**
		 * The meta object literal for the '<em><b>File</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LANGUAGE_VERSION__FILE = eINSTANCE.getLanguageVersion_File();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LANGUAGE_VERSION__TEXT = eINSTANCE.getLanguageVersion_Text();

		/**
		 * The meta object literal for the '{@link org.mandateworkbench.model.impl.ResolutionImpl <em>Resolution</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.mandateworkbench.model.impl.ResolutionImpl
		 * @see org.mandateworkbench.model.impl.MandatesPackageImpl#getResolution()
		 * @generated
		 */
		EClass RESOLUTION = eINSTANCE.getResolution();

		/**
		 * The meta object literal for the '<em><b>Number</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RESOLUTION__NUMBER = eINSTANCE.getResolution_Number();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RESOLUTION__KIND = eINSTANCE.getResolution_Kind();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RESOLUTION__TITLE = eINSTANCE.getResolution_Title();

		/**
		 * The meta object literal for the '<em><b>Adopting Session</b></em>' container reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RESOLUTION__ADOPTING_SESSION = eINSTANCE.getResolution_AdoptingSession();

		/**
		 * The meta object literal for the '<em><b>Document</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RESOLUTION__DOCUMENT = eINSTANCE.getResolution_Document();

		/**
		 * The meta object literal for the '<em><b>Paragraphs</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RESOLUTION__PARAGRAPHS = eINSTANCE.getResolution_Paragraphs();

		/**
		 * The meta object literal for the '{@link org.mandateworkbench.model.impl.OperativeParagraphImpl <em>Operative Paragraph</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.mandateworkbench.model.impl.OperativeParagraphImpl
		 * @see org.mandateworkbench.model.impl.MandatesPackageImpl#getOperativeParagraph()
		 * @generated
		 */
		EClass OPERATIVE_PARAGRAPH = eINSTANCE.getOperativeParagraph();

		/**
		 * The meta object literal for the '<em><b>Resolution</b></em>' container reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference OPERATIVE_PARAGRAPH__RESOLUTION = eINSTANCE.getOperativeParagraph_Resolution();

		/**
		 * The meta object literal for the '<em><b>Number</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OPERATIVE_PARAGRAPH__NUMBER = eINSTANCE.getOperativeParagraph_Number();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference OPERATIVE_PARAGRAPH__TEXT = eINSTANCE.getOperativeParagraph_Text();

		/**
		 * The meta object literal for the '<em><b>Addressees</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference OPERATIVE_PARAGRAPH__ADDRESSEES = eINSTANCE.getOperativeParagraph_Addressees();

		/**
		 * The meta object literal for the '{@link org.mandateworkbench.model.impl.AddresseesImpl <em>Addressees</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.mandateworkbench.model.impl.AddresseesImpl
		 * @see org.mandateworkbench.model.impl.MandatesPackageImpl#getAddressees()
		 * @generated
		 */
		EClass ADDRESSEES = eINSTANCE.getAddressees();

		/**
		 * The meta object literal for the '<em><b>All States Parties</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ADDRESSEES__ALL_STATES_PARTIES = eINSTANCE.getAddressees_AllStatesParties();

		/**
		 * The meta object literal for the '<em><b>Secretariat</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ADDRESSEES__SECRETARIAT = eINSTANCE.getAddressees_Secretariat();

		/**
		 * The meta object literal for the '<em><b>Actors</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ADDRESSEES__ACTORS = eINSTANCE.getAddressees_Actors();

		/**
		 * The meta object literal for the '<em><b>Bodies</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ADDRESSEES__BODIES = eINSTANCE.getAddressees_Bodies();

		/**
		 * The meta object literal for the '{@link org.mandateworkbench.model.impl.RecommendationImpl <em>Recommendation</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.mandateworkbench.model.impl.RecommendationImpl
		 * @see org.mandateworkbench.model.impl.MandatesPackageImpl#getRecommendation()
		 * @generated
		 */
		EClass RECOMMENDATION = eINSTANCE.getRecommendation();

		/**
		 * The meta object literal for the '<em><b>Meeting</b></em>' container reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RECOMMENDATION__MEETING = eINSTANCE.getRecommendation_Meeting();

		/**
		 * The meta object literal for the '<em><b>Paragraph Number</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RECOMMENDATION__PARAGRAPH_NUMBER = eINSTANCE.getRecommendation_ParagraphNumber();

		/**
		 * The meta object literal for the '<em><b>Letter</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RECOMMENDATION__LETTER = eINSTANCE.getRecommendation_Letter();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RECOMMENDATION__TEXT = eINSTANCE.getRecommendation_Text();

		/**
		 * The meta object literal for the '<em><b>Addressees</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RECOMMENDATION__ADDRESSEES = eINSTANCE.getRecommendation_Addressees();

		/**
		 * The meta object literal for the '<em><b>Document</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RECOMMENDATION__DOCUMENT = eINSTANCE.getRecommendation_Document();

		/**
		 * The meta object literal for the '<em><b>Reiterates</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RECOMMENDATION__REITERATES = eINSTANCE.getRecommendation_Reiterates();

		/**
		 * The meta object literal for the '<em><b>Reiterated Reports</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RECOMMENDATION__REITERATED_REPORTS = eINSTANCE.getRecommendation_ReiteratedReports();

		/**
		 * The meta object literal for the '{@link org.mandateworkbench.model.impl.MandateImpl <em>Mandate</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.mandateworkbench.model.impl.MandateImpl
		 * @see org.mandateworkbench.model.impl.MandatesPackageImpl#getMandate()
		 * @generated
		 */
		EClass MANDATE = eINSTANCE.getMandate();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MANDATE__TITLE = eINSTANCE.getMandate_Title();

		/**
		 * The meta object literal for the '<em><b>Source Paragraphs</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MANDATE__SOURCE_PARAGRAPHS = eINSTANCE.getMandate_SourceParagraphs();

		/**
		 * The meta object literal for the '<em><b>Source Recommendations</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MANDATE__SOURCE_RECOMMENDATIONS = eINSTANCE.getMandate_SourceRecommendations();

		/**
		 * The meta object literal for the '<em><b>Addressees</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MANDATE__ADDRESSEES = eINSTANCE.getMandate_Addressees();

		/**
		 * The meta object literal for the '<em><b>Responsible Officer</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MANDATE__RESPONSIBLE_OFFICER = eINSTANCE.getMandate_ResponsibleOfficer();

		/**
		 * The meta object literal for the '<em><b>Topics</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MANDATE__TOPICS = eINSTANCE.getMandate_Topics();

		/**
		 * The meta object literal for the '<em><b>Report To</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MANDATE__REPORT_TO = eINSTANCE.getMandate_ReportTo();

		/**
		 * The meta object literal for the '<em><b>Due Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MANDATE__DUE_DATE = eINSTANCE.getMandate_DueDate();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MANDATE__STATUS = eINSTANCE.getMandate_Status();

		/**
		 * The meta object literal for the '<em><b>Successor</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MANDATE__SUCCESSOR = eINSTANCE.getMandate_Successor();

		/**
		 * The meta object literal for the '<em><b>Status Changes</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MANDATE__STATUS_CHANGES = eINSTANCE.getMandate_StatusChanges();

		/**
		 * The meta object literal for the '<em><b>Actions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MANDATE__ACTIONS = eINSTANCE.getMandate_Actions();

		/**
		 * The meta object literal for the '{@link org.mandateworkbench.model.impl.StatusChangeImpl <em>Status Change</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.mandateworkbench.model.impl.StatusChangeImpl
		 * @see org.mandateworkbench.model.impl.MandatesPackageImpl#getStatusChange()
		 * @generated
		 */
		EClass STATUS_CHANGE = eINSTANCE.getStatusChange();

		/**
		 * The meta object literal for the '<em><b>Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STATUS_CHANGE__DATE = eINSTANCE.getStatusChange_Date();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STATUS_CHANGE__STATUS = eINSTANCE.getStatusChange_Status();

		/**
		 * The meta object literal for the '<em><b>Author</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STATUS_CHANGE__AUTHOR = eINSTANCE.getStatusChange_Author();

		/**
		 * The meta object literal for the '<em><b>Reason</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STATUS_CHANGE__REASON = eINSTANCE.getStatusChange_Reason();

		/**
		 * The meta object literal for the '{@link org.mandateworkbench.model.impl.MandateActionImpl <em>Mandate Action</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.mandateworkbench.model.impl.MandateActionImpl
		 * @see org.mandateworkbench.model.impl.MandatesPackageImpl#getMandateAction()
		 * @generated
		 */
		EClass MANDATE_ACTION = eINSTANCE.getMandateAction();

		/**
		 * The meta object literal for the '<em><b>Mandate</b></em>' container reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MANDATE_ACTION__MANDATE = eINSTANCE.getMandateAction_Mandate();

		/**
		 * The meta object literal for the '<em><b>Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MANDATE_ACTION__DATE = eINSTANCE.getMandateAction_Date();

		/**
		 * The meta object literal for the '<em><b>Note</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MANDATE_ACTION__NOTE = eINSTANCE.getMandateAction_Note();

		/**
		 * The meta object literal for the '{@link org.mandateworkbench.model.impl.NoteVerbaleImpl <em>Note Verbale</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.mandateworkbench.model.impl.NoteVerbaleImpl
		 * @see org.mandateworkbench.model.impl.MandatesPackageImpl#getNoteVerbale()
		 * @generated
		 */
		EClass NOTE_VERBALE = eINSTANCE.getNoteVerbale();

		/**
		 * The meta object literal for the '<em><b>Reference</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NOTE_VERBALE__REFERENCE = eINSTANCE.getNoteVerbale_Reference();

		/**
		 * The meta object literal for the '<em><b>Topics</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NOTE_VERBALE__TOPICS = eINSTANCE.getNoteVerbale_Topics();

		/**
		 * The meta object literal for the '<em><b>Reply Deadline</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NOTE_VERBALE__REPLY_DEADLINE = eINSTANCE.getNoteVerbale_ReplyDeadline();

		/**
		 * The meta object literal for the '<em><b>Addressees</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference NOTE_VERBALE__ADDRESSEES = eINSTANCE.getNoteVerbale_Addressees();

		/**
		 * The meta object literal for the '<em><b>Responses</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference NOTE_VERBALE__RESPONSES = eINSTANCE.getNoteVerbale_Responses();

		/**
		 * The meta object literal for the '{@link org.mandateworkbench.model.impl.NoteVerbaleReminderImpl <em>Note Verbale Reminder</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.mandateworkbench.model.impl.NoteVerbaleReminderImpl
		 * @see org.mandateworkbench.model.impl.MandatesPackageImpl#getNoteVerbaleReminder()
		 * @generated
		 */
		EClass NOTE_VERBALE_REMINDER = eINSTANCE.getNoteVerbaleReminder();

		/**
		 * The meta object literal for the '<em><b>Reminded</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference NOTE_VERBALE_REMINDER__REMINDED = eINSTANCE.getNoteVerbaleReminder_Reminded();

		/**
		 * The meta object literal for the '<em><b>Reference</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NOTE_VERBALE_REMINDER__REFERENCE = eINSTANCE.getNoteVerbaleReminder_Reference();

		/**
		 * The meta object literal for the '<em><b>Reply Deadline</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NOTE_VERBALE_REMINDER__REPLY_DEADLINE = eINSTANCE.getNoteVerbaleReminder_ReplyDeadline();

		/**
		 * The meta object literal for the '{@link org.mandateworkbench.model.impl.ExpertPanelImpl <em>Expert Panel</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.mandateworkbench.model.impl.ExpertPanelImpl
		 * @see org.mandateworkbench.model.impl.MandatesPackageImpl#getExpertPanel()
		 * @generated
		 */
		EClass EXPERT_PANEL = eINSTANCE.getExpertPanel();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EXPERT_PANEL__NAME = eINSTANCE.getExpertPanel_Name();

		/**
		 * The meta object literal for the '<em><b>Meeting</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EXPERT_PANEL__MEETING = eINSTANCE.getExpertPanel_Meeting();

		/**
		 * The meta object literal for the '<em><b>Experts</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EXPERT_PANEL__EXPERTS = eINSTANCE.getExpertPanel_Experts();

		/**
		 * The meta object literal for the '{@link org.mandateworkbench.model.impl.DocumentIssuedImpl <em>Document Issued</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.mandateworkbench.model.impl.DocumentIssuedImpl
		 * @see org.mandateworkbench.model.impl.MandatesPackageImpl#getDocumentIssued()
		 * @generated
		 */
		EClass DOCUMENT_ISSUED = eINSTANCE.getDocumentIssued();

		/**
		 * The meta object literal for the '<em><b>Document</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DOCUMENT_ISSUED__DOCUMENT = eINSTANCE.getDocumentIssued_Document();

		/**
		 * The meta object literal for the '{@link org.mandateworkbench.model.impl.ReportedToMeetingImpl <em>Reported To Meeting</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.mandateworkbench.model.impl.ReportedToMeetingImpl
		 * @see org.mandateworkbench.model.impl.MandatesPackageImpl#getReportedToMeeting()
		 * @generated
		 */
		EClass REPORTED_TO_MEETING = eINSTANCE.getReportedToMeeting();

		/**
		 * The meta object literal for the '<em><b>Meeting</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REPORTED_TO_MEETING__MEETING = eINSTANCE.getReportedToMeeting_Meeting();

		/**
		 * The meta object literal for the '<em><b>Agenda Item</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REPORTED_TO_MEETING__AGENDA_ITEM = eINSTANCE.getReportedToMeeting_AgendaItem();

		/**
		 * The meta object literal for the '<em><b>Document</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REPORTED_TO_MEETING__DOCUMENT = eINSTANCE.getReportedToMeeting_Document();

		/**
		 * The meta object literal for the '{@link org.mandateworkbench.model.impl.StateResponseImpl <em>State Response</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.mandateworkbench.model.impl.StateResponseImpl
		 * @see org.mandateworkbench.model.impl.MandatesPackageImpl#getStateResponse()
		 * @generated
		 */
		EClass STATE_RESPONSE = eINSTANCE.getStateResponse();

		/**
		 * The meta object literal for the '<em><b>Note Verbale</b></em>' container reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STATE_RESPONSE__NOTE_VERBALE = eINSTANCE.getStateResponse_NoteVerbale();

		/**
		 * The meta object literal for the '<em><b>State</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STATE_RESPONSE__STATE = eINSTANCE.getStateResponse_State();

		/**
		 * The meta object literal for the '<em><b>Received Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STATE_RESPONSE__RECEIVED_DATE = eINSTANCE.getStateResponse_ReceivedDate();

		/**
		 * The meta object literal for the '<em><b>Topics</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STATE_RESPONSE__TOPICS = eINSTANCE.getStateResponse_Topics();

		/**
		 * The meta object literal for the '<em><b>Substantive</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STATE_RESPONSE__SUBSTANTIVE = eINSTANCE.getStateResponse_Substantive();

		/**
		 * The meta object literal for the '<em><b>Topic Summaries</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STATE_RESPONSE__TOPIC_SUMMARIES = eINSTANCE.getStateResponse_TopicSummaries();

		/**
		 * The meta object literal for the '<em><b>Attachments</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STATE_RESPONSE__ATTACHMENTS = eINSTANCE.getStateResponse_Attachments();

		/**
		 * The meta object literal for the '<em><b>Classification</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STATE_RESPONSE__CLASSIFICATION = eINSTANCE.getStateResponse_Classification();

		/**
		 * The meta object literal for the '{@link org.mandateworkbench.model.impl.TopicSummaryImpl <em>Topic Summary</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.mandateworkbench.model.impl.TopicSummaryImpl
		 * @see org.mandateworkbench.model.impl.MandatesPackageImpl#getTopicSummary()
		 * @generated
		 */
		EClass TOPIC_SUMMARY = eINSTANCE.getTopicSummary();

		/**
		 * The meta object literal for the '<em><b>Topic</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TOPIC_SUMMARY__TOPIC = eINSTANCE.getTopicSummary_Topic();

		/**
		 * The meta object literal for the '<em><b>Summary</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TOPIC_SUMMARY__SUMMARY = eINSTANCE.getTopicSummary_Summary();

		/**
		 * The meta object literal for the '{@link org.mandateworkbench.model.impl.AttachmentImpl <em>Attachment</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.mandateworkbench.model.impl.AttachmentImpl
		 * @see org.mandateworkbench.model.impl.MandatesPackageImpl#getAttachment()
		 * @generated
		 */
		EClass ATTACHMENT = eINSTANCE.getAttachment();

		/**
		 * The meta object literal for the '<em><b>File</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ATTACHMENT__FILE = eINSTANCE.getAttachment_File();

		/**
		 * The meta object literal for the '<em><b>Language</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ATTACHMENT__LANGUAGE = eINSTANCE.getAttachment_Language();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ATTACHMENT__TITLE = eINSTANCE.getAttachment_Title();

		/**
		 * The meta object literal for the '{@link org.mandateworkbench.model.impl.ActorImpl <em>Actor</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.mandateworkbench.model.impl.ActorImpl
		 * @see org.mandateworkbench.model.impl.MandatesPackageImpl#getActor()
		 * @generated
		 */
		EClass ACTOR = eINSTANCE.getActor();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ACTOR__NAME = eINSTANCE.getActor_Name();

		/**
		 * The meta object literal for the '<em><b>Party Statuses</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ACTOR__PARTY_STATUSES = eINSTANCE.getActor_PartyStatuses();

		/**
		 * The meta object literal for the '{@link org.mandateworkbench.model.impl.StateImpl <em>State</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.mandateworkbench.model.impl.StateImpl
		 * @see org.mandateworkbench.model.impl.MandatesPackageImpl#getState()
		 * @generated
		 */
		EClass STATE = eINSTANCE.getState();

		/**
		 * The meta object literal for the '<em><b>Iso Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STATE__ISO_CODE = eINSTANCE.getState_IsoCode();

		/**
		 * The meta object literal for the '<em><b>Formal Name</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STATE__FORMAL_NAME = eINSTANCE.getState_FormalName();

		/**
		 * The meta object literal for the '<em><b>Regional Group</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STATE__REGIONAL_GROUP = eINSTANCE.getState_RegionalGroup();

		/**
		 * The meta object literal for the '{@link org.mandateworkbench.model.impl.OrganizationImpl <em>Organization</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.mandateworkbench.model.impl.OrganizationImpl
		 * @see org.mandateworkbench.model.impl.MandatesPackageImpl#getOrganization()
		 * @generated
		 */
		EClass ORGANIZATION = eINSTANCE.getOrganization();

		/**
		 * The meta object literal for the '<em><b>Acronym</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ORGANIZATION__ACRONYM = eINSTANCE.getOrganization_Acronym();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ORGANIZATION__KIND = eINSTANCE.getOrganization_Kind();

		/**
		 * The meta object literal for the '{@link org.mandateworkbench.model.impl.PartyStatusImpl <em>Party Status</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.mandateworkbench.model.impl.PartyStatusImpl
		 * @see org.mandateworkbench.model.impl.MandatesPackageImpl#getPartyStatus()
		 * @generated
		 */
		EClass PARTY_STATUS = eINSTANCE.getPartyStatus();

		/**
		 * The meta object literal for the '<em><b>Instrument</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PARTY_STATUS__INSTRUMENT = eINSTANCE.getPartyStatus_Instrument();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARTY_STATUS__STATUS = eINSTANCE.getPartyStatus_Status();

		/**
		 * The meta object literal for the '<em><b>Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARTY_STATUS__DATE = eINSTANCE.getPartyStatus_Date();

		/**
		 * The meta object literal for the '{@link org.mandateworkbench.model.impl.PersonImpl <em>Person</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.mandateworkbench.model.impl.PersonImpl
		 * @see org.mandateworkbench.model.impl.MandatesPackageImpl#getPerson()
		 * @generated
		 */
		EClass PERSON = eINSTANCE.getPerson();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERSON__NAME = eINSTANCE.getPerson_Name();

		/**
		 * The meta object literal for the '<em><b>Affiliation</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PERSON__AFFILIATION = eINSTANCE.getPerson_Affiliation();

		/**
		 * The meta object literal for the '{@link org.mandateworkbench.model.impl.IndicatorImpl <em>Indicator</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.mandateworkbench.model.impl.IndicatorImpl
		 * @see org.mandateworkbench.model.impl.MandatesPackageImpl#getIndicator()
		 * @generated
		 */
		EClass INDICATOR = eINSTANCE.getIndicator();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INDICATOR__NAME = eINSTANCE.getIndicator_Name();

		/**
		 * The meta object literal for the '<em><b>Mandate</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INDICATOR__MANDATE = eINSTANCE.getIndicator_Mandate();

		/**
		 * The meta object literal for the '<em><b>Unit</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDICATOR__UNIT = eINSTANCE.getIndicator_Unit();

		/**
		 * The meta object literal for the '<em><b>Observations</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INDICATOR__OBSERVATIONS = eINSTANCE.getIndicator_Observations();

		/**
		 * The meta object literal for the '{@link org.mandateworkbench.model.impl.ObservationImpl <em>Observation</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.mandateworkbench.model.impl.ObservationImpl
		 * @see org.mandateworkbench.model.impl.MandatesPackageImpl#getObservation()
		 * @generated
		 */
		EClass OBSERVATION = eINSTANCE.getObservation();

		/**
		 * The meta object literal for the '<em><b>Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OBSERVATION__DATE = eINSTANCE.getObservation_Date();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OBSERVATION__VALUE = eINSTANCE.getObservation_Value();

		/**
		 * The meta object literal for the '<em><b>Note</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference OBSERVATION__NOTE = eINSTANCE.getObservation_Note();

		/**
		 * The meta object literal for the '{@link org.mandateworkbench.model.BodyKind <em>Body Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.mandateworkbench.model.BodyKind
		 * @see org.mandateworkbench.model.impl.MandatesPackageImpl#getBodyKind()
		 * @generated
		 */
		EEnum BODY_KIND = eINSTANCE.getBodyKind();

		/**
		 * The meta object literal for the '{@link org.mandateworkbench.model.OfficerRole <em>Officer Role</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.mandateworkbench.model.OfficerRole
		 * @see org.mandateworkbench.model.impl.MandatesPackageImpl#getOfficerRole()
		 * @generated
		 */
		EEnum OFFICER_ROLE = eINSTANCE.getOfficerRole();

		/**
		 * The meta object literal for the '{@link org.mandateworkbench.model.DocumentType <em>Document Type</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.mandateworkbench.model.DocumentType
		 * @see org.mandateworkbench.model.impl.MandatesPackageImpl#getDocumentType()
		 * @generated
		 */
		EEnum DOCUMENT_TYPE = eINSTANCE.getDocumentType();

		/**
		 * The meta object literal for the '{@link org.mandateworkbench.model.Distribution <em>Distribution</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.mandateworkbench.model.Distribution
		 * @see org.mandateworkbench.model.impl.MandatesPackageImpl#getDistribution()
		 * @generated
		 */
		EEnum DISTRIBUTION = eINSTANCE.getDistribution();

		/**
		 * The meta object literal for the '{@link org.mandateworkbench.model.ResolutionKind <em>Resolution Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.mandateworkbench.model.ResolutionKind
		 * @see org.mandateworkbench.model.impl.MandatesPackageImpl#getResolutionKind()
		 * @generated
		 */
		EEnum RESOLUTION_KIND = eINSTANCE.getResolutionKind();

		/**
		 * The meta object literal for the '{@link org.mandateworkbench.model.MandateStatus <em>Mandate Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.mandateworkbench.model.MandateStatus
		 * @see org.mandateworkbench.model.impl.MandatesPackageImpl#getMandateStatus()
		 * @generated
		 */
		EEnum MANDATE_STATUS = eINSTANCE.getMandateStatus();

		/**
		 * The meta object literal for the '{@link org.mandateworkbench.model.Classification <em>Classification</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.mandateworkbench.model.Classification
		 * @see org.mandateworkbench.model.impl.MandatesPackageImpl#getClassification()
		 * @generated
		 */
		EEnum CLASSIFICATION = eINSTANCE.getClassification();

		/**
		 * The meta object literal for the '{@link org.mandateworkbench.model.RegionalGroup <em>Regional Group</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.mandateworkbench.model.RegionalGroup
		 * @see org.mandateworkbench.model.impl.MandatesPackageImpl#getRegionalGroup()
		 * @generated
		 */
		EEnum REGIONAL_GROUP = eINSTANCE.getRegionalGroup();

		/**
		 * The meta object literal for the '{@link org.mandateworkbench.model.PartyStatusKind <em>Party Status Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.mandateworkbench.model.PartyStatusKind
		 * @see org.mandateworkbench.model.impl.MandatesPackageImpl#getPartyStatusKind()
		 * @generated
		 */
		EEnum PARTY_STATUS_KIND = eINSTANCE.getPartyStatusKind();

		/**
		 * The meta object literal for the '{@link org.mandateworkbench.model.OrganizationKind <em>Organization Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.mandateworkbench.model.OrganizationKind
		 * @see org.mandateworkbench.model.impl.MandatesPackageImpl#getOrganizationKind()
		 * @generated
		 */
		EEnum ORGANIZATION_KIND = eINSTANCE.getOrganizationKind();

		/**
		 * The meta object literal for the '<em>Document Symbol</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.mandateworkbench.model.symbol.DocumentSymbol
		 * @see org.mandateworkbench.model.impl.MandatesPackageImpl#getDocumentSymbol()
		 * @generated
		 */
		EDataType DOCUMENT_SYMBOL = eINSTANCE.getDocumentSymbol();

		/**
		 * The meta object literal for the '<em>Local Date</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.time.LocalDate
		 * @see org.mandateworkbench.model.impl.MandatesPackageImpl#getLocalDate()
		 * @generated
		 */
		EDataType LOCAL_DATE = eINSTANCE.getLocalDate();

	}

} //MandatesPackage
