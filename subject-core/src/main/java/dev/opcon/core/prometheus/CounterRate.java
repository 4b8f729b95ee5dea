package dev.opcon.core.prometheus;

import java.time.Duration;
import java.util.List;

/**
 * Per-second rates from successive readings of a counter, as direct mode computes them between
 * two scrapes. A counter only grows; when a reading is lower than the one before, the process
 * restarted and its counter began again at zero, so the new reading is all of the increase (the
 * rule of Prometheus's {@code rate()} and {@code increase()}). Unlike those, nothing is
 * extrapolated to the edges of a window: the rate is exactly between the readings given.
 */
public final class CounterRate {

    private CounterRate() {
    }

    /** How much the counter grew from one reading to the next, a restart in between included. */
    public static double increase(double earlierValue, double laterValue) {
        return laterValue < earlierValue ? laterValue : laterValue - earlierValue;
    }

    /** The increase per second between two readings; NaN unless the later one is later in time. */
    public static double perSecond(Point earlier, Point later) {
        double seconds = secondsBetween(earlier, later);
        return seconds > 0 ? increase(earlier.value(), later.value()) / seconds : Double.NaN;
    }

    /** The total increase over readings oldest first, every restart among them counted. */
    public static double increase(List<Point> readings) {
        double total = 0;
        for (int index = 1; index < readings.size(); index++) {
            total += increase(readings.get(index - 1).value(), readings.get(index).value());
        }
        return total;
    }

    /** The average increase per second over readings oldest first; NaN with fewer than two. */
    public static double perSecond(List<Point> readings) {
        if (readings.size() < 2) {
            return Double.NaN;
        }
        double seconds = secondsBetween(readings.get(0), readings.get(readings.size() - 1));
        return seconds > 0 ? increase(readings) / seconds : Double.NaN;
    }

    private static double secondsBetween(Point earlier, Point later) {
        return Duration.between(earlier.time(), later.time()).toNanos() / 1e9;
    }
}
