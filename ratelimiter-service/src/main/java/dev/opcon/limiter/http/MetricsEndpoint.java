package dev.opcon.limiter.http;

import dev.opcon.limiter.metrics.LimiterMetrics;
import dev.opcon.limiter.redis.CounterRepository;
import dev.opcon.limiter.redis.RedisUnavailableException;
import java.util.OptionalLong;

/** {@code GET /metrics}: answers even without Redis, since "the node is up, Redis is not" is news too. */
final class MetricsEndpoint implements Endpoint {

    private final LimiterMetrics metrics;
    private final CounterRepository counters;

    MetricsEndpoint(LimiterMetrics metrics, CounterRepository counters) {
        this.metrics = metrics;
        this.counters = counters;
    }

    @Override
    public Reply answer(ApiRequest request) {
        return Reply.text(200, LimiterMetrics.CONTENT_TYPE, metrics.exposition(activeCounters()));
    }

    private OptionalLong activeCounters() {
        try {
            return OptionalLong.of(counters.all().stream().filter(counter -> counter.count() > 0).count());
        } catch (RedisUnavailableException e) {
            return OptionalLong.empty();
        }
    }
}
