/**
 * Searching the index: {@link org.mandateworkbench.index.query.SearchQueryParser} turns typed text
 * into a Lucene query, {@link org.mandateworkbench.index.query.SearchService} returns hits with
 * highlighted snippets and facet counts.
 * <p>
 * Syntax: {@code women} (English and Chinese text; plurals and irregular forms match),
 * {@code 双重犯罪} (Chinese bigrams in sequence), {@code "dual criminality"}, {@code a AND b},
 * {@code a OR b}, {@code NOT a}, {@code +a -b}, {@code (a OR b) AND c}, {@code wom*},
 * {@code symbol:CAC/COSP/EG.1/2019} (a symbol or any leading or trailing run of its components),
 * {@code body:CAC/COSP/EG.1} or {@code body:EG.1}, {@code meeting:CAC-COSP-EG.1-8},
 * {@code state:Korea} (any name, alias or code in English or Chinese), {@code year:2019},
 * {@code year:[2017 TO 2019]}, {@code date:[2017-01-01 TO 2018-12-31]}, {@code date:2019},
 * {@code type:recommendation} (see {@link org.mandateworkbench.index.schema.UnitKind#key()}),
 * {@code status:inprogress}, {@code addressee:secretariat} (or states-parties, or a body acronym),
 * {@code lang:zh}. Words combine with AND unless OR is written.
 */
package org.mandateworkbench.index.query;
