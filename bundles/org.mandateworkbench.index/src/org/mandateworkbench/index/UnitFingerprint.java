package org.mandateworkbench.index;

import java.util.HexFormat;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.util.BytesRef;
import org.mandateworkbench.index.schema.IndexFields;

/**
 * A 128-bit hash of a unit's fields (names, kinds and values), stored with the unit
 * ({@link IndexFields#FINGERPRINT}) so that a reopened index rewrites only the units whose content
 * changed.
 */
public final class UnitFingerprint {

    private UnitFingerprint() {
    }

    /**
     * Adds the fingerprint of the unit's fields to the unit, as the index stores it.
     *
     * @return the fingerprint
     */
    public static String stamp(Document unit) {
        String fingerprint = of(unit);
        unit.add(storedField(fingerprint));
        return fingerprint;
    }

    /** @return the stored field of a fingerprint: its 16 bytes, half the size of its hexadecimal text */
    public static StoredField storedField(String fingerprint) {
        return new StoredField(IndexFields.FINGERPRINT, HexFormat.of().parseHex(fingerprint));
    }

    /** @return the fingerprint a unit read from the index carries, or "" when it has none */
    public static String stored(Document unit) {
        BytesRef bytes = unit.getBinaryValue(IndexFields.FINGERPRINT);
        return bytes == null ? "" : HexFormat.of().formatHex(bytes.bytes, bytes.offset, bytes.offset + bytes.length); //$NON-NLS-1$
    }

    /** @return the fingerprint of the unit's fields, in hexadecimal */
    public static String of(Document unit) {
        Hash128 hash = new Hash128();
        for (IndexableField field : unit) {
            hash.add(field.name());
            CharSequence text = field instanceof Field value ? value.getCharSequenceValue() : field.stringValue();
            BytesRef binary = text == null ? field.binaryValue() : null;
            if (text != null) {
                String string = text.toString();
                hash.add('"').add(string.length()).add(string);
            } else if (binary != null) {
                hash.add('%').add(binary.length).add(binary.bytes, binary.offset, binary.length);
            } else if (field.numericValue() != null) {
                hash.add('#').add(field.numericValue().longValue());
            }
            hash.add('\n');
        }
        return hash.hex();
    }
}
