package dev.opcon.tikv;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opcon.tikv.model.RatePoint;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RateHistoryTest {

    private static final Instant START = MutableClock.FIXTURE_TIME;

    private static RatePoint at(long second, double queries) {
        return new RatePoint(START.plusSeconds(second), queries, Double.NaN, 0, 0);
    }

    @Test
    void keepsTheNewestPointsUpToItsCapacity() {
        RateHistory history = new RateHistory(300);
        for (int second = 0; second < 305; second++) {
            history.add(at(second, second));
        }

        assertThat(history.points()).hasSize(300);
        assertThat(history.points().get(0).queriesPerSecond()).isEqualTo(5);
        assertThat(history.points().get(299).queriesPerSecond()).isEqualTo(304);
    }

    @Test
    void aPointNotLaterThanTheNewestReplacesThePointsItDoesNotFollow() {
        RateHistory history = new RateHistory(10);
        history.add(at(1, 1));
        history.add(at(2, 2));
        history.add(at(3, 3));

        history.add(at(2, 20));

        assertThat(history.points()).extracting(RatePoint::queriesPerSecond).containsExactly(1.0, 20.0);
    }

    @Test
    void aBackfillIsSortedAndWantedUntilItOnceAnswersThreeTimesAtMost() {
        RateHistory history = new RateHistory(10);
        history.backfill(Optional.empty());
        history.backfill(Optional.empty());
        assertThat(history.wantsBackfill()).isTrue();

        history.backfill(Optional.of(List.of(at(2, 2), at(0, 0), at(1, 1))));

        assertThat(history.wantsBackfill()).isFalse();
        assertThat(history.points()).extracting(RatePoint::queriesPerSecond).containsExactly(0.0, 1.0, 2.0);
        RateHistory failing = new RateHistory(10);
        for (int attempt = 0; attempt < RateHistory.BACKFILL_ATTEMPTS; attempt++) {
            failing.backfill(Optional.empty());
        }
        assertThat(failing.wantsBackfill()).isFalse();
    }
}
