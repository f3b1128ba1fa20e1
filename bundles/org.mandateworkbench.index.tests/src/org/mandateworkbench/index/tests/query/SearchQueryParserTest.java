package org.mandateworkbench.index.tests.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Random;

import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.Test;
import org.mandateworkbench.index.query.QueryParseResult;
import org.mandateworkbench.index.query.SearchQueryParser;

class SearchQueryParserTest {

    private static final long SEED = 5150L;
    private final SearchQueryParser parser = new SearchQueryParser();

    private Query query(String text) {
        QueryParseResult result = parser.parse(text);
        assertTrue(result.isValid(), text + ": " + result.hint());
        return result.query();
    }

    @Test
    void parsesKeywordFieldsCaseInsensitively() {
        assertEquals(new TermQuery(new Term("body", "cac/cosp/eg.1")), query("Body:CAC/COSP/EG.1"));
        assertEquals(new TermQuery(new Term("addressee", "secretariat")), query("addressee:Secretariat"));
        assertEquals(new TermQuery(new Term("lang", "zh")), query("lang:ZH"));
    }

    @Test
    void parsesStatesAndSymbolsToIndexTerms() {
        assertEquals(new TermQuery(new Term("state", "KOR")), query("state:大韩民国"));
        assertEquals(new TermQuery(new Term("symbol", "CAC/COSP/EG.1/2019")), query("symbol:cac/cosp/eg.1/2019"));
    }

    @Test
    void aStateNameTypedAsAWordAlsoMeansItsUnitsButACodeOrAQuotedNameDoesNot() {
        String norway = new TermQuery(new Term("state", "NOR")).toString();
        assertTrue(query("Norway").toString().contains(norway), query("Norway").toString());
        assertTrue(query("\u632a\u5a01").toString().contains(norway), query("\u632a\u5a01").toString());
        assertFalse(query("no").toString().contains("state:"), query("no").toString());
        assertFalse(query("NOR").toString().contains("state:"), query("NOR").toString());
        assertFalse(query("\"Norway\"").toString().contains("state:"), query("\"Norway\"").toString());
        assertFalse(query("tracking").toString().contains("state:"), query("tracking").toString());
    }

    @Test
    void parsesYearAsRangeOfDatePoints() {
        assertEquals(days(2019, 2019), query("year:2019"));
        assertEquals(days(2017, 2019), query("year:[2017 TO 2019]"));
        assertEquals(days(2018, 2018), query("year:{2017 TO 2019}"));
        assertEquals(new MatchNoDocsQuery(), query("year:{2018 TO 2019}"));
    }

    private static Query days(int firstYear, int lastYear) {
        return LongPoint.newRangeQuery("date", LocalDate.of(firstYear, 1, 1).toEpochDay(),
                LocalDate.of(lastYear, 12, 31).toEpochDay());
    }

    @Test
    void combinesTermsWithAndUnlessOrIsWritten() {
        BooleanQuery and = (BooleanQuery) query("year:2019 lang:en");
        assertTrue(and.clauses().stream().allMatch(c -> c.occur() == BooleanClause.Occur.MUST));
        BooleanQuery or = (BooleanQuery) query("year:2019 OR lang:en");
        assertTrue(or.clauses().stream().allMatch(c -> c.occur() == BooleanClause.Occur.SHOULD));
        BooleanQuery signs = (BooleanQuery) query("+year:2019 -lang:en");
        assertEquals(BooleanClause.Occur.MUST_NOT, signs.clauses().get(1).occur());
    }

    @Test
    void reportsAnUnclosedParenthesisWhereItOpens() {
        QueryParseResult result = parser.parse("women AND (children");
        assertFalse(result.isValid());
        assertEquals(10, result.errorPosition());
        assertEquals(13, parser.parse("year:2019 OR [2017 TO").errorPosition());
        assertEquals(9, parser.parse("women AND").errorPosition());
        assertFalse(result.hint().isBlank());
    }

    @Test
    void reportsAnUnexpectedTokenWhereItStands() {
        QueryParseResult result = parser.parse("women AND ) children");
        assertFalse(result.isValid());
        assertEquals(10, result.errorPosition());
        assertTrue(result.hint().contains(")"), result.hint());
    }

    @Test
    void reportsAnUnterminatedPhraseAtItsQuotationMark() {
        QueryParseResult result = parser.parse("symbol:A/B \"dual criminality");
        assertFalse(result.isValid());
        assertEquals(11, result.errorPosition());
    }

    @Test
    void reportsBadFieldValuesWithThePositionOfTheValue() {
        QueryParseResult year = parser.parse("women year:nineteen");
        assertFalse(year.isValid());
        assertEquals(11, year.errorPosition());
        assertTrue(year.hint().contains("nineteen"), year.hint());
        QueryParseResult date = parser.parse("date:[2017-13-01 TO 2018-12-31]");
        assertFalse(date.isValid());
        assertTrue(date.hint().contains("2017-13-01"), date.hint());
        QueryParseResult state = parser.parse("state:Atlantis");
        assertFalse(state.isValid());
        assertEquals(6, state.errorPosition());
        QueryParseResult field = parser.parse("women colour:blue");
        assertFalse(field.isValid());
        assertEquals(6, field.errorPosition());
        assertTrue(field.hint().contains("colour"), field.hint());
    }

    @Test
    void reportsAnEmptyQuery() {
        assertFalse(parser.parse("   ").isValid());
        assertFalse(parser.parse(null).isValid());
    }

    @Test
    void randomInputNeverThrows() {
        Random random = new Random(SEED);
        String[] pieces = { "women", "双重犯罪", "AND", "OR", "NOT", "(", ")", "\"", "+", "-", "symbol:", "year:",
                "date:", "state:", "[", "]", "TO", "*", "/", ":", "2019", "KOR", "{", "}", "~", "^", "\\", "?" };
        for (int round = 0; round < 2000; round++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(8);
            for (int i = 0; i < length; i++) {
                text.append(pieces[random.nextInt(pieces.length)]);
                if (random.nextBoolean()) {
                    text.append(' ');
                }
            }
            String input = text.toString();
            QueryParseResult result = parser.parse(input);
            String context = "seed " + SEED + ", round " + round + ", input [" + input + "]";
            if (result.isValid()) {
                assertEquals(-1, result.errorPosition(), context);
            } else {
                assertTrue(result.errorPosition() >= 0 && result.errorPosition() <= input.length(), context);
                assertFalse(result.hint().isBlank(), context);
            }
        }
    }
}
