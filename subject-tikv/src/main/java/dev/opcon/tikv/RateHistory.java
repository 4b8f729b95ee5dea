package dev.opcon.tikv;

import dev.opcon.tikv.model.RatePoint;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The points behind the rates sparklines, oldest first, at most {@code capacity}: the oldest go when
 * new ones come. Until a range query once filled it ({@link #backfill}), it wants one, three times at most. A refresh loop fills it one refresh at a time; it is locked all the same, since the
 * subject cannot know which threads call it.
 */
final class RateHistory {

    static final int DEFAULT_CAPACITY = 300;
    static final int BACKFILL_ATTEMPTS = 3;

    private final int capacity;
    private final ArrayDeque<RatePoint> points = new ArrayDeque<>();
    private int backfillAttemptsLeft = BACKFILL_ATTEMPTS;

    RateHistory(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("the rates history needs room for at least one point, not " + capacity);
        }
        this.capacity = capacity;
    }

    /** Adds a point; one not later than the newest replaces the points it does not follow (a clock step back, an overlap). */
    synchronized void add(RatePoint point) {
        while (!points.isEmpty() && !points.peekLast().at().isBefore(point.at())) {
            points.removeLast();
        }
        points.addLast(point);
        while (points.size() > capacity) {
            points.removeFirst();
        }
    }

    synchronized boolean wantsBackfill() {
        return backfillAttemptsLeft > 0;
    }

    /**
     * Takes the answer of the range query that fills the history at start, its points in any order;
     * they replace the points of the span they cover. Empty when the query failed: one attempt less.
     */
    synchronized void backfill(Optional<List<RatePoint>> olderPoints) {
        if (olderPoints.isEmpty()) {
            backfillAttemptsLeft = Math.max(0, backfillAttemptsLeft - 1);
            return;
        }
        backfillAttemptsLeft = 0;
        olderPoints.get().stream().sorted(Comparator.comparing(RatePoint::at)).forEach(this::add);
    }

    synchronized List<RatePoint> points() {
        return List.copyOf(points);
    }
}
