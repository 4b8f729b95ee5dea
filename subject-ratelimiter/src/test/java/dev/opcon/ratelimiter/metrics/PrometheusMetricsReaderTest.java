package dev.opcon.ratelimiter.metrics;

import static dev.opcon.ratelimiter.metrics.FakePrometheus.sample;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.opcon.core.error.OpconException;
import dev.opcon.core.prometheus.Point;
import dev.opcon.core.prometheus.RangeResult;
import dev.opcon.core.prometheus.Series;
import dev.opcon.ratelimiter.model.MetricsProblem;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PrometheusMetricsReaderTest {

    private static final Instant NOW = Instant.parse("2026-06-01T10:00:00Z");
    private static final RatelimiterQueries QUERIES = new RatelimiterQueries(Duration.ofSeconds(10));
    private static final List<NodeEndpoint> NODES = List.of(
            node("n1", "127.0.0.1:8081"), node("n2", "localhost:8082"), node("n3", "127.0.0.1:8083"));

    private final FakePrometheus prometheus = new FakePrometheus();

    @Test
    void asksForTheNodesFiguresGroupedByInstanceWithTheConfiguredWindow() {
        reader(Duration.ofSeconds(3)).read(NODES);

        assertThat(prometheus.instantQueries).containsExactlyInAnyOrder(
                "sum by (instance, result) (rate(ratelimiter_requests_checked_total[10s]))",
                "histogram_quantile(0.99, sum by (instance, le) (rate(ratelimiter_check_duration_seconds_bucket[10s])))",
                "histogram_quantile(0.99, sum by (le) (rate(ratelimiter_check_duration_seconds_bucket[10s])))",
                "max by (instance) (ratelimiter_node_up)",
                "max by (instance) (ratelimiter_active_counters)",
                "max by (instance) (timestamp(ratelimiter_node_up))");
        assertThat(new RatelimiterQueries(Duration.ofMillis(1500)).checkedPerSecond()).contains("[1500ms]");
    }

    @Test
    void mapsEachInstanceToTheNodeWithThatAddressLocalhostIncluded() {
        prometheus.answer(QUERIES.checkedPerSecondByInstance(),
                        sample(20, "instance", "127.0.0.1:8081", "result", "allowed"),
                        sample(5, "instance", "127.0.0.1:8081", "result", "blocked"),
                        sample(30, "instance", "127.0.0.1:8082", "result", "allowed"),
                        sample(0, "instance", "127.0.0.1:8082", "result", "blocked"))
                .answer(QUERIES.p99SecondsByInstance(),
                        sample(0.004, "instance", "127.0.0.1:8081"), sample(0.2, "instance", "127.0.0.1:8082"))
                .answer(QUERIES.nodeUpByInstance(),
                        sample(1, "instance", "127.0.0.1:8081"), sample(0, "instance", "127.0.0.1:8082"))
                .answer(QUERIES.activeCountersByInstance(), sample(42, "instance", "127.0.0.1:8081"))
                .answer(QUERIES.lastScrapeByInstance(), sample(NOW.getEpochSecond() - 2.5, "instance", "127.0.0.1:8081"));

        MetricsSnapshot snapshot = reader(Duration.ofSeconds(3)).read(NODES);

        assertThat(snapshot.mode()).isEqualTo("prometheus");
        assertThat(snapshot.readAt()).isEqualTo(NOW);
        assertThat(snapshot.nodes()).containsOnlyKeys("n1", "n2");
        assertThat(snapshot.nodes().get("n1")).isEqualTo(
                new NodeMetrics(20, 5, 4.0, true, 42, NOW.minusMillis(2500)));
        NodeMetrics n2 = snapshot.nodes().get("n2");
        assertThat(n2.allowedPerSecond()).isEqualTo(30);
        assertThat(n2.p99Milliseconds()).isCloseTo(200, within(1e-9));
        assertThat(n2.up()).isFalse();
        assertThat(n2.activeCounters()).isNaN();
        assertThat(n2.sampledAt()).isEqualTo(NOW);
    }

    @Test
    void aResultTheSeedServiceNeverExportedCountsAsZeroButANodeWithoutChecksIsUnknown() {
        prometheus.answer(QUERIES.checkedPerSecondByInstance(),
                        sample(12, "instance", "127.0.0.1:8081", "result", "allowed"))
                .answer(QUERIES.nodeUpByInstance(),
                        sample(1, "instance", "127.0.0.1:8081"), sample(1, "instance", "127.0.0.1:8083"));

        MetricsSnapshot snapshot = reader(Duration.ofSeconds(3)).read(NODES);

        assertThat(snapshot.nodes().get("n1").blockedPerSecond()).isZero();
        assertThat(snapshot.nodes().get("n3").allowedPerSecond()).isNaN();
        assertThat(snapshot.nodes().get("n3").up()).isTrue();
    }

    @Test
    void saysWhichInstancesMatchNoNodeWhenNodesGetNoFigures() {
        prometheus.answer(QUERIES.nodeUpByInstance(),
                sample(1, "instance", "limiter-a:8081"), sample(1, "instance", "127.0.0.1:8083"));

        MetricsSnapshot snapshot = reader(Duration.ofSeconds(3)).read(NODES);

        assertThat(snapshot.nodes()).containsOnlyKeys("n3");
        assertThat(snapshot.problems()).extracting(MetricsProblem::message).singleElement().asString()
                .contains("limiter-a:8081", "n1 (127.0.0.1:8081)", "n2 (localhost:8082)")
                .doesNotContain("n3");
    }

    @Test
    void clusterTotalsAddUpEveryInstanceAndTakeTheClusterWideP99() {
        prometheus.answer(QUERIES.checkedPerSecondByInstance(),
                        sample(20, "instance", "127.0.0.1:8081", "result", "allowed"),
                        sample(5, "instance", "127.0.0.1:8081", "result", "blocked"),
                        sample(7, "instance", "elsewhere:1", "result", "allowed"))
                .answer(QUERIES.p99Seconds(), sample(0.05));

        MetricsSnapshot snapshot = reader(Duration.ofSeconds(3)).read(NODES);

        assertThat(snapshot.history()).last().isEqualTo(new RatePoint(NOW, 27, 5, 50));
    }

    @Test
    void theFirstReadFillsTheHistoryFromARangeQueryAndLaterReadsAddOnePoint() {
        Instant start = NOW.minusSeconds(3);
        prometheus.answerRange(QUERIES.checkedPerSecond(), new RangeResult(List.of(
                        new Series(Map.of("result", "allowed"), points(start, 10, 11, 12)),
                        new Series(Map.of("result", "blocked"), points(start.plusSeconds(1), 2, 3))), List.of()))
                .answerRange(QUERIES.p99Seconds(), new RangeResult(List.of(
                        new Series(Map.of(), points(start, 0.01, 0.02, 0.03))), List.of()));
        MutableClock clock = new MutableClock(NOW);
        PrometheusMetricsReader reader = new PrometheusMetricsReader(prometheus, "http://fake:9090",
                Duration.ofSeconds(10), Duration.ofSeconds(3), clock);

        MetricsSnapshot first = reader.read(NODES);
        clock.advance(Duration.ofSeconds(2));
        MetricsSnapshot second = reader.read(NODES);

        assertThat(prometheus.rangeQueries).containsExactlyInAnyOrder(QUERIES.checkedPerSecond(), QUERIES.p99Seconds());
        assertThat(first.history()).hasSize(4);
        assertThat(first.history().get(0)).isEqualTo(new RatePoint(start, 10, 0, 10));
        assertThat(first.history().get(2)).isEqualTo(new RatePoint(start.plusSeconds(2), 12, 3, 30));
        assertThat(first.history().get(3).at()).isEqualTo(NOW);
        assertThat(second.history()).hasSize(5).startsWith(first.history().toArray(RatePoint[]::new));
        assertThat(second.history().get(4).at()).isEqualTo(NOW.plusSeconds(2));
    }

    @Test
    void aFailedRangeQueryIsTriedAgainAtTheNextReadsButNotForever() {
        prometheus.fail(QUERIES.checkedPerSecond(), FakePrometheus.unavailable(QUERIES.checkedPerSecond()));
        PrometheusMetricsReader reader = reader(Duration.ofSeconds(3));

        for (int read = 0; read < 5; read++) {
            reader.read(NODES);
        }

        assertThat(prometheus.rangeQueries).filteredOn(QUERIES.checkedPerSecond()::equals).hasSize(3);
    }

    @Test
    void theHistoryKeepsTheNewest300Points() {
        MutableClock clock = new MutableClock(NOW);
        PrometheusMetricsReader reader = new PrometheusMetricsReader(prometheus, "http://fake:9090",
                Duration.ofSeconds(10), Duration.ofSeconds(3), clock);

        MetricsSnapshot snapshot = null;
        for (int read = 0; read < 310; read++) {
            snapshot = reader.read(NODES);
            clock.advance(Duration.ofSeconds(1));
        }

        assertThat(snapshot.history()).hasSize(300);
        assertThat(snapshot.history().get(299).at()).isEqualTo(NOW.plusSeconds(309));
    }

    @Test
    void aFailingQueryIsAProblemWhileTheOtherFiguresStillArrive() {
        prometheus.answer(QUERIES.checkedPerSecondByInstance(),
                        sample(20, "instance", "127.0.0.1:8081", "result", "allowed"))
                .fail(QUERIES.p99SecondsByInstance(), FakePrometheus.unavailable(QUERIES.p99SecondsByInstance()))
                .fail(QUERIES.nodeUpByInstance(), FakePrometheus.unavailable(QUERIES.nodeUpByInstance()));

        MetricsSnapshot snapshot = reader(Duration.ofSeconds(3)).read(NODES);

        assertThat(snapshot.nodes().get("n1").allowedPerSecond()).isEqualTo(20);
        assertThat(snapshot.nodes().get("n1").p99Milliseconds()).isNaN();
        assertThat(snapshot.nodes().get("n1").up()).as("inferred from fresh figures").isTrue();
        assertThat(snapshot.problems()).extracting(MetricsProblem::message).hasSize(2)
                .anySatisfy(problem -> assertThat(problem).contains(QUERIES.p99SecondsByInstance()))
                .anySatisfy(problem -> assertThat(problem).contains(QUERIES.nodeUpByInstance()));
    }

    @Test
    void whenEveryQueryFailsTheReadFailsNamingAQuery() {
        for (String promql : allQueries()) {
            prometheus.fail(promql, FakePrometheus.unavailable(promql));
        }

        assertThatThrownBy(() -> reader(Duration.ofSeconds(3)).read(NODES))
                .isInstanceOfSatisfying(OpconException.class, failure ->
                        assertThat(failure.category()).isEqualTo(OpconException.Category.SOURCE_UNAVAILABLE))
                .hasMessageContaining("query 'sum by (instance, result) (rate(ratelimiter_requests_checked_total[10s]))'")
                .hasMessageContaining("and 7 more queries failed");
    }

    @Test
    void historyAloneDoesNotMakeARead() {
        for (String promql : allQueries()) {
            prometheus.fail(promql, FakePrometheus.unavailable(promql));
        }
        prometheus.succeed(QUERIES.checkedPerSecond());

        assertThatThrownBy(() -> reader(Duration.ofSeconds(3)).read(NODES))
                .isInstanceOf(OpconException.class)
                .hasMessageContaining("and 6 more queries failed");
    }

    @Test
    void aSlowQueryIsCutOffAtTheDeadlineAndNamed() {
        prometheus.answer(QUERIES.nodeUpByInstance(), sample(1, "instance", "127.0.0.1:8081"))
                .delay(QUERIES.p99SecondsByInstance(), Duration.ofSeconds(10));

        long started = System.nanoTime();
        MetricsSnapshot snapshot = reader(Duration.ofMillis(300)).read(NODES);

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
        assertThat(snapshot.nodes()).containsKey("n1");
        assertThat(snapshot.problems()).extracting(MetricsProblem::message).singleElement().asString()
                .contains(QUERIES.p99SecondsByInstance(), "no answer within 300 ms");
    }

    @Test
    void prometheusWarningsAreShownOnce() {
        prometheus.answerWithWarning(QUERIES.nodeUpByInstance(), "too many samples")
                .answerWithWarning(QUERIES.activeCountersByInstance(), "too many samples");

        assertThat(reader(Duration.ofSeconds(3)).read(NODES).problems()).containsExactly(MetricsProblem.ofCluster("too many samples"));
    }

    @Test
    void badSettingsAreConfigurationErrors() {
        assertThatThrownBy(() -> new PrometheusMetricsReader(prometheus, "x", Duration.ZERO, Duration.ofSeconds(1),
                Clock.systemUTC())).isInstanceOf(OpconException.class).hasMessageContaining("rate window");
        assertThatThrownBy(() -> new PrometheusMetricsReader(prometheus, "x", Duration.ofSeconds(10),
                Duration.ofSeconds(-1), Clock.systemUTC())).isInstanceOf(OpconException.class).hasMessageContaining("deadline");
    }

    private PrometheusMetricsReader reader(Duration deadline) {
        return new PrometheusMetricsReader(prometheus, "http://fake:9090", Duration.ofSeconds(10), deadline,
                Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private static List<String> allQueries() {
        return List.of(QUERIES.checkedPerSecondByInstance(), QUERIES.p99SecondsByInstance(), QUERIES.p99Seconds(),
                QUERIES.nodeUpByInstance(), QUERIES.activeCountersByInstance(), QUERIES.lastScrapeByInstance(),
                QUERIES.checkedPerSecond());
    }

    private static List<Point> points(Instant start, double... values) {
        List<Point> points = new ArrayList<>();
        for (int index = 0; index < values.length; index++) {
            points.add(new Point(start.plusSeconds(index), values[index]));
        }
        return points;
    }

    private static NodeEndpoint node(String nodeId, String address) {
        return new NodeEndpoint(nodeId, address, URI.create("http://" + address));
    }
}
