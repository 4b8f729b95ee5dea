package dev.opcon.core.prometheus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class CounterRateTest {

    private static final Instant START = Instant.parse("2025-06-10T02:00:00Z");

    @Test
    void isTheIncreaseOverTheSecondsBetween() {
        assertThat(CounterRate.perSecond(at(0, 1_000), at(10, 1_250))).isEqualTo(25.0);
    }

    @Test
    void countsFromZeroAfterARestart() {
        // 15234 before, the node restarts, 40 counted since: 40 new requests in 4 s
        assertThat(CounterRate.increase(15_234, 40)).isEqualTo(40);
        assertThat(CounterRate.perSecond(at(0, 15_234), at(4, 40))).isEqualTo(10.0);
    }

    @Test
    void anUnchangedCounterHasRateZero() {
        assertThat(CounterRate.perSecond(at(0, 7), at(5, 7))).isZero();
    }

    @Test
    void isNotANumberWithoutTimePassing() {
        assertThat(CounterRate.perSecond(at(5, 1), at(5, 2))).isNaN();
        assertThat(CounterRate.perSecond(at(5, 1), at(4, 2))).isNaN();
    }

    @Test
    void addsUpEveryRestartAlongAListOfReadings() {
        // +20, reset to 5 (+5), +15, reset to 0 (+0), +10 = 50 over 10 s
        List<Point> readings = List.of(at(0, 100), at(2, 120), at(4, 5), at(6, 20), at(8, 0), at(10, 10));

        assertThat(CounterRate.increase(readings)).isEqualTo(50);
        assertThat(CounterRate.perSecond(readings)).isCloseTo(5.0, within(1e-12));
    }

    @Test
    void needsTwoReadings() {
        assertThat(CounterRate.perSecond(List.of(at(0, 1)))).isNaN();
        assertThat(CounterRate.increase(List.of())).isZero();
    }

    @Test
    void handlesSubSecondIntervals() {
        assertThat(CounterRate.perSecond(new Point(START, 0), new Point(START.plusMillis(250), 3))).isEqualTo(12.0);
    }

    private static Point at(long seconds, double value) {
        return new Point(START.plusSeconds(seconds), value);
    }
}
