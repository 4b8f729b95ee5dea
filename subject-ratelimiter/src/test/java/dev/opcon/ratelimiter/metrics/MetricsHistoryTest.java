package dev.opcon.ratelimiter.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class MetricsHistoryTest {

    private static final Instant T0 = Instant.parse("2026-06-01T10:00:00Z");

    @Test
    void keepsTheNewestPointsInTimeOrder() {
        MetricsHistory history = new MetricsHistory(3);
        for (int second = 0; second < 5; second++) {
            history.add(point(second, second));
        }

        assertThat(history.points()).extracting(RatePoint::allowedPerSecond).containsExactly(2.0, 3.0, 4.0);
    }

    @Test
    void aPointNotLaterThanTheNewestReplacesWhatItPredates() {
        MetricsHistory history = new MetricsHistory(10);
        history.add(point(0, 1));
        history.add(point(5, 2));
        history.add(point(3, 3));

        assertThat(history.points()).extracting(RatePoint::allowedPerSecond).containsExactly(1.0, 3.0);
    }

    @Test
    void rangePointsArriveInAnyOrder() {
        MetricsHistory history = new MetricsHistory(10);
        history.addAll(List.of(point(2, 2), point(0, 0), point(1, 1)));

        assertThat(history.points()).extracting(RatePoint::allowedPerSecond).containsExactly(0.0, 1.0, 2.0);
    }

    private static RatePoint point(int second, double allowed) {
        return new RatePoint(T0.plusSeconds(second), allowed, 0, Double.NaN);
    }
}
