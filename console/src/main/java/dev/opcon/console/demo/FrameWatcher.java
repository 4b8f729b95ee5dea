package dev.opcon.console.demo;

import dev.opcon.core.model.Frame;
import dev.opcon.core.model.Violation;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Receives the refresh loop's frames with the time each arrived, and lets one thread wait for the
 * first frame after a moment that satisfies a condition: how the headless demo times detection.
 */
final class FrameWatcher implements Consumer<Frame> {

    /** A frame and when it reached us ({@link System#nanoTime()}). */
    record TimedFrame(long arrivedNanos, Frame frame) {

        /** The first active violation of {@code invariant} for {@code entity}, or for any entity when it is empty. */
        Optional<Violation> active(String invariant, String entity) {
            return frame.active().stream()
                    .filter(violation -> violation.invariant().equals(invariant))
                    .filter(violation -> entity.isEmpty() || violation.entity().equals(entity))
                    .findFirst();
        }
    }

    private final BlockingQueue<TimedFrame> arrivals = new LinkedBlockingQueue<>();
    private volatile TimedFrame latest;

    @Override
    public void accept(Frame frame) {
        TimedFrame timed = new TimedFrame(System.nanoTime(), frame);
        latest = timed;
        arrivals.add(timed);
    }

    Optional<TimedFrame> latest() {
        return Optional.ofNullable(latest);
    }

    /**
     * The first frame that arrived after {@code sinceNanos} and satisfies {@code condition}, waiting
     * at most {@code timeout}; frames that arrived earlier are dropped.
     */
    Optional<TimedFrame> awaitFirst(long sinceNanos, Predicate<TimedFrame> condition, Duration timeout)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            long remaining = deadline - System.nanoTime();
            if (remaining <= 0) {
                return Optional.empty();
            }
            TimedFrame next = arrivals.poll(remaining, TimeUnit.NANOSECONDS);
            if (next != null && next.arrivedNanos() - sinceNanos >= 0 && condition.test(next)) {
                return Optional.of(next);
            }
        }
    }
}
