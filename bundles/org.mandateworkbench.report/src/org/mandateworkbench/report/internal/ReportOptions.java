package org.mandateworkbench.report.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.osgi.util.NLS;
import org.mandateworkbench.cli.UsageException;
import org.mandateworkbench.report.format.DraftLanguage;

/**
 * The {@code --name value} options of one report, checked against the names the report accepts, with
 * typed accessors that turn bad values into {@link UsageException}s naming the option.
 */
public final class ReportOptions {

    private final Map<String, String> values = new LinkedHashMap<>();

    private ReportOptions() {
    }

    /**
     * Reads the arguments as pairs of option and value.
     *
     * @param arguments the arguments after the report's name
     * @param accepted  the option names this report takes, with their leading "--"
     * @throws UsageException for an unknown or repeated option, or one without a value
     */
    public static ReportOptions parse(List<String> arguments, List<String> accepted) throws UsageException {
        ReportOptions options = new ReportOptions();
        for (int i = 0; i < arguments.size(); i += 2) {
            String name = arguments.get(i);
            if (!accepted.contains(name)) {
                throw new UsageException(NLS.bind(Messages.ReportOptions_unknownOption, name, String.join(" ", accepted))); //$NON-NLS-1$
            }
            if (i + 1 >= arguments.size() || arguments.get(i + 1).startsWith("--")) { //$NON-NLS-1$
                throw new UsageException(NLS.bind(Messages.ReportOptions_missingValue, name));
            }
            if (options.values.put(name, arguments.get(i + 1)) != null) {
                throw new UsageException(NLS.bind(Messages.ReportOptions_repeated, name));
            }
        }
        return options;
    }

    /** @return the value of a required option */
    public String required(String name) throws UsageException {
        return optional(name).orElseThrow(() -> new UsageException(NLS.bind(Messages.ReportOptions_missingOption, name)));
    }

    /** @return the value of an optional option, if given */
    public Optional<String> optional(String name) {
        return Optional.ofNullable(values.get(name));
    }

    /** @return the required option read as an ISO date */
    public LocalDate date(String name) throws UsageException {
        return parseDate(name, required(name));
    }

    /** @return the optional option read as an ISO date, or the fallback when absent */
    public LocalDate date(String name, LocalDate fallback) throws UsageException {
        Optional<String> value = optional(name);
        return value.isEmpty() ? fallback : parseDate(name, value.get());
    }

    private static LocalDate parseDate(String name, String value) throws UsageException {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new UsageException(NLS.bind(Messages.ReportOptions_badDate, name, value), e);
        }
    }

    /** @return the required {@code --lang} option as a draft language */
    public DraftLanguage language() throws UsageException {
        return parseLanguage(required("--lang")); //$NON-NLS-1$
    }

    /** @return the optional {@code --lang} option as a draft language, or the fallback when absent */
    public DraftLanguage language(DraftLanguage fallback) throws UsageException {
        Optional<String> tag = optional("--lang"); //$NON-NLS-1$
        return tag.isEmpty() ? fallback : parseLanguage(tag.get());
    }

    private static DraftLanguage parseLanguage(String tag) throws UsageException {
        try {
            return DraftLanguage.fromTag(tag);
        } catch (IllegalArgumentException e) {
            throw new UsageException(NLS.bind(Messages.ReportOptions_badLanguage, tag), e);
        }
    }
}
