package org.mandateworkbench.model.symbol;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;

import org.mandateworkbench.model.symbol.SymbolComponent.Kind;

/**
 * An immutable UN document symbol such as {@code CAC/COSP/EG.1/2019/L.1/Add.3}, {@code A/RES/71/208}
 * or {@code S/RES/2462 (2019)}.
 * <p>
 * A symbol is a series (one or more body codes: CAC/COSP/EG.1), then optionally a year or session,
 * then special markers (L.1, CRP.13, INF) and/or a document number, then suffixes (Add.N, Corr.N,
 * Rev.N, Amend.N, possibly chained), and for Security Council resolutions a year in parentheses.
 * Parsing is lenient about case, full-width characters, white space next to slashes and words
 * hyphenated across a line end; the result is kept in canonical spelling. Two symbols are equal
 * when their {@link #normalizedKey() normalized keys} are equal; ordering compares component by
 * component with numbers in numeric order (2 before 10).
 * <p>
 * The grammar is structural: it cannot tell a real body code from an invented one.
 */
public final class DocumentSymbol implements Comparable<DocumentSymbol> {

    /** Marker for "no year in parentheses". */
    static final int NO_YEAR = -1;

    private final List<SymbolComponent> components;
    private final int parentheticalYear;
    private final String text;
    private final String key;

    DocumentSymbol(List<SymbolComponent> components, int parentheticalYear) {
        this.components = List.copyOf(components);
        this.parentheticalYear = parentheticalYear;
        this.text = render(this.components, parentheticalYear);
        this.key = normalizeText(text);
    }

    /**
     * Parses a symbol, reporting a problem instead of throwing.
     *
     * @param text a symbol, possibly with stray spaces, line breaks or an undocs.org link prefix;
     *             null counts as empty
     * @return the symbol or the problem with its position and a localized message
     */
    public static SymbolParseResult parseResult(CharSequence text) {
        return SymbolParser.parse(text);
    }

    /**
     * Parses a symbol that is expected to be valid.
     *
     * @throws IllegalArgumentException with the problem's message when the text is not a symbol
     */
    public static DocumentSymbol parse(CharSequence text) {
        SymbolParseResult result = parseResult(text);
        return result.symbol().orElseThrow(() -> new IllegalArgumentException(result.problem().get().message()));
    }

    /** @return the symbol, or empty when the text is not a valid symbol */
    public static Optional<DocumentSymbol> tryParse(CharSequence text) {
        return parseResult(text).symbol();
    }

    /**
     * Normalizes any text the way symbol keys are normalized, without checking the grammar: upper case,
     * full-width forms to ASCII, all white space and line-end hyphenation removed, a leading undocs.org
     * link dropped. For a valid symbol this equals {@code parse(text).normalizedKey()}; partial input
     * such as "eg.1/2019/2" is normalized too, which is what search needs.
     */
    public static String normalizeText(CharSequence text) {
        if (text == null) {
            return ""; //$NON-NLS-1$
        }
        int start = 0;
        while (start < text.length() && SymbolText.isSpace(text.charAt(start))) {
            start++;
        }
        start += SymbolText.linkPrefixLength(text, start);
        StringBuilder normalized = new StringBuilder(text.length() - start);
        for (int i = start; i < text.length(); i++) {
            int afterBreak = SymbolText.afterHyphenBreak(text, i, text.length());
            char c = SymbolText.toAscii(text.charAt(i));
            if (afterBreak > 0) {
                i = afterBreak - 1;
            } else if (!SymbolText.isSpace(c)) {
                normalized.append(c);
            }
        }
        return normalized.toString().toUpperCase(Locale.ROOT);
    }

    /** @return all components in order, suffixes included */
    public List<SymbolComponent> components() {
        return components;
    }

    /** @return the series codes before the year or session, e.g. [CAC, COSP, EG.1] */
    public List<String> series() {
        return textsOf(Kind.SERIES);
    }

    /** @return the series joined by slashes, e.g. "CAC/COSP/EG.1" or "A/HRC/RES" */
    public String bodyPrefix() {
        return String.join("/", series()); //$NON-NLS-1$
    }

    /** @return the year or session component ("2019", "71", "ES-10"), if the symbol has one */
    public Optional<String> yearOrSession() {
        return components.stream().filter(c -> c.kind() == Kind.YEAR || c.kind() == Kind.SESSION)
                .map(SymbolComponent::text).findFirst();
    }

    /** @return the four-digit year component, else the year in parentheses, else empty */
    public OptionalInt year() {
        Optional<String> year = components.stream().filter(c -> c.kind() == Kind.YEAR).map(SymbolComponent::text)
                .findFirst();
        if (year.isPresent()) {
            return OptionalInt.of(Integer.parseInt(year.get()));
        }
        return parentheticalYear();
    }

    /** @return the year written in parentheses, as in S/RES/2462 (2019) */
    public OptionalInt parentheticalYear() {
        return parentheticalYear == NO_YEAR ? OptionalInt.empty() : OptionalInt.of(parentheticalYear);
    }

    /** @return special markers in canonical spelling, e.g. [L.1], [INF], [CRP.13], [Misc.2] */
    public List<String> specials() {
        return textsOf(Kind.SPECIAL);
    }

