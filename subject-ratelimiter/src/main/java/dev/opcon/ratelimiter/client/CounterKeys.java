package dev.opcon.ratelimiter.client;

import dev.opcon.core.text.SafeText;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** The Redis key names of the wire contract, as bytes: key names need not be valid UTF-8. */
final class CounterKeys {

    static final byte[] COUNTER_PREFIX = bytes("ratelimit:");
    static final byte[] OVERRIDE_PREFIX = bytes("ratelimit:limit:");
    static final byte[] ALL_COUNTERS = bytes("ratelimit:*");
    static final byte[] SEQUENCE_SUFFIX = bytes(":seq");
    static final byte[] LIMIT_FIELD = bytes("limit");
    static final byte[] WINDOW_FIELD = bytes("window_ms");
    static final byte[] PLUS_INFINITY = bytes("+inf");

    private CounterKeys() {
    }

    /**
     * A window's sorted set, told apart from sequences ({@code ratelimit:{key}:seq}) and overrides
     * ({@code ratelimit:limit:{key}}) by name: the limiter refuses client keys that would clash.
     */
    static boolean isCounter(byte[] redisKey) {
        return redisKey.length > COUNTER_PREFIX.length && !startsWith(redisKey, OVERRIDE_PREFIX)
                && !endsWith(redisKey, SEQUENCE_SUFFIX);
    }

    /** {@code ratelimit:{key}} → {@code ratelimit:limit:{key}}. */
    static byte[] overrideOf(byte[] counterKey) {
        int keyLength = counterKey.length - COUNTER_PREFIX.length;
        byte[] override = Arrays.copyOf(OVERRIDE_PREFIX, OVERRIDE_PREFIX.length + keyLength);
        System.arraycopy(counterKey, COUNTER_PREFIX.length, override, OVERRIDE_PREFIX.length, keyLength);
        return override;
    }

    /** The client key, made safe for a terminal. */
    static String displayName(byte[] counterKey) {
        return SafeText.of(new String(counterKey, COUNTER_PREFIX.length, counterKey.length - COUNTER_PREFIX.length,
                StandardCharsets.UTF_8));
    }

    /** The exclusive lower score bound of a window ending now: the window is (now - window, now]. */
    static byte[] windowStart(long nowMilliseconds, long windowMilliseconds) {
        return bytes("(" + (nowMilliseconds - windowMilliseconds));
    }

    /** A whole number stored in a hash field; {@code fallback} when absent or unreadable. */
    static long number(byte[] value, long fallback) {
        if (value == null || value.length == 0 || value.length > 19) {
            return fallback;
        }
        long result = 0;
        for (byte digit : value) {
            if (digit < '0' || digit > '9') {
                return fallback;
            }
            result = result * 10 + (digit - '0');
        }
        return result;
    }

    private static boolean endsWith(byte[] text, byte[] suffix) {
        return text.length >= suffix.length
                && Arrays.equals(text, text.length - suffix.length, text.length, suffix, 0, suffix.length);
    }

    private static boolean startsWith(byte[] text, byte[] prefix) {
        return text.length >= prefix.length && Arrays.equals(text, 0, prefix.length, prefix, 0, prefix.length);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
