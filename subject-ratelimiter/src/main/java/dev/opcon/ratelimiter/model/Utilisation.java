package dev.opcon.ratelimiter.model;

/** The ordering figure of the keys table, the same as the limiter service's "busiest first". */
public final class Utilisation {

    private Utilisation() {
    }

    public static double of(long count, long limit) {
        if (limit <= 0) {
            return count == 0 ? 1.0 : Double.POSITIVE_INFINITY;
        }
        return (double) count / limit;
    }
}