    /** @return the plain document number ("14" in CAC/COSP/2017/14), empty for L.1-style symbols */
    public Optional<String> documentNumber() {
        return textsOf(Kind.NUMBER).stream().findFirst();
    }

    /** @return the suffix chain in order, e.g. [Rev.1, Add.2] */
    public List<SymbolSuffix> suffixes() {
        List<SymbolSuffix> suffixes = new ArrayList<>();
        for (SymbolComponent component : components) {
            if (component.kind() == Kind.SUFFIX) {
                String word = component.text().substring(0, component.text().indexOf('.'));
                int number = Integer.parseInt(component.text().substring(word.length() + 1));
                suffixes.add(new SymbolSuffix(SymbolSuffix.Kind.ofWord(word).orElseThrow(), number));
            }
        }
        return List.copyOf(suffixes);
    }

    /** @return this symbol without any Add./Corr./Rev./Amend. suffixes; itself when it has none */
    public DocumentSymbol baseSymbol() {
        List<SymbolComponent> base = components.stream().filter(c -> c.kind() != Kind.SUFFIX).toList();
        return base.size() == components.size() ? this : new DocumentSymbol(base, parentheticalYear);
    }

    /**
     * @return true when the last suffix is Rev.N, i.e. this document is itself a revised version;
     *         false for X/Rev.1/Add.2, which is an addendum to a revision
     */
    public boolean isRevision() {
        List<SymbolSuffix> suffixes = suffixes();
        return !suffixes.isEmpty() && suffixes.get(suffixes.size() - 1).kind() == SymbolSuffix.Kind.REV;
    }

    /** @return N of the last Rev.N suffix anywhere in the chain (1 for X/Rev.1/Add.2), else empty */
    public OptionalInt revisionNumber() {
        List<SymbolSuffix> suffixes = suffixes();
        for (int i = suffixes.size() - 1; i >= 0; i--) {
            if (suffixes.get(i).kind() == SymbolSuffix.Kind.REV) {
                return OptionalInt.of(suffixes.get(i).number());
            }
        }
        return OptionalInt.empty();
    }

    /** @return for a revision (X/Rev.2), the document it revises (X); empty when not a revision */
    public Optional<DocumentSymbol> revisedSymbol() {
        if (!isRevision()) {
            return Optional.empty();
        }
        return Optional.of(new DocumentSymbol(components.subList(0, components.size() - 1), parentheticalYear));
    }

    /**
     * Whether this revision replaces {@code other}: true when this is X/Rev.N and other is X itself or
     * X/Rev.M with M &lt; N. Addenda and corrigenda are never superseded by a revision of the base
     * (X/Rev.2 does not supersede X/Add.1).
     */
    public boolean supersedes(DocumentSymbol other) {
        if (other == null || !isRevision()) {
            return false;
        }
        DocumentSymbol revised = revisedSymbol().orElseThrow();
        if (other.equals(revised)) {
            return true;
        }
        return other.isRevision() && other.revisedSymbol().orElseThrow().equals(revised)
                && other.revisionNumber().getAsInt() < revisionNumber().getAsInt();
    }

    /** @return upper-case key without spaces, e.g. "CAC/COSP/EG.1/2019/L.1/ADD.3"; the identity of the symbol */
    public String normalizedKey() {
        return key;
    }

    /**
     * @return the normalized keys of every leading run of components, shortest first and ending with the
     *         whole key: CAC, CAC/COSP, CAC/COSP/EG.1, CAC/COSP/EG.1/2019, CAC/COSP/EG.1/2019/2; a year in
     *         parentheses adds the key without it (S, S/RES, S/RES/2462, S/RES/2462(2019))
     */
    public List<String> componentPrefixes() {
        List<String> prefixes = new ArrayList<>();
        for (int slash = key.indexOf('/'); slash >= 0; slash = key.indexOf('/', slash + 1)) {
            prefixes.add(key.substring(0, slash));
        }
        if (parentheticalYear != NO_YEAR) {
            prefixes.add(key.substring(0, key.lastIndexOf('(')));
        }
        prefixes.add(key);
        return List.copyOf(prefixes);
    }

    /** @return the canonical spelling, e.g. "CTOC/COP/WG.3/2015/INF/1/Rev.1" or "S/RES/2462 (2019)" */
    @Override
    public String toString() {
        return text;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DocumentSymbol symbol && key.equals(symbol.key);
    }

    @Override
    public int hashCode() {
        return key.hashCode();
    }

    @Override
    public int compareTo(DocumentSymbol other) {
        int order = SymbolOrder.compareKeys(key, other.key);
        return order != 0 ? order : key.compareTo(other.key);
    }

    private List<String> textsOf(Kind kind) {
        return components.stream().filter(c -> c.kind() == kind).map(SymbolComponent::text).toList();
    }

    private static String render(List<SymbolComponent> components, int parentheticalYear) {
        StringBuilder rendered = new StringBuilder();
        for (SymbolComponent component : components) {
            if (!rendered.isEmpty()) {
                rendered.append('/');
            }
            rendered.append(component.text());
        }
        if (parentheticalYear != NO_YEAR) {
            rendered.append(" (").append(parentheticalYear).append(')'); //$NON-NLS-1$
        }
        return rendered.toString();
    }
}
