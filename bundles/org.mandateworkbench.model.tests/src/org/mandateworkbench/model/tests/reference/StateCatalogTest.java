package org.mandateworkbench.model.tests.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mandateworkbench.model.Instrument;
import org.mandateworkbench.model.MandatesFactory;
import org.mandateworkbench.model.PartyStatusKind;
import org.mandateworkbench.model.RegionalGroup;
import org.mandateworkbench.model.State;
import org.mandateworkbench.model.query.MultilingualTextQuery;
import org.mandateworkbench.model.reference.GroupMembership;
import org.mandateworkbench.model.reference.ReferenceDataException;
import org.mandateworkbench.model.reference.StateCatalog;
import org.mandateworkbench.model.reference.StateReference;
import org.mandateworkbench.model.reference.UnStatus;

class StateCatalogTest {

    private static final Pattern HAN = Pattern.compile("\\p{IsHan}+");
    private static final String HEADER = "iso3\tiso2\tstatus\tgroup\tmembership\tenShort\tenFormal\tzhShort\tzhFormal"
            + "\tenAliases\tzhAliases\n";

    private final StateCatalog catalog = StateCatalog.standard();

    @Test
    void listsAllMemberStatesAndTheTwoObserverStates() {
        List<StateReference> all = catalog.all();
        assertEquals(195, all.size());
        assertEquals(193, all.stream().filter(s -> s.unStatus() == UnStatus.MEMBER).count());
        assertEquals(Set.of("VAT", "PSE"), Set.copyOf(
                all.stream().filter(s -> s.unStatus() == UnStatus.OBSERVER).map(StateReference::iso3).toList()));
    }

    @Test
    void everyRowIsWellFormed() {
        Set<String> iso3 = new HashSet<>();
        Set<String> iso2 = new HashSet<>();
        for (StateReference state : catalog.all()) {
            assertTrue(state.iso3().matches("[A-Z]{3}"), state.iso3());
            assertTrue(state.iso2().matches("[A-Z]{2}"), state.iso2());
            assertTrue(iso3.add(state.iso3()), "duplicate " + state.iso3());
            assertTrue(iso2.add(state.iso2()), "duplicate " + state.iso2());
            assertFalse(state.englishShortName().isBlank(), state.iso3());
            assertFalse(state.englishFormalName().isBlank(), state.iso3());
            assertTrue(HAN.matcher(state.chineseShortName()).find(), state.iso3());
            assertTrue(HAN.matcher(state.chineseFormalName()).find(), state.iso3());
            state.englishAliases().forEach(alias -> assertFalse(HAN.matcher(alias).find(), alias));
            state.chineseAliases().forEach(alias -> assertTrue(HAN.matcher(alias).find(), alias));
            if (state.unStatus() == UnStatus.MEMBER) {
                assertTrue(state.regionalGroup() != RegionalGroup.NONE, state.iso3() + " has no group");
            }
        }
    }

    @Test
    void groupSizesMatchTheUnRegionalGroups() {
        Map<RegionalGroup, Integer> members = new EnumMap<>(RegionalGroup.class);
        catalog.all().stream().filter(s -> s.unStatus() == UnStatus.MEMBER)
                .filter(s -> s.groupMembership() == GroupMembership.FULL)
                .forEach(s -> members.merge(s.regionalGroup(), 1, Integer::sum));
        assertEquals(Map.of(RegionalGroup.AFRICAN, 54, RegionalGroup.ASIA_PACIFIC, 54, RegionalGroup.EASTERN_EUROPEAN,
                23, RegionalGroup.LATIN_AMERICAN_CARIBBEAN, 33, RegionalGroup.WESTERN_EUROPEAN_OTHERS, 28), members);
    }

    @Test
    void unitedStatesIsCountedWithWesternGroupAsObserver() {
        StateReference usa = catalog.byIso3("USA").orElseThrow();
        assertEquals(RegionalGroup.WESTERN_EUROPEAN_OTHERS, usa.regionalGroup());
        assertEquals(GroupMembership.OBSERVER, usa.groupMembership());
        assertEquals(RegionalGroup.NONE, catalog.byIso3("VAT").orElseThrow().regionalGroup());
    }

