package org.mandateworkbench.model.reference;

import java.io.IOException;
import java.io.InputStream;
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
import org.mandateworkbench.model.RegionalGroup;
import org.mandateworkbench.model.State;
import org.mandateworkbench.model.query.MultilingualTextQuery;

/**
 * The UN Member States and observer States with their codes, English and Chinese names, aliases and
 * regional groups, read from states.tsv beside this class (a class-path resource, so it loads from
 * the bundle jar under OSGi). Finds a State by code or by any of its names in either language and
 * creates model {@link State} objects.
 * <p>
 * Party status towards UNCAC and UNTOC is partial (see README.md beside this class).
 */
public final class StateCatalog {

    static final String RESOURCE = "states.tsv";
    static final List<String> COLUMNS = List.of("iso3", "iso2", "status", "group", "membership", "enShort",
            "enFormal", "zhShort", "zhFormal", "enAliases", "zhAliases");
    private static final List<String> STATUS_CODES = List.of("member", "observer");
    private static final List<String> MEMBERSHIP_CODES = List.of("full", "observer", "none");
    // In the order of the RegionalGroup literals.
    private static final List<String> GROUP_CODES = List.of("NONE", "AFR", "APG", "EEG", "GRULAC", "WEOG");
    private static final Pattern ISO3 = Pattern.compile("[A-Z]{3}");
    private static final Pattern ISO2 = Pattern.compile("[A-Z]{2}");
    private static final String ID_PREFIX = "state-";

    private final Map<String, StateReference> byIso3 = new LinkedHashMap<>();
    private final Map<String, StateReference> byIso2 = new HashMap<>();
    private final NameIndex<StateReference> names = new NameIndex<>();
    private final Map<String, List<PartyStatusReference>> partyStatuses;

    StateCatalog(List<TsvTable.Row> rows, Map<String, List<PartyStatusReference>> partyStatuses) {
        Map<String, Integer> lines = new HashMap<>();
        for (TsvTable.Row row : rows) {
            StateReference state = toState(row);
            unique(lines, state.iso3(), row);
            unique(lines, state.iso2(), row);
            byIso3.put(state.iso3(), state);
            byIso2.put(state.iso2(), state);
            names.add(state, state.iso3(), state.allNames(), row);
        }
        this.partyStatuses = partyStatuses;
    }

    /** @return the bundled list of 193 Member States and 2 observer States, loaded once */
    public static StateCatalog standard() {
        return StandardReferenceData.get().states;
    }

    /**
     * Reads a list in the format of states.tsv, without party statuses.
     *
     * @param source the name used in error messages
     * @throws ReferenceDataException naming the line of a malformed row
     */
    public static StateCatalog load(InputStream in, String source) throws IOException {
        return new StateCatalog(TsvTable.read(in, source, COLUMNS), Map.of());
    }

    /** @return the id a created State gets, e.g. state-KOR */
    public static String stateId(String iso3) {
        return ID_PREFIX + iso3.toUpperCase(Locale.ROOT);
    }

    /** @return all States in the order of the list */
    public List<StateReference> all() {
        return List.copyOf(byIso3.values());
    }

    /** @return the State with this alpha-3 code, in any case */
    public Optional<StateReference> byIso3(String code) {
        return Optional.ofNullable(code == null ? null : byIso3.get(code.strip().toUpperCase(Locale.ROOT)));
    }

    /** @return the State with this alpha-2 code, in any case */
    public Optional<StateReference> byIso2(String code) {
        return Optional.ofNullable(code == null ? null : byIso2.get(code.strip().toUpperCase(Locale.ROOT)));
    }

    /**
     * Finds a State by a short or formal name or an alias, in English or Chinese, ignoring case,
     * spaces, punctuation, accents and full-width forms.
     */
    public Optional<StateReference> lookup(CharSequence name) {
        return names.find(name);
    }

    /** @return what the partial party-status list says about the State (see README.md) */
    public List<PartyStatusReference> partyStatuses(String iso3) {
        return partyStatuses.getOrDefault(iso3.toUpperCase(Locale.ROOT), List.of());
    }

    /**
     * Creates a model State with id {@code state-<iso3>}, English and Chinese short and formal
     * names and its regional group.
     */
    public State createState(StateReference reference) {
        State state = MandatesFactory.eINSTANCE.createState();
        state.setId(stateId(reference.iso3()));
        state.setIsoCode(reference.iso3());
        state.setName(MultilingualTextQuery.of("en", reference.englishShortName()));
        MultilingualTextQuery.put(state.getName(), "zh", reference.chineseShortName());
        state.setFormalName(MultilingualTextQuery.of("en", reference.englishFormalName()));
        MultilingualTextQuery.put(state.getFormalName(), "zh", reference.chineseFormalName());
        state.setRegionalGroup(reference.regionalGroup());
        return state;
    }

    /**
     * Creates a model State and adds its party statuses towards the given instruments.
     *
     * @param instruments instruments by acronym, e.g. UNCAC; others are skipped
     * @throws IllegalArgumentException when the code is not in the list
     */
    public State createState(String iso3, Map<String, Instrument> instruments) {
        StateReference reference = byIso3(iso3).orElseThrow(
                () -> new IllegalArgumentException(NLS.bind(Messages.Catalog_unknownState, iso3)));
        State state = createState(reference);
        PartyStatusTable.apply(state, partyStatuses(reference.iso3()), instruments);
        return state;
    }

    private static StateReference toState(TsvTable.Row row) {
        return new StateReference(row.matching("iso3", ISO3, Messages.Expected_iso3),
                row.matching("iso2", ISO2, Messages.Expected_iso2), row.choice("status", UnStatus.class, STATUS_CODES),
                row.choice("group", RegionalGroup.class, GROUP_CODES),
                row.choice("membership", GroupMembership.class, MEMBERSHIP_CODES), row.required("enShort"),
                row.required("enFormal"), row.required("zhShort"), row.required("zhFormal"), row.list("enAliases"),
                row.list("zhAliases"));
    }

    private static void unique(Map<String, Integer> lines, String key, TsvTable.Row row) {
        Integer first = lines.putIfAbsent(key, row.line());
        if (first != null) {
            throw new ReferenceDataException(NLS.bind(Messages.ReferenceData_duplicateKey,
                    new Object[] { row.source(), row.line(), key, first }));
        }
    }
}
