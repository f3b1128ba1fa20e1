package org.mandateworkbench.model.symbol;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.osgi.util.NLS;
import org.mandateworkbench.model.internal.Messages;
import org.mandateworkbench.model.symbol.SymbolComponent.Kind;

/**
 * Single-pass parser behind {@link DocumentSymbol#parseResult(CharSequence)}.
 * It first removes line-break debris while remembering where each kept character came from, so
 * that every problem can name a position in the caller's text.
 */
final class SymbolParser {

    private static final int MAX_DIGITS = 6;
    private static final Pattern SERIES = Pattern.compile("[A-Z]+(\\.[A-Z0-9]+)*"); //$NON-NLS-1$
    private static final Pattern SPECIAL = Pattern.compile("(L|CRP|INF|R|MISC|WP|NGO|SR|PV)(\\.[0-9A-Z]+)?"); //$NON-NLS-1$
    private static final Pattern SUFFIX = Pattern.compile("(ADD|CORR|REV|AMEND)(\\.(.*))?"); //$NON-NLS-1$
    private static final Pattern NUMERIC = Pattern.compile("[0-9]+"); //$NON-NLS-1$
    private static final Pattern SPECIAL_SESSION = Pattern.compile("(ES|S)-[0-9]{1,2}"); //$NON-NLS-1$
    private static final Pattern YEAR = Pattern.compile("(19|20)[0-9]{2}"); //$NON-NLS-1$
    private static final Pattern PARENTHETICAL = Pattern.compile("([^()]+)\\(([0-9]{4})\\)"); //$NON-NLS-1$

    /** Where the grammar stands after the components read so far. */
    private enum State { SERIES, FIRST_NUMERIC, SESSION, SPECIALS, NUMBER, SUFFIXES }

    /** A component as typed: upper-cased text and the caller-text index of its first character. */
    private record Part(String text, int origin, int[] origins) {
        int originOf(int offset) {
            return offset < origins.length ? origins[offset] : origins[origins.length - 1] + 1;
        }
    }

    /** Thrown internally to leave the parse early; never escapes this class. */
    private static final class Failure extends Exception {
        private static final long serialVersionUID = 1L;
        final transient SymbolProblem problem;

        Failure(SymbolProblem problem) {
            super(null, null, false, false);
            this.problem = problem;
        }
    }

    private final String input;
    private final StringBuilder clean = new StringBuilder();
    private final List<Integer> origins = new ArrayList<>();
    private final List<SymbolComponent> components = new ArrayList<>();
    private String pendingNumeric;
    private int parentheticalYear = DocumentSymbol.NO_YEAR;

    private SymbolParser(String input) {
        this.input = input;
    }

    static SymbolParseResult parse(CharSequence text) {
        SymbolParser parser = new SymbolParser(text == null ? "" : text.toString()); //$NON-NLS-1$
        try {
            return SymbolParseResult.of(parser.run());
        } catch (Failure failure) {
            return SymbolParseResult.of(failure.problem);
        }
    }

    private DocumentSymbol run() throws Failure {
        removeDebris();
        List<Part> parts = split();
        takeParentheticalYear(parts);
        classify(parts);
        return new DocumentSymbol(components, parentheticalYear);
    }

    private void removeDebris() throws Failure {
        int start = 0;
        int end = input.length();
        while (start < end && SymbolText.isSpace(input.charAt(start))) {
            start++;
        }
        while (end > start && SymbolText.isSpace(input.charAt(end - 1))) {
            end--;
        }
        if (start == end) {
            throw failure(SymbolProblem.Kind.EMPTY, 0, Messages.SymbolProblem_empty);
        }
        start += SymbolText.linkPrefixLength(input, start);
        for (int i = start; i < end; i++) {
            char c = SymbolText.toAscii(input.charAt(i));
            int afterBreak = SymbolText.afterHyphenBreak(input, i, end);
            if (afterBreak > 0) {
                i = afterBreak - 1;
            } else if (SymbolText.isSpace(c)) {
                i = skipSpace(i, end) - 1;
            } else {
                checkCharacter(c, i);
                clean.append(c);
                origins.add(i);
            }
        }
        if (clean.isEmpty()) {
            throw failure(SymbolProblem.Kind.EMPTY, 0, Messages.SymbolProblem_empty);
        }
    }

    /** Spaces are debris next to a slash, before "(year)" and after "Add."; elsewhere an error. */
    private int skipSpace(int first, int end) throws Failure {
        int next = first;
        while (next < end && SymbolText.isSpace(input.charAt(next))) {
            next++;
        }
        char before = clean.isEmpty() ? '/' : clean.charAt(clean.length() - 1);
        char after = SymbolText.toAscii(input.charAt(next));
        boolean debris = before == '/' || after == '/' || after == '('
                || (before == '.' && Character.isDigit(after));
        if (!debris) {
            String context = input.substring(wordStart(first), Math.min(end, wordEnd(next, end)));
            throw failure(SymbolProblem.Kind.UNEXPECTED_SPACE, first, Messages.SymbolProblem_unexpectedSpace,
                    context.strip());
        }
        return next;
    }

