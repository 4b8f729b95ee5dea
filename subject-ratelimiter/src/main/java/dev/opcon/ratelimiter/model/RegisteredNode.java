package dev.opcon.ratelimiter.model;

import java.time.Instant;
import java.util.Objects;

/**
 * A node as the management API lists it (its registration in Redis). Text is safe for a terminal.
 *
 * @param registeredAt null when the API gave none or something unreadable
 */
public record RegisteredNode(String id, String address, String state, Instant registeredAt) {

    public RegisteredNode {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(state, "state");
    }
}
