package dev.opcon.ratelimiter.model;

/** The names of the subject's sources, as panels list them and violations name them. */
public final class SourceNames {

    public static final String MANAGEMENT_API = "management-api";
    /** The management API's own counts, for counter_drift. */
    public static final String MANAGEMENT_COUNTERS = "management-counters";
    public static final String REDIS = "redis";
    public static final String REDIS_COUNTERS = "redis-counters";
    public static final String METRICS = "metrics";
    /** Followed by the node id: one health probe per node. */
    public static final String NODE_PREFIX = "node:";

    private SourceNames() {
    }
}
