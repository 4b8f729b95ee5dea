package dev.opcon.ratelimiter.metrics;

import dev.opcon.core.prometheus.Point;
import dev.opcon.core.prometheus.RangeResult;
import dev.opcon.core.prometheus.Series;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Turns the range queries asked on connect into sparkline points. Pure. */
final class RangeAnswers {

    private RangeAnswers() {
    }

    /**
     * One point per step where any figure is known, oldest first.
     *
     * @param checked cluster checks per second by {@code result}
     * @param p99Seconds cluster p99 in seconds (one series), or null when that query failed
     */
    static List<RatePoint> points(RangeResult checked, RangeResult p99Seconds) {
        Map<Instant, double[]> byTime = new TreeMap<>();
        for (Series series : checked.series()) {
            int slot = switch (series.label(RatelimiterQueries.RESULT_LABEL)) {
                case "allowed" -> 0;
                case "blocked" -> 1;
                default -> -1;
            };
            if (slot < 0) {
                continue;
            }
            for (Point point : series.points()) {
                double[] figures = byTime.computeIfAbsent(point.time(), time -> checkedUnknown());
                // A step with one result known and not the other: that other had no checks.
                figures[0] = Double.isNaN(figures[0]) ? 0 : figures[0];
                figures[1] = Double.isNaN(figures[1]) ? 0 : figures[1];
                figures[slot] = point.value();
            }
        }
        if (p99Seconds != null) {
            for (Series series : p99Seconds.series()) {
                for (Point point : series.points()) {
                    byTime.computeIfAbsent(point.time(), time -> checkedUnknown())[2] = point.value() * 1000;
                }
            }
        }
        List<RatePoint> points = new ArrayList<>(byTime.size());
        byTime.forEach((time, figures) -> points.add(new RatePoint(time, figures[0], figures[1], figures[2])));
        return points;
    }

    private static double[] checkedUnknown() {
        return new double[] {Double.NaN, Double.NaN, Double.NaN};
    }
}
