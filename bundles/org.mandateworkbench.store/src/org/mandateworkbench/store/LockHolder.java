package org.mandateworkbench.store;

/**
 * The process recorded in a workspace lock file.
 *
 * @param pid   process id, or -1 if the lock file did not say
 * @param host  host name, or an empty string if the lock file did not say
 * @param since when the lock was taken, as written in the lock file (ISO-8601), or an empty string
 */
public record LockHolder(long pid, String host, String since) {
}
