package dev.opcon.limiter.model;

/**
 * One key as Redis sees it now: admissions inside the key's own window against the key's own limit.
 */
public record CounterState(String key, long count, long limit, long windowMs) {

    public long remaining() {
        return Math.max(0, limit - count);
    }

    /** A request now would be refused. A limit of 0 blocks even an empty window. */
    public boolean blocked() {
        return count >= limit;
    }

    /**
     * How full the window is, for ordering the busiest keys first. A limit of 0 is full (1.0) when
     * empty and beyond any ratio when something got through anyway.
     */
    public double utilisation() {
        if (limit == 0) {
            return count == 0 ? 1.0 : Double.POSITIVE_INFINITY;
        }
        return (double) count / limit;
    }
}
