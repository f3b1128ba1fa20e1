package org.mandateworkbench.model.tests.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mandateworkbench.model.Instrument;
import org.mandateworkbench.model.MandatesFactory;
import org.mandateworkbench.model.Organization;
import org.mandateworkbench.model.OrganizationKind;
import org.mandateworkbench.model.PartyStatusKind;
import org.mandateworkbench.model.query.MultilingualTextQuery;
import org.mandateworkbench.model.reference.OrganizationCatalog;
import org.mandateworkbench.model.reference.OrganizationReference;
import org.mandateworkbench.model.reference.StateCatalog;

class OrganizationCatalogTest {

    private final OrganizationCatalog catalog = OrganizationCatalog.standard();

    @Test
    void everyRowHasAUniqueAcronymAndBothNames() {
        Set<String> acronyms = new HashSet<>();
        for (OrganizationReference organization : catalog.all()) {
            assertTrue(acronyms.add(organization.acronym()), organization.acronym());
            assertFalse(organization.englishName().isBlank());
            assertTrue(organization.chineseName().codePoints().anyMatch(c -> Character.UnicodeScript.of(c)
                    == Character.UnicodeScript.HAN), organization.acronym());
        }
        assertTrue(acronyms.containsAll(Set.of("EU", "UNODC", "INTERPOL", "WB", "OECD")));
    }

    @Test
    void europeanUnionIsARegionalEconomicIntegrationOrganization() {
        assertEquals(OrganizationKind.REGIONAL_ECONOMIC_INTEGRATION, catalog.byAcronym("eu").orElseThrow().kind());
        assertEquals(OrganizationKind.UNITED_NATIONS_ENTITY, catalog.byAcronym("UNODC").orElseThrow().kind());
        assertEquals(OrganizationKind.INTERGOVERNMENTAL, catalog.byAcronym("INTERPOL").orElseThrow().kind());
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = { "欧洲联盟;EU", "欧盟;EU", "European Union;EU", "毒品和犯罪问题办公室;UNODC",
            "国际刑警组织;INTERPOL", "刑警组织;INTERPOL", "Interpol;INTERPOL", "世界银行;WB", "经合组织;OECD",
            "欧安组织;OSCE", "阿拉伯国家联盟;LAS", "欧洲司法组织;EUROJUST", "欧洲司法网络;EJN", "马耳他骑士团;SMOM" })
    void looksUpNamesInBothLanguages(String name, String acronym) {
        assertEquals(acronym, catalog.lookup(name).orElseThrow(() -> new AssertionError(name)).acronym());
    }

    @Test
    void createsOrganizationsWithPartyStatus() {
        Instrument uncac = MandatesFactory.eINSTANCE.createInstrument();
        uncac.setAcronym("UNCAC");
        Organization eu = catalog.createOrganization("EU", Map.of("UNCAC", uncac));
        assertEquals("org-EU", eu.getId());
        assertEquals("欧洲联盟", MultilingualTextQuery.value(eu.getName(), "zh").orElseThrow());
        assertEquals(1, eu.getPartyStatuses().size());
        assertSame(uncac, eu.getPartyStatuses().get(0).getInstrument());
        assertEquals(PartyStatusKind.PARTY, eu.getPartyStatuses().get(0).getStatus());
        assertThrows(IllegalArgumentException.class, () -> catalog.createOrganization("NOPE", Map.of()));
    }

    @Test
    void partyStatusesAreDatedAndNameKnownInstruments() {
        StateCatalog states = StateCatalog.standard();
        long rows = states.all().stream().mapToLong(s -> states.partyStatuses(s.iso3()).size()).sum();
        assertTrue(rows > 150, "rows: " + rows);
        states.all().forEach(s -> states.partyStatuses(s.iso3()).forEach(row -> {
            assertTrue(Set.of("UNCAC", "UNTOC").contains(row.instrument()), row.toString());
            assertTrue(row.asOf() != null, row.toString());
        }));
    }
}