    @Test
    void findsByCodesInAnyCase() {
        assertEquals("Republic of Korea", catalog.byIso3("kor").orElseThrow().englishShortName());
        assertEquals("KOR", catalog.byIso2(" kr ").orElseThrow().iso3());
        assertTrue(catalog.byIso3("XXX").isEmpty());
        assertTrue(catalog.byIso2(null).isEmpty());
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = { "大韩民国;KOR", "Republic of Korea;KOR", "Korea;KOR", "South Korea;KOR",
            "韩国;KOR", "多民族玻利维亚国;BOL", "Bolivia (Plurinational State of);BOL", "Plurinational State of Bolivia;BOL",
            "Bolivia;BOL", "玻利维亚;BOL", "委内瑞拉玻利瓦尔共和国;VEN", "Venezuela;VEN", "委内瑞拉;VEN",
            "美利坚合众国;USA", "United States;USA", "美国;USA", "大不列颠及北爱尔兰联合王国;GBR", "United Kingdom;GBR",
            "英国;GBR", "Iran;IRN", "Islamic Republic of Iran;IRN", "伊朗;IRN", "伊朗伊斯兰共和国;IRN", "Türkiye;TUR",
            "Turkey;TUR", "土耳其;TUR", "Czechia;CZE", "Czech Republic;CZE", "捷克;CZE", "捷克共和国;CZE", "Russia;RUS",
            "Russian Federation;RUS", "俄罗斯;RUS", "俄罗斯联邦;RUS", "Viet Nam;VNM", "Vietnam;VNM", "越南;VNM",
            "State of Palestine;PSE", "巴勒斯坦国;PSE", "Holy See;VAT", "罗马教廷;VAT", "罗马教庭;VAT",
            "坦桑尼亚联合共和国;TZA", "阿拉伯联合酋长国;ARE", "Niger;NER", "Nigeria;NGA", "Sudan;SDN", "South Sudan;SSD",
            "Congo;COG", "刚果民主共和国;COD", "Dominica;DMA", "Dominican Republic;DOM", "Guinea;GIN",
            "Equatorial Guinea;GNQ" })
    void looksUpNamesAndAliasesInBothLanguages(String name, String iso3) {
        assertEquals(iso3, catalog.lookup(name).orElseThrow(() -> new AssertionError(name)).iso3());
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = { "  republic   of korea ;KOR", "REPUBLIC OF KOREA;KOR", "ＴＵＲＫＩＹＥ;TUR",
            "turkiye;TUR", "Cote d'Ivoire;CIV", "Côte d’Ivoire;CIV", "the Sudan;SDN", "大韩　民国;KOR",
            "Guinea-Bissau;GNB", "guinea bissau;GNB" })
    void looksUpIgnoringCaseSpacesAccentsAndFullWidth(String name, String iso3) {
        assertEquals(iso3, catalog.lookup(name).orElseThrow(() -> new AssertionError(name)).iso3());
    }

    @Test
    void unknownAndEmptyNamesFindNothing() {
        assertTrue(catalog.lookup("Atlantis").isEmpty());
        assertTrue(catalog.lookup("").isEmpty());
        assertTrue(catalog.lookup("  ,. ").isEmpty());
        assertTrue(catalog.lookup(null).isEmpty());
    }

    @Test
    void everyNameOfEveryStateFindsThatState() {
        for (StateReference state : catalog.all()) {
            for (String name : state.allNames()) {
                assertSame(state, catalog.lookup(name).orElseThrow(() -> new AssertionError(name)), name);
            }
        }
    }

