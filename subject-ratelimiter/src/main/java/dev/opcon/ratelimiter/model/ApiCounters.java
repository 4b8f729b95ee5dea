package dev.opcon.ratelimiter.model;

import java.net.URI;
import java.util.List;
import java.util.Objects;

/**
 * The busiest counters as a management API counts them ({@code GET /api/counters?limit=N}). A
 * source of its own: the service counts every key to answer, which can take long on a large
 * keyspace, and that must not hide the node list.
 */
public record ApiCounters(URI answeredBy, List<ApiCounter> counters) {

    public ApiCounters {
        Objects.requireNonNull(answeredBy, "answeredBy");
        counters = List.copyOf(counters);
    }
}
