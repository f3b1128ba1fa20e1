package org.mandateworkbench.index.query;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Days and months typed as a word of a query: {@code 2018年2月9日}, {@code 2018-02-09},
 * {@code 2018年2月}, {@code 2018-02}. Such a word also means the units dated then, as a State's name
 * also means the units of that State. A day that does not exist (2018年2月30日) is no date.
 */
final class TypedDates {

    private static final Pattern CHINESE = Pattern.compile("(\\d{4})\u5e74(\\d{1,2})\u6708(?:(\\d{1,2})[\u65e5\u53f7])?"); //$NON-NLS-1$
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{2})(?:-(\\d{2}))?"); //$NON-NLS-1$

    /** The first and last day a typed date stands for: one day, or every day of a month. */
    record Days(LocalDate first, LocalDate last) {
    }

    private TypedDates() {
    }

    /** @return the days the word names, empty when it is no day or month of the calendar */
    static Optional<Days> of(String word) {
        Matcher matcher = CHINESE.matcher(word);
        if (!matcher.matches()) {
            matcher = ISO.matcher(word);
            if (!matcher.matches()) {
                return Optional.empty();
            }
        }
        try {
            YearMonth month = YearMonth.of(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)));
            if (matcher.group(3) == null) {
                return Optional.of(new Days(month.atDay(1), month.atEndOfMonth()));
            }
            LocalDate day = month.atDay(Integer.parseInt(matcher.group(3)));
            return Optional.of(new Days(day, day));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
