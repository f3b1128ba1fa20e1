package org.mandateworkbench.model.reference;

import java.time.LocalDate;
import java.util.Optional;

import org.mandateworkbench.model.PartyStatusKind;

/**
 * An actor's standing towards an instrument as a UN report shows it on a given date. The list is
 * partial (see README.md beside this class): absence of a row says nothing.
 *
 * @param actor ISO alpha-3 code of a State or acronym of an organization
 * @param instrument acronym of the instrument, UNCAC or UNTOC
 * @param status party or signatory
 * @param asOf the date on which the status is attested
 * @param date date of ratification, accession or signature, when known
 */
public record PartyStatusReference(String actor, String instrument, PartyStatusKind status, LocalDate asOf,
        Optional<LocalDate> date) {
}
