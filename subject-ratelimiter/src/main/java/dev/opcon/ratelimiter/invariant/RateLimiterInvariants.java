package dev.opcon.ratelimiter.invariant;

import dev.opcon.core.model.Finding;
import dev.opcon.core.model.Observation;
import dev.opcon.core.spi.InvariantChecker;
import dev.opcon.ratelimiter.model.RateLimiterData;
import java.util.ArrayList;
import java.util.List;

/** The rate limiter's invariants. Pure: reads one observation, keeps no state (grace is the loop's). */
public final class RateLimiterInvariants implements InvariantChecker {

    private final NodeInvariants nodes;
    private final RedisInvariants redis;
    private final CounterInvariants counters;
    private final SourceInvariants sources;

    public RateLimiterInvariants(InvariantSettings settings) {
        this.nodes = new NodeInvariants(settings);
        this.redis = new RedisInvariants(settings);
        this.counters = new CounterInvariants(settings);
        this.sources = new SourceInvariants(settings);
    }

    @Override
    public List<Finding> check(Observation observation) {
        RateLimiterData data = observation.data(RateLimiterData.class);
        List<Finding> findings = new ArrayList<>();
        findings.addAll(redis.check(data));
        findings.addAll(nodes.check(data));
        findings.addAll(counters.check(data));
        findings.addAll(sources.check(observation.sources(), data));
        return findings;
    }
}