    private int wordStart(int index) {
        int i = index;
        while (i > 0 && !SymbolText.isSpace(input.charAt(i - 1)) && input.charAt(i - 1) != '/') {
            i--;
        }
        return i;
    }

    private int wordEnd(int index, int end) {
        int i = index;
        while (i < end && !SymbolText.isSpace(input.charAt(i)) && input.charAt(i) != '/') {
            i++;
        }
        return i;
    }

    private void checkCharacter(char c, int index) throws Failure {
        boolean allowed = SymbolText.isAsciiLetterOrDigit(c) || c == '.' || c == '-' || c == '/' || c == '('
                || c == ')';
        if (!allowed) {
            String shown = new String(Character.toChars(input.codePointAt(index)));
            throw failure(SymbolProblem.Kind.INVALID_CHARACTER, index, Messages.SymbolProblem_invalidCharacter,
                    shown);
        }
    }

    private List<Part> split() throws Failure {
        List<Part> parts = new ArrayList<>();
        int partStart = 0;
        for (int i = 0; i <= clean.length(); i++) {
            if (i < clean.length() && clean.charAt(i) != '/') {
                continue;
            }
            if (i == partStart) {
                if (i == clean.length()) {
                    int slash = origins.get(i - 1);
                    throw failure(SymbolProblem.Kind.TRAILING_SLASH, slash, Messages.SymbolProblem_trailingSlash);
                }
                throw failure(SymbolProblem.Kind.EMPTY_COMPONENT, origins.get(i),
                        Messages.SymbolProblem_emptyComponent);
            }
            int[] partOrigins = origins.subList(partStart, i).stream().mapToInt(Integer::intValue).toArray();
            String text = clean.substring(partStart, i).toUpperCase(Locale.ROOT);
            parts.add(new Part(text, partOrigins[0], partOrigins));
            partStart = i + 1;
        }
        return parts;
    }

    private void takeParentheticalYear(List<Part> parts) throws Failure {
        for (int p = 0; p < parts.size(); p++) {
            Part part = parts.get(p);
            int paren = indexOfParenthesis(part.text());
            if (paren < 0) {
                continue;
            }
            Matcher matcher = PARENTHETICAL.matcher(part.text());
            if (p != parts.size() - 1 || !matcher.matches()) {
                throw failure(SymbolProblem.Kind.INVALID_PARENTHESIS, part.originOf(paren),
                        Messages.SymbolProblem_invalidParenthesis);
            }
            parentheticalYear = Integer.parseInt(matcher.group(2));
            parts.set(p, new Part(matcher.group(1), part.origin(), part.origins()));
        }
    }

    private static int indexOfParenthesis(String text) {
        int open = text.indexOf('(');
        int close = text.indexOf(')');
        if (open < 0) {
            return close;
        }
        return close < 0 ? open : Math.min(open, close);
    }

    private void classify(List<Part> parts) throws Failure {
        Part first = parts.get(0);
        if (!SERIES.matcher(first.text()).matches() || SUFFIX.matcher(first.text()).matches()) {
            throw failure(SymbolProblem.Kind.INVALID_SERIES, first.origin(), Messages.SymbolProblem_invalidSeries,
                    first.text());
        }
        components.add(new SymbolComponent(Kind.SERIES, first.text()));
        State state = State.SERIES;
        for (int p = 1; p < parts.size(); p++) {
            state = accept(parts, p, state);
        }
        finish(state);
    }

    private State accept(List<Part> parts, int index, State state) throws Failure {
        Part part = parts.get(index);
        String text = part.text();
        Matcher suffix = SUFFIX.matcher(text);
        if (suffix.matches()) {
            return acceptSuffix(part, suffix, state);
        }
        if (state == State.NUMBER || state == State.SUFFIXES) {
            throw unexpected(part, Messages.SymbolProblem_unexpectedAfterNumber);
        }
        if (NUMERIC.matcher(text).matches()) {
            return acceptNumeric(part, state);
        }
        boolean special = SPECIAL.matcher(text).matches();
        if (state == State.SERIES && SERIES.matcher(text).matches()
                && !(special && mainPartsAfter(parts, index) < 2)) {
            components.add(new SymbolComponent(Kind.SERIES, text));
            return State.SERIES;
        }
        if (state == State.SERIES && SPECIAL_SESSION.matcher(text).matches()) {
            components.add(new SymbolComponent(Kind.SESSION, text));
            return State.SESSION;
        }
        if (special) {
            settlePending(Kind.SESSION);
            components.add(new SymbolComponent(Kind.SPECIAL, canonicalSpecial(text)));
            return State.SPECIALS;
        }
        if (state == State.SERIES) {
            throw failure(SymbolProblem.Kind.INVALID_SERIES, part.origin(), Messages.SymbolProblem_invalidSeries,
                    text);
        }
        throw unexpected(part, Messages.SymbolProblem_unexpectedAfterSession);
    }

