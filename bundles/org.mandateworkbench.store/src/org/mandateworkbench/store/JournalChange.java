package org.mandateworkbench.store;

/**
 * One changed feature of one object, as recorded in the {@link ChangeJournal}.
 *
 * @param objectId id of the changed object or, if it has none, of its nearest container with an id
 *                 (empty for the workspace root)
 * @param path     path from that container down to the changed object, e.g. {@code title/values[0]};
 *                 empty if the object itself has the id
 * @param type     EMF class name of the changed object, e.g. {@code Mandate}
 * @param feature  name of the changed feature, e.g. {@code status}
 * @param kind     {@code set}, {@code unset}, {@code add}, {@code remove}, {@code add-many},
 *                 {@code remove-many} or {@code move}
 */
public record JournalChange(String objectId, String path, String type, String feature, String kind) {
}
