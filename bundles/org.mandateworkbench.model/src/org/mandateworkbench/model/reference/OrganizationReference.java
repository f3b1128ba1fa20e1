package org.mandateworkbench.model.reference;

import java.util.ArrayList;
import java.util.List;

import org.mandateworkbench.model.OrganizationKind;

/**
 * One organization of the reference list.
 *
 * @param acronym the key, e.g. EU or UNODC
 * @param kind regional economic integration organization, intergovernmental, UN entity or NGO
 * @param englishName e.g. European Union
 * @param chineseName e.g. 欧洲联盟
 * @param englishAliases other English names
 * @param chineseAliases other Chinese names, e.g. 欧盟
 */
public record OrganizationReference(String acronym, OrganizationKind kind, String englishName, String chineseName,
        List<String> englishAliases, List<String> chineseAliases) {

    /** Copies the alias lists so the record stays immutable. */
    public OrganizationReference {
        englishAliases = List.copyOf(englishAliases);
        chineseAliases = List.copyOf(chineseAliases);
    }

    /** @return the acronym, the names and the aliases in both languages */
    public List<String> allNames() {
        List<String> names = new ArrayList<>();
        names.add(acronym);
        names.add(englishName);
        names.add(chineseName);
        names.addAll(englishAliases);
        names.addAll(chineseAliases);
        return names;
    }
}
