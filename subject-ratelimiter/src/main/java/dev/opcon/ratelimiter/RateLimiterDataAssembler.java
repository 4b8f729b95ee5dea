package dev.opcon.ratelimiter;

import dev.opcon.core.model.SourceStatus;
import dev.opcon.core.spi.SourceResults;
import dev.opcon.ratelimiter.metrics.MetricsSnapshot;
import dev.opcon.ratelimiter.metrics.RatePoint;
import dev.opcon.ratelimiter.model.ApiCounter;
import dev.opcon.ratelimiter.model.ApiCounters;
import dev.opcon.ratelimiter.model.CounterData;
import dev.opcon.ratelimiter.model.CounterScan;
import dev.opcon.ratelimiter.model.FigureAges;
import dev.opcon.ratelimiter.model.ManagementSnapshot;
import dev.opcon.ratelimiter.model.ProbeTarget;
import dev.opcon.ratelimiter.model.RateLimiterData;
import dev.opcon.ratelimiter.model.RateSample;
import dev.opcon.ratelimiter.model.RedisCounter;
import dev.opcon.ratelimiter.model.RedisData;
import dev.opcon.ratelimiter.model.RedisStatus;
import dev.opcon.ratelimiter.model.SourceNames;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Turns one refresh's source results into the observation's data. Pure: no I/O, no state. */
final class RateLimiterDataAssembler {

    /** The data, and the configured URLs whose node id the probes revealed (for the roster). */
    record Assembly(RateLimiterData data, Map<URI, String> identifiedUrls) {
    }

    private RateLimiterDataAssembler() {
    }

    /**
     * @param movedNodes nodes whose metrics were read at an address they have since left: their
     *                   metrics problems say nothing about them
     */
    static Assembly assemble(SourceResults results, List<ProbeTarget> targets, Set<String> movedNodes,
                             String redisEndpoint, String metricsMode, Instant observedAt) {
        Optional<ManagementSnapshot> management = results.value(SourceNames.MANAGEMENT_API, ManagementSnapshot.class);
        Optional<CounterScan> scan = results.value(SourceNames.REDIS_COUNTERS, CounterScan.class);
        Optional<MetricsSnapshot> metrics = results.value(SourceNames.METRICS, MetricsSnapshot.class);
        NodeDataAssembler.NodeAssembly nodes = NodeDataAssembler.assemble(targets, results, metrics, observedAt);
        Optional<ApiCounters> apiCounters = results.value(SourceNames.MANAGEMENT_COUNTERS, ApiCounters.class);
        List<CounterData> counters = scan.map(found -> counters(found, apiCounters)).orElse(List.of());
        RateLimiterData data = new RateLimiterData(
                nodes.nodes(),
                counters,
                scan.map(CounterScan::keysTotal).orElse(null),
                scan.map(found -> Math.max(0, found.keysTotal() - found.busiest().size())).orElse(null),
                redis(results, redisEndpoint),
                metrics.map(MetricsSnapshot::mode).orElse(metricsMode),
                management.map(snapshot -> snapshot.answeredBy().toString()).orElse(null),
                management.map(snapshot -> snapshot.defaults().limit()).orElse(null),
                management.map(snapshot -> snapshot.defaults().windowMilliseconds()).orElse(null),
                metrics.map(snapshot -> snapshot.history().stream().map(RateLimiterDataAssembler::sample).toList())
                        .orElse(List.of()),
                metrics.map(snapshot -> snapshot.problems().stream()
                        .filter(problem -> problem.nodeId() == null || !movedNodes.contains(problem.nodeId())).toList())
                        .orElse(List.of()),
                new FigureAges(
                        management.map(ignored -> 0L).orElse(null),
                        results.value(SourceNames.REDIS, RedisStatus.class).map(ignored -> 0L).orElse(null),
                        scan.map(found -> age(found.finishedAt(), observedAt)).orElse(null),
                        metrics.map(snapshot -> age(snapshot.readAt(), observedAt)).orElse(null)));
        return new Assembly(data, nodes.identifiedUrls());
    }

    private static List<CounterData> counters(CounterScan scan, Optional<ApiCounters> apiCounters) {
        Map<String, ApiCounter> byKey = new HashMap<>();
        apiCounters.ifPresent(answer -> answer.counters().forEach(counter -> byKey.putIfAbsent(counter.key(), counter)));
        return scan.busiest().stream().map(counter -> counter(counter, Optional.ofNullable(byKey.get(counter.key())))).toList();
    }

    private static CounterData counter(RedisCounter counter, Optional<ApiCounter> api) {
        return new CounterData(counter.key(), counter.count(), counter.limit(), counter.remaining(),
                counter.windowMilliseconds(), counter.limitOverridden(),
                counter.timeToLive().map(Duration::toMillis).orElse(null),
                counter.oldestEntry().orElse(null), counter.newestEntry().orElse(null),
                api.map(ApiCounter::count).orElse(null), api.map(ApiCounter::remaining).orElse(null));
    }

    private static RedisData redis(SourceResults results, String endpoint) {
        Optional<RedisStatus> status = results.value(SourceNames.REDIS, RedisStatus.class);
        if (status.isPresent()) {
            RedisStatus redis = status.get();
            return new RedisData(endpoint, true, redis.pingMilliseconds(), redis.keys(),
                    redis.usedMemoryBytes() < 0 ? null : redis.usedMemoryBytes(),
                    Double.isNaN(redis.opsPerSecond()) ? null : redis.opsPerSecond(), redis.version(), null);
        }
        String error = results.status(SourceNames.REDIS).flatMap(SourceStatus::error).orElse("not read");
        return new RedisData(endpoint, false, null, null, null, null, null, error);
    }

    private static RateSample sample(RatePoint point) {
        return new RateSample(point.at(), known(point.allowedPerSecond()), known(point.blockedPerSecond()),
                known(point.p99Milliseconds()));
    }

    private static Double known(double figure) {
        return Double.isNaN(figure) || Double.isInfinite(figure) ? null : figure;
    }

    private static long age(Instant at, Instant observedAt) {
        return Math.max(0, Duration.between(at, observedAt).toMillis());
    }
}
