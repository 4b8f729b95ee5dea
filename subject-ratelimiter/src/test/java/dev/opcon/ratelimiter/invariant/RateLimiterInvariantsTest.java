package dev.opcon.ratelimiter.invariant;

import static dev.opcon.ratelimiter.DataFixtures.NOW;
import static dev.opcon.ratelimiter.DataFixtures.connectedRedis;
import static dev.opcon.ratelimiter.DataFixtures.counter;
import static dev.opcon.ratelimiter.DataFixtures.data;
import static dev.opcon.ratelimiter.DataFixtures.disconnectedRedis;
import static dev.opcon.ratelimiter.DataFixtures.downNode;
import static dev.opcon.ratelimiter.DataFixtures.nodeWithoutRedis;
import static dev.opcon.ratelimiter.DataFixtures.upNode;
import static org.assertj.core.api.Assertions.assertThat;

import dev.opcon.core.error.OpconException;
import dev.opcon.core.model.Finding;
import dev.opcon.core.model.Observation;
import dev.opcon.core.model.Severity;
import dev.opcon.core.model.SourceStatus;
import dev.opcon.ratelimiter.model.MetricsProblem;
import dev.opcon.ratelimiter.model.NodeData;
import dev.opcon.ratelimiter.model.RateLimiterData;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

class RateLimiterInvariantsTest {

    private static final InvariantSettings SETTINGS = InvariantSettings.DEFAULTS;
    private final RateLimiterInvariants invariants = new RateLimiterInvariants(SETTINGS);

    @Test
    void aHealthyClusterViolatesNothing() {
        RateLimiterData data = data(List.of(upNode("n1", 12.0), upNode("n2", null)),
                List.of(counter("a", 100, 100, 98L, 2L)), connectedRedis());

        assertThat(invariants.check(observation(data, List.of()))).isEmpty();
    }

    @Test
    void aDownNodeIsCriticalWithNoGraceAndSaysWhy() {
        RateLimiterData data = data(List.of(upNode("n1", 1.0), downNode("n2", "no longer registered")), List.of(), connectedRedis());

        assertThat(invariants.check(observation(data, List.of()))).singleElement().satisfies(finding -> {
            assertThat(finding.invariant()).isEqualTo("node_down");
            assertThat(finding.entity()).isEqualTo("n2");
            assertThat(finding.severity()).isEqualTo(Severity.CRITICAL);
            assertThat(finding.grace()).isZero();
            assertThat(finding.message()).isEqualTo("node n2 (127.0.0.1:9999) is down: no longer registered");
        });
    }

    @Test
    void redisIsDisconnectedForTheConsoleAndForEachNodeThatSaysSo() {
        RateLimiterData data = data(List.of(nodeWithoutRedis("n1"), upNode("n2", 1.0)), List.of(), disconnectedRedis());

        assertThat(invariants.check(observation(data, List.of())))
                .extracting(Finding::invariant, Finding::entity, Finding::severity)
                .containsExactly(Tuple.tuple("redis_disconnected", "", Severity.CRITICAL),
                        Tuple.tuple("redis_disconnected", "n1", Severity.CRITICAL));
    }

    @Test
    void highLatencyIsAWarningAboveTheThresholdWithItsGrace() {
        RateLimiterData data = data(List.of(upNode("n1", 100.0), upNode("n2", 100.5)), List.of(), connectedRedis());

        assertThat(invariants.check(observation(data, List.of()))).singleElement().satisfies(finding -> {
            assertThat(finding.invariant()).isEqualTo("high_latency");
            assertThat(finding.entity()).isEqualTo("n2");
            assertThat(finding.severity()).isEqualTo(Severity.WARNING);
            assertThat(finding.grace()).isEqualTo(Duration.ofSeconds(60));
            assertThat(finding.message()).contains("p99", "101 ms > 100 ms");
        });
    }

    @Test
    void countersOverTheirLimitGhostsAndDrift() {
        RateLimiterData data = data(List.of(), List.of(
                counter("over", 101, 100, 101L, 0L),
                counter("ghost", 3, 0, 3L, 0L),
                counter("apiGhost", 0, 0, 0L, 5L),
                counter("drift", 10, 100, 16L, 84L),
                counter("fine", 10, 100, 15L, 85L),
                counter("unlisted", 10, 100, null, null)), connectedRedis());

        List<Finding> findings = invariants.check(observation(data, List.of()));

        assertThat(findings).extracting(Finding::invariant, Finding::entity).containsExactly(
                Tuple.tuple("over_limit", "over"),
                Tuple.tuple("ghost_allowing", "ghost"),
                Tuple.tuple("ghost_allowing", "apiGhost"),
                Tuple.tuple("counter_drift", "drift"));
        assertThat(findings).filteredOn(finding -> finding.invariant().equals("counter_drift")).singleElement()
                .satisfies(finding -> assertThat(finding.grace()).isEqualTo(Duration.ofSeconds(30)));
    }

