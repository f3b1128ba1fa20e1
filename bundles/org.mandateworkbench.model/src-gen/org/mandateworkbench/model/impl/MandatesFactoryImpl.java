/**
 */
package org.mandateworkbench.model.impl;

import java.time.LocalDate;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EFactoryImpl;

import org.eclipse.emf.ecore.plugin.EcorePlugin;

import org.mandateworkbench.model.*;

import org.mandateworkbench.model.symbol.DocumentSymbol;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Factory</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class MandatesFactoryImpl extends EFactoryImpl implements MandatesFactory {
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static MandatesFactory init() {
		try {
			MandatesFactory theMandatesFactory = (MandatesFactory)EPackage.Registry.INSTANCE.getEFactory(MandatesPackage.eNS_URI);
			if (theMandatesFactory != null) {
				return theMandatesFactory;
			}
		}
		catch (Exception exception) {
			EcorePlugin.INSTANCE.log(exception);
		}
		return new MandatesFactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public MandatesFactoryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EObject create(EClass eClass) {
		switch (eClass.getClassifierID()) {
			case MandatesPackage.MANDATE_WORKSPACE: return createMandateWorkspace();
			case MandatesPackage.LOCALIZED_STRING: return createLocalizedString();
			case MandatesPackage.MULTILINGUAL_TEXT: return createMultilingualText();
			case MandatesPackage.INSTRUMENT: return createInstrument();
			case MandatesPackage.BODY: return createBody();
			case MandatesPackage.MEETING: return createMeeting();
			case MandatesPackage.OFFICER: return createOfficer();
			case MandatesPackage.AGENDA_ITEM: return createAgendaItem();
			case MandatesPackage.ATTENDANCE: return createAttendance();
			case MandatesPackage.DOCUMENT: return createDocument();
			case MandatesPackage.LANGUAGE_VERSION: return createLanguageVersion();
			case MandatesPackage.RESOLUTION: return createResolution();
			case MandatesPackage.OPERATIVE_PARAGRAPH: return createOperativeParagraph();
			case MandatesPackage.ADDRESSEES: return createAddressees();
			case MandatesPackage.RECOMMENDATION: return createRecommendation();
			case MandatesPackage.MANDATE: return createMandate();
			case MandatesPackage.STATUS_CHANGE: return createStatusChange();
			case MandatesPackage.NOTE_VERBALE: return createNoteVerbale();
			case MandatesPackage.NOTE_VERBALE_REMINDER: return createNoteVerbaleReminder();
			case MandatesPackage.EXPERT_PANEL: return createExpertPanel();
			case MandatesPackage.DOCUMENT_ISSUED: return createDocumentIssued();
			case MandatesPackage.REPORTED_TO_MEETING: return createReportedToMeeting();
			case MandatesPackage.STATE_RESPONSE: return createStateResponse();
			case MandatesPackage.TOPIC_SUMMARY: return createTopicSummary();
			case MandatesPackage.ATTACHMENT: return createAttachment();
			case MandatesPackage.STATE: return createState();
			case MandatesPackage.ORGANIZATION: return createOrganization();
			case MandatesPackage.PARTY_STATUS: return createPartyStatus();
			case MandatesPackage.PERSON: return createPerson();
			case MandatesPackage.INDICATOR: return createIndicator();
			case MandatesPackage.OBSERVATION: return createObservation();
			default:
				throw new IllegalArgumentException("The class '" + eClass.getName() + "' is not a valid classifier"); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object createFromString(EDataType eDataType, String initialValue) {
		switch (eDataType.getClassifierID()) {
			case MandatesPackage.BODY_KIND:
				return createBodyKindFromString(eDataType, initialValue);
			case MandatesPackage.OFFICER_ROLE:
				return createOfficerRoleFromString(eDataType, initialValue);
			case MandatesPackage.DOCUMENT_TYPE:
				return createDocumentTypeFromString(eDataType, initialValue);
			case MandatesPackage.DISTRIBUTION:
				return createDistributionFromString(eDataType, initialValue);
			case MandatesPackage.RESOLUTION_KIND:
				return createResolutionKindFromString(eDataType, initialValue);
			case MandatesPackage.MANDATE_STATUS:
				return createMandateStatusFromString(eDataType, initialValue);
			case MandatesPackage.CLASSIFICATION:
				return createClassificationFromString(eDataType, initialValue);
			case MandatesPackage.REGIONAL_GROUP:
				return createRegionalGroupFromString(eDataType, initialValue);
			case MandatesPackage.PARTY_STATUS_KIND:
				return createPartyStatusKindFromString(eDataType, initialValue);
			case MandatesPackage.ORGANIZATION_KIND:
				return createOrganizationKindFromString(eDataType, initialValue);
			case MandatesPackage.DOCUMENT_SYMBOL:
				return createDocumentSymbolFromString(eDataType, initialValue);
			case MandatesPackage.LOCAL_DATE:
				return createLocalDateFromString(eDataType, initialValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier"); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String convertToString(EDataType eDataType, Object instanceValue) {
		switch (eDataType.getClassifierID()) {
			case MandatesPackage.BODY_KIND:
				return convertBodyKindToString(eDataType, instanceValue);
			case MandatesPackage.OFFICER_ROLE:
				return convertOfficerRoleToString(eDataType, instanceValue);
			case MandatesPackage.DOCUMENT_TYPE:
				return convertDocumentTypeToString(eDataType, instanceValue);
			case MandatesPackage.DISTRIBUTION:
				return convertDistributionToString(eDataType, instanceValue);
			case MandatesPackage.RESOLUTION_KIND:
				return convertResolutionKindToString(eDataType, instanceValue);
			case MandatesPackage.MANDATE_STATUS:
				return convertMandateStatusToString(eDataType, instanceValue);
			case MandatesPackage.CLASSIFICATION:
				return convertClassificationToString(eDataType, instanceValue);
			case MandatesPackage.REGIONAL_GROUP:
				return convertRegionalGroupToString(eDataType, instanceValue);
			case MandatesPackage.PARTY_STATUS_KIND:
				return convertPartyStatusKindToString(eDataType, instanceValue);
			case MandatesPackage.ORGANIZATION_KIND:
				return convertOrganizationKindToString(eDataType, instanceValue);
			case MandatesPackage.DOCUMENT_SYMBOL:
				return convertDocumentSymbolToString(eDataType, instanceValue);
			case MandatesPackage.LOCAL_DATE:
				return convertLocalDateToString(eDataType, instanceValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier"); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MandateWorkspace createMandateWorkspace() {
		MandateWorkspaceImpl mandateWorkspace = new MandateWorkspaceImpl();
		return mandateWorkspace;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalizedString createLocalizedString() {
		LocalizedStringImpl localizedString = new LocalizedStringImpl();
		return localizedString;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MultilingualText createMultilingualText() {
		MultilingualTextImpl multilingualText = new MultilingualTextImpl();
		return multilingualText;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instrument createInstrument() {
		InstrumentImpl instrument = new InstrumentImpl();
		return instrument;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Body createBody() {
		BodyImpl body = new BodyImpl();
		return body;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Meeting createMeeting() {
		MeetingImpl meeting = new MeetingImpl();
		return meeting;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Officer createOfficer() {
		OfficerImpl officer = new OfficerImpl();
		return officer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AgendaItem createAgendaItem() {
		AgendaItemImpl agendaItem = new AgendaItemImpl();
		return agendaItem;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Attendance createAttendance() {
		AttendanceImpl attendance = new AttendanceImpl();
		return attendance;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Document createDocument() {
		DocumentImpl document = new DocumentImpl();
		return document;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LanguageVersion createLanguageVersion() {
		LanguageVersionImpl languageVersion = new LanguageVersionImpl();
		return languageVersion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Resolution createResolution() {
		ResolutionImpl resolution = new ResolutionImpl();
		return resolution;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public OperativeParagraph createOperativeParagraph() {
		OperativeParagraphImpl operativeParagraph = new OperativeParagraphImpl();
		return operativeParagraph;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Addressees createAddressees() {
		AddresseesImpl addressees = new AddresseesImpl();
		return addressees;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Recommendation createRecommendation() {
		RecommendationImpl recommendation = new RecommendationImpl();
		return recommendation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Mandate createMandate() {
		MandateImpl mandate = new MandateImpl();
		return mandate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public StatusChange createStatusChange() {
		StatusChangeImpl statusChange = new StatusChangeImpl();
		return statusChange;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NoteVerbale createNoteVerbale() {
		NoteVerbaleImpl noteVerbale = new NoteVerbaleImpl();
		return noteVerbale;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NoteVerbaleReminder createNoteVerbaleReminder() {
		NoteVerbaleReminderImpl noteVerbaleReminder = new NoteVerbaleReminderImpl();
		return noteVerbaleReminder;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ExpertPanel createExpertPanel() {
		ExpertPanelImpl expertPanel = new ExpertPanelImpl();
		return expertPanel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DocumentIssued createDocumentIssued() {
		DocumentIssuedImpl documentIssued = new DocumentIssuedImpl();
		return documentIssued;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ReportedToMeeting createReportedToMeeting() {
		ReportedToMeetingImpl reportedToMeeting = new ReportedToMeetingImpl();
		return reportedToMeeting;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public StateResponse createStateResponse() {
		StateResponseImpl stateResponse = new StateResponseImpl();
		return stateResponse;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TopicSummary createTopicSummary() {
		TopicSummaryImpl topicSummary = new TopicSummaryImpl();
		return topicSummary;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Attachment createAttachment() {
		AttachmentImpl attachment = new AttachmentImpl();
		return attachment;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public State createState() {
		StateImpl state = new StateImpl();
		return state;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Organization createOrganization() {
		OrganizationImpl organization = new OrganizationImpl();
		return organization;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PartyStatus createPartyStatus() {
		PartyStatusImpl partyStatus = new PartyStatusImpl();
		return partyStatus;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Person createPerson() {
		PersonImpl person = new PersonImpl();
		return person;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Indicator createIndicator() {
		IndicatorImpl indicator = new IndicatorImpl();
		return indicator;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Observation createObservation() {
		ObservationImpl observation = new ObservationImpl();
		return observation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public BodyKind createBodyKindFromString(EDataType eDataType, String initialValue) {
		BodyKind result = BodyKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertBodyKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public OfficerRole createOfficerRoleFromString(EDataType eDataType, String initialValue) {
		OfficerRole result = OfficerRole.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertOfficerRoleToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public DocumentType createDocumentTypeFromString(EDataType eDataType, String initialValue) {
		DocumentType result = DocumentType.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertDocumentTypeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Distribution createDistributionFromString(EDataType eDataType, String initialValue) {
		Distribution result = Distribution.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertDistributionToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ResolutionKind createResolutionKindFromString(EDataType eDataType, String initialValue) {
		ResolutionKind result = ResolutionKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertResolutionKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public MandateStatus createMandateStatusFromString(EDataType eDataType, String initialValue) {
		MandateStatus result = MandateStatus.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertMandateStatusToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Classification createClassificationFromString(EDataType eDataType, String initialValue) {
		Classification result = Classification.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertClassificationToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public RegionalGroup createRegionalGroupFromString(EDataType eDataType, String initialValue) {
		RegionalGroup result = RegionalGroup.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertRegionalGroupToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public PartyStatusKind createPartyStatusKindFromString(EDataType eDataType, String initialValue) {
		PartyStatusKind result = PartyStatusKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertPartyStatusKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public OrganizationKind createOrganizationKindFromString(EDataType eDataType, String initialValue) {
		OrganizationKind result = OrganizationKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertOrganizationKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public DocumentSymbol createDocumentSymbol(final String it) {
		return org.mandateworkbench.model.internal.ModelValueConversion.parseSymbol(it);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public DocumentSymbol createDocumentSymbolFromString(EDataType eDataType, String initialValue) {
		return createDocumentSymbol(initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertDocumentSymbol(final DocumentSymbol it) {
		return org.mandateworkbench.model.internal.ModelValueConversion.formatSymbol(it);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertDocumentSymbolToString(EDataType eDataType, Object instanceValue) {
		return convertDocumentSymbol((DocumentSymbol)instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public LocalDate createLocalDate(final String it) {
		return org.mandateworkbench.model.internal.ModelValueConversion.parseDate(it);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public LocalDate createLocalDateFromString(EDataType eDataType, String initialValue) {
		return createLocalDate(initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertLocalDate(final LocalDate it) {
		return org.mandateworkbench.model.internal.ModelValueConversion.formatDate(it);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertLocalDateToString(EDataType eDataType, Object instanceValue) {
		return convertLocalDate((LocalDate)instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MandatesPackage getMandatesPackage() {
		return (MandatesPackage)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static MandatesPackage getPackage() {
		return MandatesPackage.eINSTANCE;
	}

} //MandatesFactoryImpl
