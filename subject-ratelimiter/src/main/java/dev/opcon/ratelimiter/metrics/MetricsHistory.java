package dev.opcon.ratelimiter.metrics;

import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.List;

/**
 * The points behind the sparklines, oldest first, at most {@code capacity} of them: the oldest go
 * when new ones come. Not thread-safe; each reader guards its own.
 */
final class MetricsHistory {

    static final int DEFAULT_CAPACITY = 300;

    private final int capacity;
    private final ArrayDeque<RatePoint> points = new ArrayDeque<>();

    MetricsHistory(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("the history needs room for at least one point, not " + capacity);
        }
        this.capacity = capacity;
    }

    /** Adds a point; one not later than the newest replaces the points it predates (a clock step back). */
    void add(RatePoint point) {
        while (!points.isEmpty() && !points.peekLast().at().isBefore(point.at())) {
            points.removeLast();
        }
        points.addLast(point);
        while (points.size() > capacity) {
            points.removeFirst();
        }
    }

    /** Adds the points of a range query, any order; they replace the points of the span they cover. */
    void addAll(List<RatePoint> olderPoints) {
        olderPoints.stream().sorted(Comparator.comparing(RatePoint::at)).forEach(this::add);
    }

    List<RatePoint> points() {
        return List.copyOf(points);
    }
}
