package org.mandateworkbench.model.reference;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.eclipse.osgi.util.NLS;
import org.mandateworkbench.model.Actor;
import org.mandateworkbench.model.Instrument;
import org.mandateworkbench.model.MandatesFactory;
import org.mandateworkbench.model.PartyStatus;
import org.mandateworkbench.model.PartyStatusKind;

/** Reads party-status.tsv and turns its rows into model {@link PartyStatus} objects. */
final class PartyStatusTable {

    static final String RESOURCE = "party-status.tsv";
    private static final List<String> COLUMNS = List.of("actor", "instrument", "status", "asOf", "date");
    private static final List<String> STATUS_CODES = List.of("NON_PARTY", "SIGNATORY", "PARTY");
    private static final Pattern INSTRUMENT = Pattern.compile("[A-Z]{2,10}");

    private PartyStatusTable() {
    }

    /** @return the rows of the bundled table, each checked to name a known actor */
    static Map<String, List<PartyStatusReference>> load(Set<String> knownActors) {
        return TsvTable.readResource(RESOURCE, COLUMNS).stream().map(row -> {
            String actor = row.required("actor");
            if (!knownActors.contains(actor)) {
                throw new ReferenceDataException(NLS.bind(Messages.ReferenceData_unknownActor,
                        new Object[] { row.source(), row.line(), actor }));
            }
            PartyStatusKind status = row.choice("status", PartyStatusKind.class, STATUS_CODES);
            String instrument = row.matching("instrument", INSTRUMENT, Messages.Expected_instrument);
            row.required("asOf");
            return new PartyStatusReference(actor, instrument, status, row.date("asOf"),
                    Optional.ofNullable(row.date("date")));
        }).collect(Collectors.groupingBy(PartyStatusReference::actor));
    }

    /**
     * Adds to the actor one status per instrument that the map knows, taken from the most recent
     * row for that instrument.
     */
    static void apply(Actor actor, List<PartyStatusReference> rows, Map<String, Instrument> instruments) {
        Map<String, Optional<PartyStatusReference>> latest = rows.stream().collect(Collectors.groupingBy(
                PartyStatusReference::instrument, Collectors.maxBy(Comparator.comparing(PartyStatusReference::asOf))));
        latest.values().stream().flatMap(Optional::stream).sorted(Comparator.comparing(PartyStatusReference::instrument))
                .forEach(row -> {
                    Instrument instrument = instruments.get(row.instrument());
                    if (instrument != null) {
                        PartyStatus status = MandatesFactory.eINSTANCE.createPartyStatus();
                        status.setInstrument(instrument);
                        status.setStatus(row.status());
                        status.setDate(row.date().orElse(null));
                        actor.getPartyStatuses().add(status);
                    }
                });
    }
}
