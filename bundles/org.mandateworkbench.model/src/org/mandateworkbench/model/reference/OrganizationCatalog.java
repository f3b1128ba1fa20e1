package org.mandateworkbench.model.reference;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.eclipse.osgi.util.NLS;
import org.mandateworkbench.model.Instrument;
import org.mandateworkbench.model.MandatesFactory;
import org.mandateworkbench.model.Organization;
import org.mandateworkbench.model.OrganizationKind;
import org.mandateworkbench.model.query.MultilingualTextQuery;

/**
 * Organizations that take part in the conferences' work (the European Union, UNODC, INTERPOL, the
 * World Bank, OECD and others), read from organizations.tsv beside this class. Finds them by
 * acronym or name in either language and creates model {@link Organization} objects.
 */
public final class OrganizationCatalog {

    static final String RESOURCE = "organizations.tsv";
    static final List<String> COLUMNS = List.of("acronym", "kind", "en", "zh", "enAliases", "zhAliases");
    // In the order of the OrganizationKind literals.
    private static final List<String> KIND_CODES = List.of("IGO", "REIO", "UN", "NGO");
    private static final Pattern ACRONYM = Pattern.compile("[A-Z][A-Z0-9-]*");
    private static final String ID_PREFIX = "org-";

    private final Map<String, OrganizationReference> byAcronym = new LinkedHashMap<>();
    private final NameIndex<OrganizationReference> names = new NameIndex<>();
    private final Map<String, List<PartyStatusReference>> partyStatuses;

    OrganizationCatalog(List<TsvTable.Row> rows, Map<String, List<PartyStatusReference>> partyStatuses) {
        this.partyStatuses = partyStatuses;
        Map<String, Integer> lines = new HashMap<>();
        for (TsvTable.Row row : rows) {
            OrganizationReference organization = new OrganizationReference(
                    row.matching("acronym", ACRONYM, Messages.Expected_acronym),
                    row.choice("kind", OrganizationKind.class, KIND_CODES), row.required("en"), row.required("zh"),
                    row.list("enAliases"), row.list("zhAliases"));
            Integer first = lines.putIfAbsent(organization.acronym(), row.line());
            if (first != null) {
                throw new ReferenceDataException(NLS.bind(Messages.ReferenceData_duplicateKey,
                        new Object[] { row.source(), row.line(), organization.acronym(), first }));
            }
            byAcronym.put(organization.acronym(), organization);
            names.add(organization, organization.acronym(), organization.allNames(), row);
        }
    }

    /** @return the bundled list, loaded once */
    public static OrganizationCatalog standard() {
        return StandardReferenceData.get().organizations;
    }

    /** @return the id a created organization gets, e.g. org-EU */
    public static String organizationId(String acronym) {
        return ID_PREFIX + acronym.toUpperCase(Locale.ROOT);
    }

    /** @return all organizations in the order of the list */
    public List<OrganizationReference> all() {
        return List.copyOf(byAcronym.values());
    }

    /** @return the organization with this acronym, in any case */
    public Optional<OrganizationReference> byAcronym(String acronym) {
        return Optional.ofNullable(acronym == null ? null : byAcronym.get(acronym.strip().toUpperCase(Locale.ROOT)));
    }

    /** Finds an organization by acronym, name or alias in English or Chinese. */
    public Optional<OrganizationReference> lookup(CharSequence name) {
        return names.find(name);
    }

    /** @return what the partial party-status list says about the organization */
    public List<PartyStatusReference> partyStatuses(String acronym) {
        return partyStatuses.getOrDefault(acronym.toUpperCase(Locale.ROOT), List.of());
    }

    /**
     * Creates a model Organization with id {@code org-<acronym>}, English and Chinese names, and its
     * party statuses towards the given instruments.
     *
     * @param instruments instruments by acronym, e.g. UNCAC; others are skipped
     * @throws IllegalArgumentException when the acronym is not in the list
     */
    public Organization createOrganization(String acronym, Map<String, Instrument> instruments) {
        OrganizationReference reference = byAcronym(acronym).orElseThrow(
                () -> new IllegalArgumentException(NLS.bind(Messages.Catalog_unknownOrganization, acronym)));
        Organization organization = MandatesFactory.eINSTANCE.createOrganization();
        organization.setId(organizationId(reference.acronym()));
        organization.setAcronym(reference.acronym());
        organization.setKind(reference.kind());
        organization.setName(MultilingualTextQuery.of("en", reference.englishName()));
        MultilingualTextQuery.put(organization.getName(), "zh", reference.chineseName());
        PartyStatusTable.apply(organization, partyStatuses(reference.acronym()), instruments);
        return organization;
    }
}
