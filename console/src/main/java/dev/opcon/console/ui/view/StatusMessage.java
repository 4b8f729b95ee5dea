package dev.opcon.console.ui.view;

import java.time.Instant;
import java.util.Objects;

/** A line for the status bar, shown until {@code until} (warnings stay until replaced). */
public record StatusMessage(String text, Level level, Instant until) {

    public enum Level { INFO, WARNING, ERROR }

    public StatusMessage {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(until, "until");
    }

    public boolean shownAt(Instant now) {
        return now.isBefore(until);
    }
}
