package org.mandateworkbench.index.analysis;

import java.util.Locale;
import java.util.Optional;

import org.mandateworkbench.model.reference.StateCatalog;
import org.mandateworkbench.model.reference.StateReference;

/**
 * Resolves what a user or a document calls a State (English or Chinese name, alias, ISO alpha-3 or
 * alpha-2 code) to its ISO alpha-3 code, the only form the index stores: Korea, Republic of Korea,
 * 大韩民国, 韩国, KR and KOR all give KOR.
 */
public final class StateAliases {

    private static final StateAliases STANDARD = new StateAliases(StateCatalog.standard());

    private final StateCatalog catalog;

    /** @param catalog the States and their names */
    public StateAliases(StateCatalog catalog) {
        this.catalog = catalog;
    }

    /** @return the aliases of the bundled State list */
    public static StateAliases standard() {
        return STANDARD;
    }

    /**
     * @return the alpha-3 code of the State with this name, alias or code; empty when no State
     *         matches
     */
    public Optional<String> iso3(String nameOrCode) {
        if (nameOrCode == null || nameOrCode.isBlank()) {
            return Optional.empty();
        }
        String text = nameOrCode.strip();
        Optional<StateReference> found = catalog.byIso3(text);
        if (found.isEmpty() && text.length() == 2) {
            found = catalog.byIso2(text);
        }
        if (found.isEmpty()) {
            found = catalog.lookup(text);
        }
        return found.map(StateReference::iso3);
    }

    /** @return the alpha-3 code of the State, or the value upper-cased when no State matches */
    public String iso3OrSelf(String nameOrCode) {
        return iso3(nameOrCode).orElse(nameOrCode == null ? "" : nameOrCode.strip().toUpperCase(Locale.ROOT));
    }
}
