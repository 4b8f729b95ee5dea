package dev.opcon.ratelimiter.invariant;

/** The invariant names of DESIGN.md, as they appear in violations and alerts. */
public final class InvariantNames {

    public static final String NODE_DOWN = "node_down";
    public static final String REDIS_DISCONNECTED = "redis_disconnected";
    public static final String HIGH_LATENCY = "high_latency";
    public static final String OVER_LIMIT = "over_limit";
    public static final String GHOST_ALLOWING = "ghost_allowing";
    public static final String COUNTER_DRIFT = "counter_drift";
    public static final String SOURCE_UNREACHABLE = "source_unreachable";

    private InvariantNames() {
    }
}
