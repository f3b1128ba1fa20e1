/**
 */
package org.mandateworkbench.model;

import java.time.LocalDate;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Meeting</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A session or meeting of a body.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.mandateworkbench.model.Meeting#getBody <em>Body</em>}</li>
 *   <li>{@link org.mandateworkbench.model.Meeting#getOrdinal <em>Ordinal</em>}</li>
 *   <li>{@link org.mandateworkbench.model.Meeting#isResumed <em>Resumed</em>}</li>
 *   <li>{@link org.mandateworkbench.model.Meeting#getTitle <em>Title</em>}</li>
 *   <li>{@link org.mandateworkbench.model.Meeting#getStartDate <em>Start Date</em>}</li>
 *   <li>{@link org.mandateworkbench.model.Meeting#getEndDate <em>End Date</em>}</li>
 *   <li>{@link org.mandateworkbench.model.Meeting#getVenue <em>Venue</em>}</li>
 *   <li>{@link org.mandateworkbench.model.Meeting#getOfficers <em>Officers</em>}</li>
 *   <li>{@link org.mandateworkbench.model.Meeting#getAgenda <em>Agenda</em>}</li>
 *   <li>{@link org.mandateworkbench.model.Meeting#getAttendance <em>Attendance</em>}</li>
 *   <li>{@link org.mandateworkbench.model.Meeting#getResolutions <em>Resolutions</em>}</li>
 *   <li>{@link org.mandateworkbench.model.Meeting#getRecommendations <em>Recommendations</em>}</li>
 * </ul>
 *
 * @see org.mandateworkbench.model.MandatesPackage#getMeeting()
 * @model
 * @generated
 */
public interface Meeting extends Identifiable {
	/**
	 * Returns the value of the '<em><b>Body</b></em>' container reference.
	 * It is bidirectional and its opposite is '{@link org.mandateworkbench.model.Body#getMeetings <em>Meetings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Body</em>' container reference.
	 * @see #setBody(Body)
	 * @see org.mandateworkbench.model.MandatesPackage#getMeeting_Body()
	 * @see org.mandateworkbench.model.Body#getMeetings
	 * @model opposite="meetings"
	 * @generated
	 */
	Body getBody();

	/**
	 * Sets the value of the '{@link org.mandateworkbench.model.Meeting#getBody <em>Body</em>}' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Body</em>' container reference.
	 * @see #getBody()
	 * @generated
	 */
	void setBody(Body value);

	/**
	 * Returns the value of the '<em><b>Ordinal</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The session number: 10 for the tenth session.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Ordinal</em>' attribute.
	 * @see #setOrdinal(int)
	 * @see org.mandateworkbench.model.MandatesPackage#getMeeting_Ordinal()
	 * @model
	 * @generated
	 */
	int getOrdinal();

	/**
	 * Sets the value of the '{@link org.mandateworkbench.model.Meeting#getOrdinal <em>Ordinal</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Ordinal</em>' attribute.
	 * @see #getOrdinal()
	 * @generated
	 */
	void setOrdinal(int value);

	/**
	 * Returns the value of the '<em><b>Resumed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Resumed</em>' attribute.
	 * @see #setResumed(boolean)
	 * @see org.mandateworkbench.model.MandatesPackage#getMeeting_Resumed()
	 * @model
	 * @generated
	 */
	boolean isResumed();

	/**
	 * Sets the value of the '{@link org.mandateworkbench.model.Meeting#isResumed <em>Resumed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Resumed</em>' attribute.
	 * @see #isResumed()
	 * @generated
	 */
	void setResumed(boolean value);

	/**
	 * Returns the value of the '<em><b>Title</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Title</em>' containment reference.
	 * @see #setTitle(MultilingualText)
	 * @see org.mandateworkbench.model.MandatesPackage#getMeeting_Title()
	 * @model containment="true"
	 * @generated
	 */
	MultilingualText getTitle();

	/**
	 * Sets the value of the '{@link org.mandateworkbench.model.Meeting#getTitle <em>Title</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' containment reference.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(MultilingualText value);

	/**
	 * Returns the value of the '<em><b>Start Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Start Date</em>' attribute.
	 * @see #setStartDate(LocalDate)
	 * @see org.mandateworkbench.model.MandatesPackage#getMeeting_StartDate()
	 * @model dataType="org.mandateworkbench.model.LocalDate"
	 * @generated
	 */
	LocalDate getStartDate();

	/**
	 * Sets the value of the '{@link org.mandateworkbench.model.Meeting#getStartDate <em>Start Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Start Date</em>' attribute.
	 * @see #getStartDate()
	 * @generated
	 */
	void setStartDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>End Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>End Date</em>' attribute.
	 * @see #setEndDate(LocalDate)
	 * @see org.mandateworkbench.model.MandatesPackage#getMeeting_EndDate()
	 * @model dataType="org.mandateworkbench.model.LocalDate"
	 * @generated
	 */
	LocalDate getEndDate();

	/**
	 * Sets the value of the '{@link org.mandateworkbench.model.Meeting#getEndDate <em>End Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>End Date</em>' attribute.
	 * @see #getEndDate()
	 * @generated
	 */
	void setEndDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Venue</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Venue</em>' containment reference.
	 * @see #setVenue(MultilingualText)
	 * @see org.mandateworkbench.model.MandatesPackage#getMeeting_Venue()
	 * @model containment="true"
	 * @generated
	 */
	MultilingualText getVenue();

	/**
	 * Sets the value of the '{@link org.mandateworkbench.model.Meeting#getVenue <em>Venue</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Venue</em>' containment reference.
	 * @see #getVenue()
	 * @generated
	 */
	void setVenue(MultilingualText value);

	/**
	 * Returns the value of the '<em><b>Officers</b></em>' containment reference list.
	 * The list contents are of type {@link org.mandateworkbench.model.Officer}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Officers</em>' containment reference list.
	 * @see org.mandateworkbench.model.MandatesPackage#getMeeting_Officers()
	 * @model containment="true"
	 * @generated
	 */
	EList<Officer> getOfficers();

	/**
	 * Returns the value of the '<em><b>Agenda</b></em>' containment reference list.
	 * The list contents are of type {@link org.mandateworkbench.model.AgendaItem}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Agenda</em>' containment reference list.
	 * @see org.mandateworkbench.model.MandatesPackage#getMeeting_Agenda()
	 * @model containment="true"
	 * @generated
	 */
	EList<AgendaItem> getAgenda();

	/**
	 * Returns the value of the '<em><b>Attendance</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Attendance</em>' containment reference.
	 * @see #setAttendance(Attendance)
	 * @see org.mandateworkbench.model.MandatesPackage#getMeeting_Attendance()
	 * @model containment="true"
	 * @generated
	 */
	Attendance getAttendance();

	/**
	 * Sets the value of the '{@link org.mandateworkbench.model.Meeting#getAttendance <em>Attendance</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Attendance</em>' containment reference.
	 * @see #getAttendance()
	 * @generated
	 */
	void setAttendance(Attendance value);

	/**
	 * Returns the value of the '<em><b>Resolutions</b></em>' containment reference list.
	 * The list contents are of type {@link org.mandateworkbench.model.Resolution}.
	 * It is bidirectional and its opposite is '{@link org.mandateworkbench.model.Resolution#getAdoptingSession <em>Adopting Session</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Resolutions</em>' containment reference list.
	 * @see org.mandateworkbench.model.MandatesPackage#getMeeting_Resolutions()
	 * @see org.mandateworkbench.model.Resolution#getAdoptingSession
	 * @model opposite="adoptingSession" containment="true"
	 * @generated
	 */
	EList<Resolution> getResolutions();

	/**
	 * Returns the value of the '<em><b>Recommendations</b></em>' containment reference list.
	 * The list contents are of type {@link org.mandateworkbench.model.Recommendation}.
	 * It is bidirectional and its opposite is '{@link org.mandateworkbench.model.Recommendation#getMeeting <em>Meeting</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Recommendations</em>' containment reference list.
	 * @see org.mandateworkbench.model.MandatesPackage#getMeeting_Recommendations()
	 * @see org.mandateworkbench.model.Recommendation#getMeeting
	 * @model opposite="meeting" containment="true"
	 * @generated
	 */
	EList<Recommendation> getRecommendations();

} // Meeting
