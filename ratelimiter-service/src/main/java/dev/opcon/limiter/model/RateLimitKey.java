package dev.opcon.limiter.model;

/**
 * The rules for a client's key name, checked once where a key enters the service.
 *
 * <p>The Redis schema of the wire contract puts a key's window at {@code ratelimit:{key}}, its
 * sequence at {@code ratelimit:{key}:seq} and its override at {@code ratelimit:limit:{key}}. A
 * client key named {@code limit:x} or {@code x:seq} would therefore land on another key's override
 * or sequence, so those two forms are refused rather than silently corrupting a neighbour.
 */
public final class RateLimitKey {

    public static final int MAX_LENGTH = 512;
    static final String RESERVED_PREFIX = "limit:";
    static final String RESERVED_SUFFIX = ":seq";

    private RateLimitKey() {
    }

    /** Returns {@code key} when it is usable, otherwise throws with a message fit for a 400 answer. */
    public static String requireValid(String key) {
        if (key == null || key.isEmpty()) {
            throw new IllegalArgumentException("key is required and must be a non-empty string");
        }
        if (key.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("key must be at most " + MAX_LENGTH + " characters long");
        }
        if (key.startsWith(RESERVED_PREFIX) || key.endsWith(RESERVED_SUFFIX)) {
            throw new IllegalArgumentException("key must not start with '" + RESERVED_PREFIX
                    + "' or end with '" + RESERVED_SUFFIX + "': those names are reserved by the Redis schema");
        }
        return key;
    }
}
