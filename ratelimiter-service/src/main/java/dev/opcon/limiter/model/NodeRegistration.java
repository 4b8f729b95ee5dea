package dev.opcon.limiter.model;

/**
 * A node as registered in Redis. Only live registrations exist there (they expire without a
 * heartbeat), so {@code state} is always {@link #STATE_UP}; the field is kept for the wire contract.
 *
 * @param registeredAt ISO-8601 UTC instant at which the node started, e.g. {@code 2025-01-31T12:00:00.123Z}
 */
public record NodeRegistration(String id, String address, String state, String registeredAt) {

    public static final String STATE_UP = "Up";
}
