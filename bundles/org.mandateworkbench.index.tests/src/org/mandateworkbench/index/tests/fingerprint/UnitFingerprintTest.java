package org.mandateworkbench.index.tests.fingerprint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.junit.jupiter.api.Test;
import org.mandateworkbench.index.Hash128;
import org.mandateworkbench.index.UnitFingerprint;
import org.mandateworkbench.index.schema.IndexFields;

class UnitFingerprintTest {

    @Test
    void hashesTextAsMurmurHash3OfItsUtf16Bytes() {
        // Reference values: MurmurHash3_x64_128, seed 0, of the UTF-16LE bytes, h1 then h2.
        assertEquals("00000000000000000000000000000000", new Hash128().hex());
        assertEquals("96a698500b4e98bdb278c9bfc754677d", new Hash128().add("a").hex());
        assertEquals("5ebde9ffdbff069771d3283c65053849", new Hash128().add("资产追回").hex());
        assertEquals("d5c75b8568efb6a5691b5c8a39465fab", new Hash128().add("12345678").hex());
        assertEquals("560d2799f5ca8cd523d8e39e0071a2eb", new Hash128().add("123456789").hex());
        assertEquals("9007a24762f2eaa8e0d189af5e9b2694",
                new Hash128().add("The Conference of the States Parties 2019 资产追回联络点 CAC/COSP/EG.1/2019/2").hex());
    }

    @Test
    void givesTheSameHashHoweverTheTextIsCutIntoPieces() {
        String text = "缺乏双重犯罪 dual criminality 7/1 CAC/COSP/WG.2/2018/3";
        String whole = new Hash128().add(text).hex();
        Random random = new Random(20261126L);
        for (int round = 0; round < 200; round++) {
            Hash128 pieces = new Hash128();
            for (int at = 0; at < text.length();) {
                int end = Math.min(text.length(), at + random.nextInt(11));
                if (end == at + 1 && random.nextBoolean()) {
                    pieces.add(text.charAt(at));
                } else {
                    pieces.add(text.substring(at, end));
                }
                at = end;
            }
            assertEquals(whole, pieces.hex());
        }
    }

    @Test
    void isTheSameForTheSameFields() {
        assertEquals(UnitFingerprint.of(unit(doc -> {})), UnitFingerprint.of(unit(doc -> {})));
    }

    @Test
    void changesWithEveryValueAndEveryKindOfField() {
        Set<String> fingerprints = new HashSet<>();
        fingerprints.add(UnitFingerprint.of(unit(doc -> {})));
        fingerprints.add(UnitFingerprint.of(unit(doc -> doc.add(new StringField(IndexFields.STATUS, "open", Field.Store.NO)))));
        fingerprints.add(UnitFingerprint.of(unit(doc -> doc.add(new LongPoint(IndexFields.DATE, 17_000)))));
        fingerprints.add(UnitFingerprint.of(unit(doc -> doc.add(new NumericDocValuesField(IndexFields.DATE, 17_000)))));
        fingerprints.add(UnitFingerprint.of(unit(doc -> doc.add(IndexFields.facetField(IndexFields.STATE, "NOR")))));
        fingerprints.add(UnitFingerprint.of(unit(doc -> doc.add(IndexFields.facetField(IndexFields.STATE, "NZL")))));
        fingerprints.add(UnitFingerprint.of(unit(doc -> doc.add(new TextField(IndexFields.TEXT_EN, "Norway replied.", Field.Store.YES)))));
        fingerprints.add(UnitFingerprint.of(unit(doc -> doc.add(new TextField(IndexFields.TEXT_EN, "Norway replied!", Field.Store.YES)))));
        assertEquals(8, fingerprints.size());
    }

    @Test
    void tellsWhereOneValueEndsAndTheNextBegins() {
        Document first = new Document();
        first.add(new StoredField(IndexFields.PARAGRAPH, "4"));
        first.add(new StoredField(IndexFields.PARAGRAPH, "7"));
        Document second = new Document();
        second.add(new StoredField(IndexFields.PARAGRAPH, "4\n" + IndexFields.PARAGRAPH + "=\"7"));
        Document third = new Document();
        third.add(new StoredField(IndexFields.PARAGRAPH, "47"));
        assertNotEquals(UnitFingerprint.of(first), UnitFingerprint.of(second));
        assertNotEquals(UnitFingerprint.of(first), UnitFingerprint.of(third));
    }

    @Test
    void stampsTheFingerprintOfTheFieldsBeforeIt() {
        Document unit = unit(doc -> {});
        String expected = UnitFingerprint.of(unit);
        assertEquals(expected, UnitFingerprint.stamp(unit));
        assertEquals(expected, UnitFingerprint.stored(unit));
        assertEquals(16, unit.getBinaryValue(IndexFields.FINGERPRINT).length);
    }

    private static Document unit(Consumer<Document> more) {
        Document doc = new Document();
        doc.add(new StringField(IndexFields.ID, "rec-eg1-2019-1", Field.Store.YES));
        doc.add(new StringField(IndexFields.TYPE, "recommendation", Field.Store.YES));
        doc.add(new TextField(IndexFields.TEXT_ZH, "资产追回联络点", Field.Store.YES));
        more.accept(doc);
        return doc;
    }
}
