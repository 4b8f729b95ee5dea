package dev.opcon.core.model;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A violated invariant, active or resolved.
 *
 * @param firstSeen when its condition was first seen (grace period included)
 * @param lastSeen  the last refresh that still saw it
 * @param resolved  when it cleared; empty while active
 */
public record Violation(String invariant, String entity, Severity severity, String message,
                        Instant firstSeen, Instant lastSeen, Optional<Instant> resolved) {

    public Violation {
        Objects.requireNonNull(invariant, "invariant");
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(firstSeen, "firstSeen");
        Objects.requireNonNull(lastSeen, "lastSeen");
        Objects.requireNonNull(resolved, "resolved");
    }

    public ViolationKey key() {
        return new ViolationKey(invariant, entity);
    }

    public boolean active() {
        return resolved.isEmpty();
    }

    /** How long it lasted, or has lasted until {@code now} while active. */
    public Duration duration(Instant now) {
        return Duration.between(firstSeen, resolved.orElse(now));
    }
}
