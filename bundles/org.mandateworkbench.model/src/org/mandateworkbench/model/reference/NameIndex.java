package org.mandateworkbench.model.reference;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.osgi.util.NLS;

/** Names and aliases, normalized by {@link NameNormalizer}, mapped to the entry that bears them. */
final class NameIndex<T> {

    private final Map<String, T> entries = new HashMap<>();
    private final Map<String, String> owners = new HashMap<>();

    /**
     * Adds the names of one entry; a name may repeat within the entry but not across entries.
     *
     * @throws ReferenceDataException when another entry already has one of the names
     */
    void add(T entry, String key, List<String> names, TsvTable.Row row) {
        for (String name : names) {
            String normalized = NameNormalizer.normalize(name);
            if (normalized.isEmpty()) {
                continue;
            }
            String owner = owners.putIfAbsent(normalized, key);
            if (owner != null && !owner.equals(key)) {
                throw new ReferenceDataException(NLS.bind(Messages.ReferenceData_duplicateName,
                        new Object[] { row.source(), row.line(), name, owner }));
            }
            entries.put(normalized, entry);
        }
    }

    Optional<T> find(CharSequence name) {
        return Optional.ofNullable(entries.get(NameNormalizer.normalize(name)));
    }
}
