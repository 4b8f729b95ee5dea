package dev.opcon.console.ui.app;

import java.time.Duration;
import java.util.List;

/** The refresh intervals {@code +} and {@code -} step through; the newest choice also applies to the next session. */
final class Intervals {

    private static final List<Duration> STEPS = List.of(Duration.ofMillis(250), Duration.ofMillis(500),
            Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(5), Duration.ofSeconds(10),
            Duration.ofSeconds(30), Duration.ofSeconds(60));

    private Duration current;

    Intervals(Duration initial) {
        this.current = initial;
    }

    Duration current() {
        return current;
    }

    /** The next step up ({@code direction > 0}) or down from {@code from}; stays put at either end. */
    Duration step(Duration from, int direction) {
        Duration next = from;
        if (direction > 0) {
            next = STEPS.stream().filter(step -> step.compareTo(from) > 0).findFirst().orElse(from);
        } else {
            for (Duration step : STEPS) {
                if (step.compareTo(from) < 0) {
                    next = step;
                }
            }
        }
        current = next;
        return next;
    }
}
