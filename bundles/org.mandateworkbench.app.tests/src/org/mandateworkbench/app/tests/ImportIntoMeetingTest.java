package org.mandateworkbench.app.tests;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mandateworkbench.testsupport.robot.ScreenshotOnFailureExtension;

/** {@link ImportIntoMeetingScenario} in English, with English documents. */
@ExtendWith(ScreenshotOnFailureExtension.class)
class ImportIntoMeetingTest extends ImportIntoMeetingScenario {

	/** A made-up report that names no meeting of its own: only the chosen meeting can place it. */
	private static final String REPORT = """
			CAC/COSP/EG.1/2018/9

			Distr.: General
			20 June 2018
			English
			Original: English

			Summary of the expert discussion on requests for cooperation

			I. Recommendations

			1. The experts agreed on the following recommendations:
			(a) The Secretariat should circulate a checklist for incoming requests;
			(b) States parties are encouraged to acknowledge requests within a week.
			"""; //$NON-NLS-1$

	/** A made-up note of another body's working group, which the file's symbol makes clear. */
	private static final String OTHER_BODY_NOTE = """
			CTOC/COP/WG.3/2018/5

			Distr.: General
			2 May 2018
			English
			Original: English

			Working Group on International Cooperation
			Vienna, 28-29 May 2018
			Item 3 of the provisional agenda
			Joint investigative teams

			Note by the Secretariat

			I. Recommendations

			1. The working group may wish to recommend that:
			(a) The Secretariat should collect model agreements on joint teams.
			"""; //$NON-NLS-1$

	@BeforeAll
	static void startWorkbench() throws Exception {
		start("en"); //$NON-NLS-1$
	}

	@AfterAll
	static void closeWorkbench() throws Exception {
		close();
	}

	@Test
	void importsIntoTheSelectedMeetingAndLetsTheReviewerPlaceAFileNamingAnotherAsItSays() throws Exception {
		importsIntoTheSelectedMeeting(new Texts("en", "Bodies and meetings", "Meeting 7", "Import Documents", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				"Already there", "Meeting", REPORT, "CAC/COSP/EG.1/2018/9", OTHER_BODY_NOTE, "CTOC/COP/WG.3/2018/5", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				"names another meeting than the one chosen")); //$NON-NLS-1$
	}
}
