package dev.opcon.tikv.model;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One store as PD reports it. Text fields are safe for a terminal.
 *
 * @param id            unsigned 64-bit, held in a long (print with {@link Long#toUnsignedString})
 * @param statusAddress the Prometheus {@code instance} in TiUP deployments; empty when PD omits it
 * @param stateName     PD's own word for the state, shown as is
 */
public record Store(long id, String address, String statusAddress, String version, List<Label> labels,
                    Engine engine, StoreState state, String stateName, Optional<Instant> lastHeartbeat,
                    Optional<Duration> uptime, StoreSpace space, StoreCounts counts, StoreActivity activity) {

    public Store {
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(statusAddress, "statusAddress");
        Objects.requireNonNull(version, "version");
        labels = List.copyOf(labels);
        Objects.requireNonNull(engine, "engine");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(stateName, "stateName");
        Objects.requireNonNull(lastHeartbeat, "lastHeartbeat");
        Objects.requireNonNull(uptime, "uptime");
        Objects.requireNonNull(space, "space");
        Objects.requireNonNull(counts, "counts");
        Objects.requireNonNull(activity, "activity");
    }

    public String idText() {
        return Long.toUnsignedString(id);
    }

    /** The entity name of violations about this store. */
    public String entity() {
        return "store-" + idText();
    }

    public Optional<Duration> heartbeatAge(Instant now) {
        return lastHeartbeat.map(heartbeat -> Duration.between(heartbeat, now));
    }

    public Store withSpace(StoreSpace exactSpace) {
        return new Store(id, address, statusAddress, version, labels, engine, state, stateName, lastHeartbeat,
                uptime, exactSpace, counts, activity);
    }
}