    @Test
    void createsModelStatesWithBothLanguagesAndGroup() {
        for (StateReference reference : catalog.all()) {
            State state = catalog.createState(reference);
            assertEquals("state-" + reference.iso3(), state.getId());
            assertEquals(reference.iso3(), state.getIsoCode());
            assertEquals(reference.englishShortName(), MultilingualTextQuery.value(state.getName(), "en").orElseThrow());
            assertEquals(reference.chineseShortName(), MultilingualTextQuery.value(state.getName(), "zh").orElseThrow());
            assertEquals(reference.englishFormalName(),
                    MultilingualTextQuery.value(state.getFormalName(), "en").orElseThrow());
            assertEquals(reference.chineseFormalName(),
                    MultilingualTextQuery.value(state.getFormalName(), "zh").orElseThrow());
            assertEquals(reference.regionalGroup(), state.getRegionalGroup());
            // Round trip: the model State's names lead back to the same reference entry.
            assertSame(reference, catalog.lookup(MultilingualTextQuery.value(state.getName(), "zh").orElseThrow())
                    .orElseThrow());
            assertSame(reference, catalog.byIso3(state.getIsoCode()).orElseThrow());
        }
    }

    @Test
    void addsPartyStatusesOnlyForGivenInstruments() {
        Instrument uncac = MandatesFactory.eINSTANCE.createInstrument();
        uncac.setAcronym("UNCAC");
        Instrument untoc = MandatesFactory.eINSTANCE.createInstrument();
        untoc.setAcronym("UNTOC");

        State korea = catalog.createState("KOR", Map.of("UNCAC", uncac, "UNTOC", untoc));
        assertEquals(2, korea.getPartyStatuses().size());
        assertSame(uncac, korea.getPartyStatuses().get(0).getInstrument());
        assertEquals(PartyStatusKind.PARTY, korea.getPartyStatuses().get(0).getStatus());
        assertEquals(PartyStatusKind.SIGNATORY, korea.getPartyStatuses().get(1).getStatus());

        assertEquals(1, catalog.createState("KOR", Map.of("UNCAC", uncac)).getPartyStatuses().size());
        assertTrue(catalog.createState("ERI", Map.of("UNCAC", uncac)).getPartyStatuses().isEmpty());
        assertThrows(IllegalArgumentException.class, () -> catalog.createState("XXX", Map.of()));
    }

    @Test
    void loadsATableInTheSameFormat() throws IOException {
        StateCatalog small = load(HEADER + "# comment\nKOR\tKR\tmember\tAPG\tfull\tRepublic of Korea\tRepublic of Korea"
                + "\t大韩民国\t大韩民国\tKorea\t韩国\n");
        assertEquals(1, small.all().size());
        assertEquals("KOR", small.lookup("韩国").orElseThrow().iso3());
    }

    @Test
    void reportsTheLineOfAMalformedRow() {
        String message = assertThrows(ReferenceDataException.class,
                () -> load(HEADER + "KOR\tKR\tmember\tAPG\tfull\tRepublic of Korea\n")).getMessage();
        assertTrue(message.contains("test.tsv") && message.contains("2") && message.contains("11"), message);
    }

    @Test
    void reportsBadCodesUnknownGroupsAndDuplicates() {
        String row = "\tmember\tAPG\tfull\tA\tA\t甲\t甲\t\t\n";
        assertMessage("KO1", () -> load(HEADER + "KO1\tKR" + row));
        assertMessage("XYZ", () -> load(HEADER + "KOR\tKR\tmember\tXYZ\tfull\tA\tA\t甲\t甲\t\t\n"));
        assertMessage("line 2", () -> load(HEADER + "KOR\tKR" + row + "KOR\tKP\tmember\tAPG\tfull\tB\tB\t乙\t乙\t\t\n"));
        assertMessage("KOR", () -> load(HEADER + "KOR\tKR" + row + "PRK\tKP\tmember\tAPG\tfull\tB\tB\t乙\t乙\tA\t\n"));
        assertMessage("zhShort", () -> load(HEADER + "KOR\tKR\tmember\tAPG\tfull\tA\tA\t\t甲\t\t\n"));
    }

    private static void assertMessage(String expected, org.junit.jupiter.api.function.Executable load) {
        String message = assertThrows(ReferenceDataException.class, load).getMessage();
        assertTrue(message.contains(expected) && message.contains("test.tsv"), message);
    }

    private static StateCatalog load(String text) throws IOException {
        return StateCatalog.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "test.tsv");
    }
}
