package org.mandateworkbench.model.reference;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Loads the bundled tables once: the party-status table names both States and organizations, so
 * the two catalogs are built together.
 */
final class StandardReferenceData {

    private static volatile StandardReferenceData loaded;

    final StateCatalog states;
    final OrganizationCatalog organizations;

    private StandardReferenceData() {
        List<TsvTable.Row> stateRows = TsvTable.readResource(StateCatalog.RESOURCE, StateCatalog.COLUMNS);
        List<TsvTable.Row> organizationRows = TsvTable.readResource(OrganizationCatalog.RESOURCE,
                OrganizationCatalog.COLUMNS);
        Set<String> actors = new HashSet<>();
        stateRows.forEach(row -> actors.add(row.optional("iso3")));
        organizationRows.forEach(row -> actors.add(row.optional("acronym")));
        Map<String, List<PartyStatusReference>> partyStatuses = PartyStatusTable.load(actors);
        states = new StateCatalog(stateRows, partyStatuses);
        organizations = new OrganizationCatalog(organizationRows, partyStatuses);
    }

    /** A failed load is not remembered, so every caller gets the same specific error. */
    static StandardReferenceData get() {
        StandardReferenceData data = loaded;
        if (data == null) {
            synchronized (StandardReferenceData.class) {
                data = loaded;
                if (data == null) {
                    data = new StandardReferenceData();
                    loaded = data;
                }
            }
        }
        return data;
    }
}
