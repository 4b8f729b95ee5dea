package dev.opcon.ratelimiter.invariant;

import dev.opcon.core.model.Finding;
import dev.opcon.core.model.Severity;
import dev.opcon.ratelimiter.model.CounterData;
import dev.opcon.ratelimiter.model.RateLimiterData;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code over_limit}, {@code ghost_allowing} and {@code counter_drift}, one finding per key. They
 * are checked on the busiest keys, which are exactly the ones that can break a limit: the keys are
 * chosen by utilisation, so every over-limit key is among them unless more keys are over their
 * limit than the table shows.
 */
final class CounterInvariants {

    private final InvariantSettings settings;

    CounterInvariants(InvariantSettings settings) {
        this.settings = settings;
    }

    List<Finding> check(RateLimiterData data) {
        List<Finding> findings = new ArrayList<>();
        for (CounterData counter : data.counters()) {
            String key = counter.key();
            if (counter.limit() > 0 && counter.count() > counter.limit()) {
                findings.add(new Finding(InvariantNames.OVER_LIMIT, key, Severity.WARNING,
                        "key " + key + ": " + counter.count() + " admissions in its " + counter.windowMilliseconds()
                                + " ms window, over its limit of " + counter.limit(),
                        settings.overLimitGrace()));
            }
            boolean apiStillAdmits = counter.apiRemaining() != null && counter.apiRemaining() > 0;
            if (counter.limit() == 0 && (counter.count() > 0 || apiStillAdmits)) {
                findings.add(new Finding(InvariantNames.GHOST_ALLOWING, key, Severity.WARNING,
                        "key " + key + " has limit 0 but " + (counter.count() > 0
                                ? counter.count() + " admissions in its window"
                                : "the management API says " + counter.apiRemaining() + " remaining"),
                        settings.ghostAllowingGrace()));
            }
            if (counter.apiCount() != null
                    && Math.abs(counter.apiCount() - counter.count()) > settings.counterDriftThreshold()) {
                findings.add(new Finding(InvariantNames.COUNTER_DRIFT, key, Severity.WARNING,
                        "key " + key + ": the management API counts " + counter.apiCount() + ", Redis "
                                + counter.count() + " (more than " + settings.counterDriftThreshold() + " apart)",
                        settings.counterDriftGrace()));
            }
        }
        return findings;
    }
}
