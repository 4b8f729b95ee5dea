package dev.opcon.core.model;

import dev.opcon.core.error.OpconException;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * How one source fared in one refresh.
 *
 * @param state        ok, error (it failed or missed its deadline) or stale (a previous read is
 *                     still running, so this refresh did not ask again)
 * @param latency      how long it took (or how long we waited)
 * @param error        what went wrong, safe for a terminal; empty when ok
 * @param category     the error's category; empty when ok
 * @param lastSuccess  when it last answered, if ever (for "stale (age)")
 */
public record SourceStatus(
        String name,
        String endpoint,
        State state,
        Duration latency,
        Optional<String> error,
        Optional<OpconException.Category> category,
        Optional<Instant> lastSuccess) {

    public enum State { OK, ERROR, STALE }

    public SourceStatus {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(endpoint, "endpoint");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(latency, "latency");
        Objects.requireNonNull(error, "error");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(lastSuccess, "lastSuccess");
    }

    public static SourceStatus ok(String name, String endpoint, Duration latency, Instant at) {
        return new SourceStatus(name, endpoint, State.OK, latency, Optional.empty(), Optional.empty(), Optional.of(at));
    }

    public static SourceStatus failed(String name, String endpoint, Duration latency, String error,
                                      OpconException.Category category, Optional<Instant> lastSuccess) {
        return new SourceStatus(name, endpoint, State.ERROR, latency, Optional.of(error), Optional.of(category), lastSuccess);
    }

    public static SourceStatus stale(String name, String endpoint, Duration running, Optional<Instant> lastSuccess) {
        return new SourceStatus(name, endpoint, State.STALE, running,
                Optional.of("previous read still running after " + running.toMillis() + " ms"),
                Optional.of(OpconException.Category.SOURCE_UNAVAILABLE), lastSuccess);
    }

    public boolean isOk() {
        return state == State.OK;
    }

    public long latencyMillis() {
        return latency.toMillis();
    }

    public String errorText() {
        return error.orElse(null);
    }

    /** "ok", "error: reason" or "stale 12s": what a panel shows about its source. */
    public String describe(Instant now) {
        return switch (state) {
            case OK -> "ok";
            case ERROR -> "error: " + error.orElse("unknown");
            case STALE -> "stale " + lastSuccess.map(at -> dev.opcon.core.spi.Durations.format(Duration.between(at, now)))
                    .orElse("(never read)");
        };
    }
}