    /** Counts the components after {@code index} that come before the first suffix. */
    private static int mainPartsAfter(List<Part> parts, int index) {
        int count = 0;
        for (int p = index + 1; p < parts.size() && !SUFFIX.matcher(parts.get(p).text()).matches(); p++) {
            count++;
        }
        return count;
    }

    private State acceptNumeric(Part part, State state) throws Failure {
        String text = part.text();
        if (text.length() > MAX_DIGITS) {
            throw failure(SymbolProblem.Kind.NUMBER_TOO_LONG, part.origin(), Messages.SymbolProblem_numberTooLong,
                    text, String.valueOf(MAX_DIGITS));
        }
        if (state == State.SERIES) {
            pendingNumeric = text;
            return State.FIRST_NUMERIC;
        }
        settlePending(Kind.SESSION);
        components.add(new SymbolComponent(Kind.NUMBER, text));
        return State.NUMBER;
    }

    private State acceptSuffix(Part part, Matcher suffix, State state) throws Failure {
        String word = suffix.group(1);
        String digits = suffix.group(3);
        if (digits == null || !NUMERIC.matcher(digits).matches()) {
            int afterWord = word.length() + (suffix.group(2) == null ? 0 : 1);
            throw failure(SymbolProblem.Kind.MISSING_SUFFIX_NUMBER, part.originOf(afterWord),
                    Messages.SymbolProblem_missingSuffixNumber, SymbolSuffix.Kind.ofWord(word).orElseThrow().prefix());
        }
        if (digits.length() > MAX_DIGITS) {
            throw failure(SymbolProblem.Kind.NUMBER_TOO_LONG, part.originOf(word.length() + 1),
                    Messages.SymbolProblem_numberTooLong, digits, String.valueOf(MAX_DIGITS));
        }
        if (state == State.SERIES || state == State.SESSION || !specialsComplete(state)) {
            throw failure(SymbolProblem.Kind.MISSING_DOCUMENT_NUMBER, part.origin(),
                    Messages.SymbolProblem_missingDocumentNumber, symbolSoFar());
        }
        settlePending(Kind.NUMBER);
        SymbolSuffix parsed = new SymbolSuffix(SymbolSuffix.Kind.ofWord(word).orElseThrow(),
                Integer.parseInt(digits));
        components.add(new SymbolComponent(Kind.SUFFIX, parsed.toString()));
        return State.SUFFIXES;
    }

    /** A run of specials names a document only when its last special carries a number (L.1, not INF). */
    private boolean specialsComplete(State state) {
        if (state != State.SPECIALS) {
            return true;
        }
        return components.get(components.size() - 1).text().indexOf('.') >= 0;
    }

    private void finish(State state) throws Failure {
        if (state == State.SERIES || state == State.SESSION || !specialsComplete(state)) {
            throw failure(SymbolProblem.Kind.MISSING_DOCUMENT_NUMBER, input.stripTrailing().length(),
                    Messages.SymbolProblem_missingDocumentNumber, symbolSoFar());
        }
        settlePending(Kind.NUMBER);
    }

    /** A first numeric is a year or session when more follows it, otherwise the document number. */
    private void settlePending(Kind kindIfAlone) {
        if (pendingNumeric == null) {
            return;
        }
        Kind kind = kindIfAlone == Kind.NUMBER ? Kind.NUMBER
                : YEAR.matcher(pendingNumeric).matches() ? Kind.YEAR : Kind.SESSION;
        components.add(new SymbolComponent(kind, pendingNumeric));
        pendingNumeric = null;
    }

    private String symbolSoFar() {
        StringBuilder text = new StringBuilder();
        for (SymbolComponent component : components) {
            text.append(text.isEmpty() ? "" : "/").append(component.text()); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return text.toString();
    }

    private static String canonicalSpecial(String upper) {
        return upper.startsWith("MISC") ? "Misc" + upper.substring(4) : upper; //$NON-NLS-1$ //$NON-NLS-2$
    }

    private Failure unexpected(Part part, String template) {
        return failure(SymbolProblem.Kind.UNEXPECTED_COMPONENT, part.origin(), template,
                input.substring(part.origin(), part.originOf(part.text().length() - 1) + 1));
    }

    private static Failure failure(SymbolProblem.Kind kind, int position, String template, String... arguments) {
        Object[] bound = new Object[arguments.length + 1];
        bound[0] = Integer.valueOf(position + 1);
        System.arraycopy(arguments, 0, bound, 1, arguments.length);
        return new Failure(new SymbolProblem(kind, position, NLS.bind(template, bound)));
    }
}
