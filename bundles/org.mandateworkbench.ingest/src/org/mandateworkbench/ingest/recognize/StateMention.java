package org.mandateworkbench.ingest.recognize;

/**
 * A State named in text.
 *
 * @param start  offset of the first character
 * @param end    offset after the last character
 * @param iso3   the State's ISO 3166 alpha-3 code
 * @param inList whether the name is part of an enumeration ("阿根廷、澳大利亚和丹麦")
 */
public record StateMention(int start, int end, String iso3, boolean inList) {
}