    @Test
    void unreadableSourcesNameTheSourceWhereItIsAndWhy() {
        RateLimiterData data = data(List.of(upNode("n1", 1.0), downNode("n2", "/health answered 500")), List.of(), connectedRedis());
        List<SourceStatus> sources = List.of(
                failed("management-api", "http://127.0.0.1:8001", "no management API answered: ..."),
                failed("management-counters", "http://127.0.0.1:8001", "http://127.0.0.1:8001/api/counters?limit=50: no answer within 1850 ms"),
                failed("node:n2", "http://127.0.0.1:9999", "http://127.0.0.1:9999/health answered 500"),
                failed("node:gone", "http://127.0.0.1:9998", "not shown: its address turned out to be another node's"),
                failed("metrics", "http://prom:9090", "no answer within 2000 ms"),
                failed("redis-counters", "redis://127.0.0.1:6379/0", "the first pass over the counters is still running"),
                SourceStatus.ok("redis", "redis://127.0.0.1:6379/0", Duration.ofMillis(2), NOW));

        List<Finding> findings = invariants.check(observation(data, sources));

        assertThat(findings).filteredOn(finding -> finding.invariant().equals("source_unreachable"))
                .extracting(Finding::entity, Finding::message).containsExactly(
                        Tuple.tuple("management-api", "management API (http://127.0.0.1:8001): no management API answered: ..."),
                        Tuple.tuple("management-counters", "management API counters (http://127.0.0.1:8001): http://127.0.0.1:8001/api/counters?limit=50: no answer within 1850 ms"),
                        Tuple.tuple("metrics", "metrics (direct at http://prom:9090): no answer within 2000 ms"),
                        Tuple.tuple("redis-counters", "Redis counters (redis://127.0.0.1:6379/0): the first pass over the counters is still running"));
    }

    @Test
    void aDownNodeIsOneViolationItsProbeAndItsMetricsAreNotWarningsOfTheirOwn() {
        RateLimiterData data = data(List.of(upNode("n1", 1.0), downNode("n2", "no longer registered"), upNode("n3", 1.0)),
                List.of(), connectedRedis(), "direct", List.of(
                        MetricsProblem.ofNode("n2", "node n2: metrics at http://127.0.0.1:9999/metrics could not be read: cannot connect"),
                        MetricsProblem.ofNode("n3", "node n3: metrics at http://127.0.0.1:8002/metrics could not be read: HTTP 500")));
        List<SourceStatus> sources = List.of(
                failed("node:n2", "http://127.0.0.1:9999", "http://127.0.0.1:9999/health: cannot connect"),
                failed("management-counters", "http://127.0.0.1:9999", "no answer within 1850 ms"),
                SourceStatus.ok("metrics", "each node's /metrics", Duration.ofMillis(3), NOW));

        List<Finding> findings = invariants.check(observation(data, sources));

        assertThat(findings).extracting(Finding::invariant, Finding::entity, Finding::message).containsExactly(
                Tuple.tuple("node_down", "n2", "node n2 (127.0.0.1:9999) is down: no longer registered"),
                Tuple.tuple("source_unreachable", "management-counters",
                        "management API counters (http://127.0.0.1:9999): no answer within 1850 ms"),
                Tuple.tuple("source_unreachable", "metrics", "metrics (direct): node n3: metrics at "
                        + "http://127.0.0.1:8002/metrics could not be read: HTTP 500"));
    }

    @Test
    void scrapingFailsAsAWholeWhenEveryNodeIsDownWhichNodeDownSaysButPrometheusFailingIsNews() {
        List<NodeData> allDown = List.of(downNode("n1", "gone"), downNode("n2", "gone"));
        List<SourceStatus> sources = List.of(failed("metrics", "each node's /metrics", "no node answered /metrics: ..."));

        List<Finding> direct = invariants.check(observation(data(allDown, List.of(), connectedRedis(), "direct", List.of()), sources));
        List<Finding> prometheus = invariants.check(observation(data(allDown, List.of(), connectedRedis(), "prometheus", List.of()),
                List.of(failed("metrics", "http://prom:9090", "no answer within 2000 ms"))));
        List<Finding> oneOfTwoDown = invariants.check(observation(data(List.of(downNode("n1", "gone"), upNode("n2", 1.0)),
                List.of(), connectedRedis(), "direct", List.of()), sources));

        assertThat(direct).extracting(Finding::invariant).containsOnly("node_down");
        assertThat(prometheus).extracting(Finding::invariant, Finding::entity).contains(Tuple.tuple("source_unreachable", "metrics"));
        assertThat(oneOfTwoDown).extracting(Finding::invariant, Finding::entity).contains(Tuple.tuple("source_unreachable", "metrics"));
    }

    @Test
    void everyThresholdAndGraceIsConfigurable() {
        InvariantSettings strict = new InvariantSettings(Duration.ofSeconds(5), Duration.ofSeconds(6), 10,
                Duration.ZERO, Duration.ofSeconds(7), Duration.ofSeconds(8), 0, Duration.ZERO, Duration.ofSeconds(9));
        RateLimiterData data = data(List.of(upNode("n1", 11.0), downNode("n2", "gone")),
                List.of(counter("drift", 10, 100, 11L, 89L)), disconnectedRedis());

        List<Finding> findings = new RateLimiterInvariants(strict).check(observation(data, List.of()));

        assertThat(findings).extracting(Finding::invariant, Finding::grace).containsExactlyInAnyOrder(
                Tuple.tuple("redis_disconnected", Duration.ofSeconds(6)),
                Tuple.tuple("node_down", Duration.ofSeconds(5)),
                Tuple.tuple("high_latency", Duration.ZERO),
                Tuple.tuple("counter_drift", Duration.ZERO));
    }

    private static SourceStatus failed(String name, String endpoint, String error) {
        return SourceStatus.failed(name, endpoint, Duration.ofMillis(5), error,
                OpconException.Category.SOURCE_UNAVAILABLE, Optional.empty());
    }

    private static Observation observation(RateLimiterData data, List<SourceStatus> sources) {
        return new Observation("ratelimiter", NOW, Duration.ofMillis(20), sources, data, List.of());
    }
}
