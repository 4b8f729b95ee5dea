package dev.opcon.tikv.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opcon.core.prometheus.Point;
import dev.opcon.core.prometheus.Series;
import dev.opcon.tikv.model.RatePoint;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RateHistoryReaderTest {

    private static final Instant NOW = Instant.parse("2025-06-10T02:00:00Z");

    @Test
    void oneRangeQueryGivesAPointPerStepWithEveryFigure() {
        Instant first = NOW.minusSeconds(3);
        FakePrometheus prometheus = new FakePrometheus().answerRange(List.of(
                FakePrometheus.figure("qps", first, 1000, 1100, 1200),
                FakePrometheus.figure("p99", first, 0.004, 0.25, 0.006),
                FakePrometheus.figure("write", first, 3e6, 3.1e6, 3.2e6),
                FakePrometheus.figure("read", first, 5e6, 5.1e6, 5.2e6)));

        List<RatePoint> points = new RateHistoryReader(prometheus, Clock.fixed(NOW, ZoneOffset.UTC)).read();

        assertThat(prometheus.rangeQueries()).singleElement().satisfies(query -> {
            assertThat(query.end()).isEqualTo(NOW);
            assertThat(query.start()).isEqualTo(NOW.minus(Duration.ofMinutes(5)));
            assertThat(query.step()).isEqualTo(Duration.ofSeconds(1));
            assertThat(query.promql()).contains("tikv_grpc_msg_duration_seconds_count", "histogram_quantile",
                    "store_(write|read)_rate_bytes", "etcd_server_is_leader");
        });
        assertThat(points).containsExactly(
                new RatePoint(first, 1000, 4, 3e6, 5e6),
                new RatePoint(first.plusSeconds(1), 1100, 250, 3.1e6, 5.1e6),
                new RatePoint(first.plusSeconds(2), 1200, 6, 3.2e6, 5.2e6));
    }

    @Test
    void aFigureMissingAtAStepIsUnknownThere() {
        Instant first = NOW.minusSeconds(2);
        List<RatePoint> points = RateHistoryReader.points(List.of(
                FakePrometheus.figure("qps", first, 10, 20),
                FakePrometheus.figure("write", first.plusSeconds(1), 7),
                new Series(Map.of("figure", "something-else"), List.of(new Point(first, 1)))));

        assertThat(points).hasSize(2);
        assertThat(points.get(0).writeBytesPerSecond()).isNaN();
        assertThat(points.get(0).maxP99Milliseconds()).isNaN();
        assertThat(points.get(1).writeBytesPerSecond()).isEqualTo(7);
        assertThat(points.get(1).queriesPerSecond()).isEqualTo(20);
    }
}
