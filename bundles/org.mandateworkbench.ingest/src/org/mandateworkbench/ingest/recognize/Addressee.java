package org.mandateworkbench.ingest.recognize;

/** Who a recommendation is addressed to, as read from its wording. */
public enum Addressee {
	/** The Secretariat or UNODC. */
	SECRETARIAT,
	/** States parties. */
	STATES_PARTIES,
	/** Member States. */
	MEMBER_STATES,
	/** The working group or expert meeting itself. */
	WORKING_GROUP,
	/** The wording names no known addressee. */
	UNKNOWN
}
