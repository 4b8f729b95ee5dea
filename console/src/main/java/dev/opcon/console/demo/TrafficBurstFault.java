package dev.opcon.console.demo;

import java.time.Duration;

/**
 * Multiplies the load for a while: more keys reach their limits and the blocked rate jumps, but
 * the limiter holds, so no invariant should break. It ends by itself.
 */
final class TrafficBurstFault extends ClusterFault {

    static final int MULTIPLIER = 5;
    static final Duration LENGTH = Duration.ofSeconds(30);

    private final LoadGenerator load;

    TrafficBurstFault(LoadGenerator load) {
        super("burst", "Traffic burst (" + MULTIPLIER + "x for " + LENGTH.toSeconds() + " s)", "");
        this.load = load;
    }

    @Override
    public boolean active() {
        if (super.active() && !load.bursting()) {
            markEnded();
        }
        return super.active();
    }

    @Override
    String doInject() {
        load.burst(MULTIPLIER, LENGTH);
        return "traffic burst: " + load.requestsPerSecond() * MULTIPLIER + " requests/s for "
                + LENGTH.toSeconds() + " s; blocks rise, no violation expected";
    }

    @Override
    String doUndo() {
        load.endBurst();
        return "traffic back to " + load.requestsPerSecond() + " requests/s";
    }
}
