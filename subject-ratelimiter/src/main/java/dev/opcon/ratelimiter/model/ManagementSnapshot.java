package dev.opcon.ratelimiter.model;

import java.net.URI;
import java.util.List;
import java.util.Objects;

/**
 * What one management API said about the cluster in one refresh.
 *
 * @param answeredBy the configured URL that answered (the others may be down)
 */
public record ManagementSnapshot(URI answeredBy, List<RegisteredNode> nodes, CounterDefaults defaults) {

    public ManagementSnapshot {
        Objects.requireNonNull(answeredBy, "answeredBy");
        nodes = List.copyOf(nodes);
        Objects.requireNonNull(defaults, "defaults");
    }
}
