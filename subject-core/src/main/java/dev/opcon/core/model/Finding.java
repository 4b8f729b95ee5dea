package dev.opcon.core.model;

import java.time.Duration;
import java.util.Objects;

/**
 * A condition an invariant checker sees violated right now. It becomes a {@link Violation} once
 * it has held for its grace period.
 *
 * @param entity the node, key or store it concerns; empty for cluster-wide
 */
public record Finding(String invariant, String entity, Severity severity, String message, Duration grace) {

    public Finding {
        Objects.requireNonNull(invariant, "invariant");
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(grace, "grace");
    }

    public ViolationKey key() {
        return new ViolationKey(invariant, entity);
    }
}
