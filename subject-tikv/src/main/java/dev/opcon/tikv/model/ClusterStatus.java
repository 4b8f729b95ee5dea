package dev.opcon.tikv.model;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** PD's {@code /cluster/status}. The bootstrap time is empty before TiKV joined (PD sends the zero time then). */
public record ClusterStatus(Optional<Instant> raftBootstrapTime, boolean initialized, String replicationStatus) {

    public ClusterStatus {
        Objects.requireNonNull(raftBootstrapTime, "raftBootstrapTime");
        Objects.requireNonNull(replicationStatus, "replicationStatus");
    }
}
