package dev.opcon.core.spi;

import dev.opcon.core.error.OpconException;
import dev.opcon.core.model.ObservationBody;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A live system the console watches. The subject is the one class of its module that does I/O,
 * and only inside its sources' fetch functions, which the refresh loop runs off the UI thread.
 *
 * <p>Every optional capability is a default method that offers nothing, so the contract grows
 * without breaking subjects.
 */
public interface Subject extends AutoCloseable {

    /** The registry name, e.g. {@code ratelimiter}. */
    String name();

    /** Where it reads from, passwords masked, for the header. */
    List<String> endpoints();

    /** The sources of the first phase of a refresh. Called once per refresh. */
    List<Source<?>> sources();

    /**
     * Sources that need what the first phase found (one health probe per discovered node, say).
     * They run in a second phase of the same refresh, each with its own deadline.
     */
    default List<Source<?>> followUpSources(SourceResults firstPhase) {
        return List.of();
    }

    /** Turns one refresh's results into subject data and panels. No I/O. */
    ObservationBody assemble(SourceResults results, Instant observedAt);

    /** The subject's invariants, with their thresholds and grace periods. */
    InvariantChecker invariants();

    /** Operator actions this subject offers (transfer a leader, say). None by default. */
    default List<ActionSpec> actions() {
        return List.of();
    }

    /**
     * Performs an action. Runs off the UI thread; returns a line for the user.
     *
     * @throws OpconException when the action is unknown, its arguments are bad, or it failed
     */
    default String perform(String action, Map<String, String> arguments) {
        throw OpconException.configuration("subject " + name() + " offers no action '" + action + "'");
    }

    @Override
    default void close() {
    }
}
