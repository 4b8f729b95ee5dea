package dev.opcon.core.spi;

import java.time.Duration;
import java.util.Objects;

/**
 * One thing a subject reads per refresh (a management API, Redis, Prometheus, one node's health).
 * The refresh loop runs every source of a phase at once and stops waiting for one when its
 * deadline passes, so one slow source cannot hold back the others.
 *
 * @param name     shown to the user and used by panels to say which source they depend on
 * @param endpoint where it reads from, password masked (shown in errors and the header)
 * @param deadline the longest the loop waits for it in one refresh
 * @param fetch    the blocking read; throws {@link dev.opcon.core.error.OpconException} on failure
 */
public record Source<T>(String name, String endpoint, Duration deadline, Fetch<T> fetch) {

    public Source {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(endpoint, "endpoint");
        Objects.requireNonNull(deadline, "deadline");
        Objects.requireNonNull(fetch, "fetch");
    }

    @FunctionalInterface
    public interface Fetch<T> {
        T fetch() throws Exception;
    }
}
