package org.mandateworkbench.ingest.recognize;

import java.time.LocalDate;

/**
 * A count stated for a date, such as the number of States with an entry in an online directory.
 *
 * @param start start of the count in the text
 * @param end   end of what is counted
 * @param name  what is counted, as written ("司法协助事宜中央机关", "central authorities for extradition")
 * @param value the count
 * @param asOf  the date of the count
 */
public record DatedCount(int start, int end, String name, int value, LocalDate asOf) {
}
