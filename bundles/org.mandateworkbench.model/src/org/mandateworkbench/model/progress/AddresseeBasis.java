package org.mandateworkbench.model.progress;

/** How the States addressed by a note verbale were determined. */
public enum AddresseeBasis {
    /** Only the States the note names. */
    NAMED,
    /**
     * All States parties: the workspace's States that were party to the mandate's instrument on
     * the note's date, plus any the note names.
     */
    STATES_PARTIES,
    /**
     * All States parties, but the instrument or its party data is missing (no State of the
     * workspace has a party status for it), so every State of the workspace counts as addressed.
     */
    ALL_STATES_FALLBACK
}
