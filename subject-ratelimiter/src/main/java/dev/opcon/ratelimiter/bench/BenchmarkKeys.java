package dev.opcon.ratelimiter.bench;

import java.nio.charset.StandardCharsets;

/** The key names the benchmark seeds and reads: the wire contract's, as bytes. */
final class BenchmarkKeys {

    static final byte[] ALL_COUNTERS = bytes("ratelimit:*");
    static final byte[] LIMIT_FIELD = bytes("limit");
    static final byte[] WINDOW_FIELD = bytes("window_ms");
    static final byte[] PLUS_INFINITY = bytes("+inf");
    private static final int COUNTER_PREFIX_LENGTH = "ratelimit:".length();

    private BenchmarkKeys() {
    }

    /** Not a sequence ({@code :seq}) nor an override ({@code ratelimit:limit:}). */
    static boolean isCounter(byte[] key) {
        String name = new String(key, java.nio.charset.StandardCharsets.ISO_8859_1);
        return !name.startsWith("ratelimit:limit:") && !name.endsWith(":seq");
    }

    static byte[] counter(long index) {
        return bytes("ratelimit:bench:" + index);
    }

    static byte[] sequence(long index) {
        return bytes("ratelimit:bench:" + index + ":seq");
    }

    static byte[] override(long index) {
        return bytes("ratelimit:limit:bench:" + index);
    }

    /** {@code ratelimit:{key}} → {@code ratelimit:limit:{key}}. */
    static byte[] overrideOf(byte[] counterKey) {
        byte[] prefix = bytes("ratelimit:limit:");
        byte[] override = new byte[prefix.length + counterKey.length - COUNTER_PREFIX_LENGTH];
        System.arraycopy(prefix, 0, override, 0, prefix.length);
        System.arraycopy(counterKey, COUNTER_PREFIX_LENGTH, override, prefix.length, counterKey.length - COUNTER_PREFIX_LENGTH);
        return override;
    }

    static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
