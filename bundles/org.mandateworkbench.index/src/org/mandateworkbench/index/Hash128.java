package org.mandateworkbench.index;

import java.util.HexFormat;

/**
 * A 128-bit MurmurHash3 (x64 variant) over UTF-16 code units, fed piece by piece: a fast content
 * hash for telling changed units apart, not a cryptographic one. The hash of a text equals
 * MurmurHash3_x64_128 (seed 0) of its UTF-16LE bytes.
 */
public final class Hash128 {

    private static final long C1 = 0x87c37b91114253d5L;
    private static final long C2 = 0x4cf5ad432745937fL;

    private long h1;
    private long h2;
    private long k1;
    private long k2;
    private int charsInBlock;
    private long length;
    private final char[] buffer = new char[256];

    /** Adds one character. */
    public Hash128 add(char c) {
        if (charsInBlock < 4) {
            k1 |= (long) c << (charsInBlock << 4);
        } else {
            k2 |= (long) c << ((charsInBlock - 4) << 4);
        }
        length++;
        if (++charsInBlock == 8) {
            mixBlock();
        }
        return this;
    }

    /** Adds the characters of a text. */
    public Hash128 add(String text) {
        for (int at = 0; at < text.length(); at += buffer.length) {
            int end = Math.min(text.length(), at + buffer.length);
            text.getChars(at, end, buffer, 0);
            add(buffer, 0, end - at);
        }
        return this;
    }

    /** Adds characters of an array. */
    public Hash128 add(char[] chars, int offset, int count) {
        int i = offset;
        int end = offset + count;
        while (i < end && charsInBlock != 0) {
            add(chars[i++]);
        }
        for (; i + 8 <= end; i += 8) {
            k1 = chars[i] | (long) chars[i + 1] << 16 | (long) chars[i + 2] << 32 | (long) chars[i + 3] << 48;
            k2 = chars[i + 4] | (long) chars[i + 5] << 16 | (long) chars[i + 6] << 32 | (long) chars[i + 7] << 48;
            length += 8;
            mixBlock();
        }
        while (i < end) {
            add(chars[i++]);
        }
        return this;
    }

    /** Adds a number, as four characters. */
    public Hash128 add(long value) {
        for (int shift = 0; shift < 64; shift += 16) {
            add((char) (value >>> shift));
        }
        return this;
    }

    /** Adds bytes, one character each. */
    public Hash128 add(byte[] bytes, int offset, int count) {
        for (int i = offset; i < offset + count; i++) {
            add((char) (bytes[i] & 0xff));
        }
        return this;
    }

    /** @return the hash of everything added, as 32 hexadecimal digits */
    public String hex() {
        long a = h1;
        long b = h2;
        if (charsInBlock != 0) {
            b ^= Long.rotateLeft(k2 * C2, 33) * C1;
            a ^= Long.rotateLeft(k1 * C1, 31) * C2;
        }
        long bytes = length * 2;
        a ^= bytes;
        b ^= bytes;
        a += b;
        b += a;
        a = finalMix(a);
        b = finalMix(b);
        a += b;
        b += a;
        return HexFormat.of().toHexDigits(a) + HexFormat.of().toHexDigits(b);
    }

    private void mixBlock() {
        h1 ^= Long.rotateLeft(k1 * C1, 31) * C2;
        h1 = Long.rotateLeft(h1, 27) + h2;
        h1 = h1 * 5 + 0x52dce729;
        h2 ^= Long.rotateLeft(k2 * C2, 33) * C1;
        h2 = Long.rotateLeft(h2, 31) + h1;
        h2 = h2 * 5 + 0x38495ab5;
        k1 = 0;
        k2 = 0;
        charsInBlock = 0;
    }

    private static long finalMix(long k) {
        k ^= k >>> 33;
        k *= 0xff51afd7ed558ccdL;
        k ^= k >>> 33;
        k *= 0xc4ceb9fe1a85ec53L;
        k ^= k >>> 33;
        return k;
    }
}
