package org.mandateworkbench.model.reference;

import java.util.ArrayList;
import java.util.List;

import org.mandateworkbench.model.RegionalGroup;

/**
 * One State of the reference list: ISO 3166-1 codes, English and Chinese short and formal names as
 * the UN uses them, common aliases, and its UN regional group.
 *
 * @param iso3 ISO 3166-1 alpha-3 code, e.g. KOR
 * @param iso2 ISO 3166-1 alpha-2 code, e.g. KR
 * @param unStatus Member State or observer State
 * @param regionalGroup the group it belongs to or, for the United States, is counted with
 * @param groupMembership full member, observer of the group, or none
 * @param englishShortName e.g. Republic of Korea
 * @param englishFormalName e.g. Republic of Korea
 * @param chineseShortName the name of UN Chinese lists, e.g. 大韩民国
 * @param chineseFormalName e.g. 大韩民国
 * @param englishAliases other English names, e.g. South Korea
 * @param chineseAliases other Chinese names, e.g. 韩国
 */
public record StateReference(String iso3, String iso2, UnStatus unStatus, RegionalGroup regionalGroup,
        GroupMembership groupMembership, String englishShortName, String englishFormalName, String chineseShortName,
        String chineseFormalName, List<String> englishAliases, List<String> chineseAliases) {

    /** Copies the alias lists so the record stays immutable. */
    public StateReference {
        englishAliases = List.copyOf(englishAliases);
        chineseAliases = List.copyOf(chineseAliases);
    }

    /** @return every name and alias in both languages, short names first */
    public List<String> allNames() {
        List<String> names = new ArrayList<>();
        names.add(englishShortName);
        names.add(chineseShortName);
        names.add(englishFormalName);
        names.add(chineseFormalName);
        names.addAll(englishAliases);
        names.addAll(chineseAliases);
        return names;
    }
}
