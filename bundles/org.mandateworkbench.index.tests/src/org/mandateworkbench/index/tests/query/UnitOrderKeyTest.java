package org.mandateworkbench.index.tests.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;
import org.mandateworkbench.index.schema.UnitIds;

/**
 * The order key of unit ids ({@link UnitIds#orderKey}), compared as the index compares it: as UTF-8
 * bytes.
 */
class UnitOrderKeyTest {

    private static final Comparator<String> BY_KEY = Comparator.comparing(id -> new BytesRef(UnitIds.orderKey(id)));

    private static List<String> sorted(String... ids) {
        List<String> list = new ArrayList<>(List.of(ids));
        list.sort(BY_KEY);
        return list;
    }

    @Test
    void writesEachNumberAsItsLengthThenItsDigits() {
        assertEquals("rec-eg011-018-0212a", UnitIds.orderKey("rec-eg1-8-12a"));
        assertEquals("X/EG/042017/014@en\u00b60212", UnitIds.orderKey("X/EG/2017/4@en\u00b612"));
        assertEquals("p-010", UnitIds.orderKey("p-0"));
        // Leading zeros dropped: the id follows, so that nv-2019-9-2 keeps a key of its own.
        assertEquals("nv-042019-019-012\u0000nv-2019-09-02", UnitIds.orderKey("nv-2019-09-02"));
    }

    @Test
    void comparesNumbersInIdsAsNumbers() {
        assertEquals(List.of("rec-eg1-8-2a", "rec-eg1-8-2b", "rec-eg1-8-9", "rec-eg1-8-12"),
                sorted("rec-eg1-8-12", "rec-eg1-8-2b", "rec-eg1-8-9", "rec-eg1-8-2a"));
        assertEquals(List.of("rec-eg1-9-30", "rec-eg1-10-2"), sorted("rec-eg1-10-2", "rec-eg1-9-30"));
    }

    @Test
    void putsTheParagraphsOfADocumentInReadingOrder() {
        String head = UnitIds.documentText("CAC/COSP/2019/10", "en");
        String second = UnitIds.documentParagraph("CAC/COSP/2019/10", "en", "2");
        String tenth = UnitIds.documentParagraph("CAC/COSP/2019/10", "en", "10");
        String annex = tenth + "-5120";
        String chinese = UnitIds.documentParagraph("CAC/COSP/2019/10", "zh", "1");
        String earlierSymbol = UnitIds.documentParagraph("CAC/COSP/2019/9", "zh", "40");
        assertEquals(List.of(earlierSymbol, head, second, tenth, annex, chinese),
                sorted(chinese, annex, tenth, head, earlierSymbol, second));
    }

    @Test
    void tellsApartIdsThatDifferOnlyInLeadingZeros() {
        assertNotEquals(UnitIds.orderKey("nv-2019-09-02"), UnitIds.orderKey("nv-2019-9-2"));
        // Equal as numbers: the one written without leading zeros first, the same way every time.
        assertEquals(List.of("nv-2019-9-2", "nv-2019-09-02"), sorted("nv-2019-09-02", "nv-2019-9-2"));
        assertEquals(List.of("p-0", "p-00", "p-1", "p-007", "p-10"), sorted("p-10", "p-007", "p-00", "p-1", "p-0"));
    }

    @Test
    void keepsIdsWithoutDigitsInTheirOwnOrder() {
        assertEquals(List.of("", "a", "a#b", "ab", "b"), sorted("b", "ab", "a#b", "", "a"));
    }

    @Test
    void ordersNumbersLongerThanTheLengthFieldByTheIdAndStaysTotal() {
        String long1 = "x" + "1".repeat(120);
        String long2 = "x" + "2".repeat(120);
        String short1 = "x" + "9".repeat(98);
        assertEquals(List.of(short1, long1, long2), sorted(long2, long1, short1));
    }

    @Test
    void randomIdsGetDistinctKeysAndNumbersCompareByValue() {
        Random random = new Random(20261126);
        String alphabet = "ab-/#@.\u00b60123456789";
        Map<String, String> idOfKey = new HashMap<>();
        for (int i = 0; i < 20_000; i++) {
            StringBuilder id = new StringBuilder();
            int length = random.nextInt(12);
            for (int c = 0; c < length; c++) {
                id.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String key = UnitIds.orderKey(id.toString());
            String other = idOfKey.putIfAbsent(key, id.toString());
            assertTrue(other == null || other.equals(id.toString()), id + " and " + other + " share a key");
        }
        for (int i = 0; i < 5_000; i++) {
            BigInteger first = new BigInteger(1 + random.nextInt(40), random);
            BigInteger second = new BigInteger(1 + random.nextInt(40), random);
            String prefix = random.nextBoolean() ? "rec-eg1-" : "CAC/COSP/2019/3@en\u00b6";
            String suffix = random.nextBoolean() ? "" : "a";
            String a = prefix + first + suffix;
            String b = prefix + second + suffix;
            assertEquals(Integer.signum(first.compareTo(second)), Integer.signum(BY_KEY.compare(a, b)), a + " vs " + b);
        }
    }
}
