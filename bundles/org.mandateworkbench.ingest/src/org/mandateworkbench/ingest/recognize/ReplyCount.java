package org.mandateworkbench.ingest.recognize;

import java.time.LocalDate;

/**
 * A count of replies as at a date ("截至 2018 年 3 月 15 日，有 13 个缔约国作出答复").
 *
 * @param start offset of the first character
 * @param end   offset after the last character
 * @param asOf  the date of the count
 * @param count the number of States that replied
 */
public record ReplyCount(int start, int end, LocalDate asOf, int count) {
}
