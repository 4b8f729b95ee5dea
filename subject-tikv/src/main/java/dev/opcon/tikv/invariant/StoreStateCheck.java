package dev.opcon.tikv.invariant;

import dev.opcon.core.model.Finding;
import dev.opcon.core.model.Severity;
import dev.opcon.core.spi.Durations;
import dev.opcon.tikv.model.ClusterSnapshot;
import dev.opcon.tikv.model.Store;
import dev.opcon.tikv.model.StoreState;
import dev.opcon.tikv.model.Thresholds;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code store_down}: PD calls a store Disconnected after 20 s without heartbeat (warning) and Down
 * after {@code max-store-down-time}, 30 min (critical: PD starts replacing its replicas).
 * {@code store_unhealthy}: no heartbeat for 10 min on a store {@code store_down} does not already
 * report, such as an Offline store that died while being drained (its state stays Offline).
 */
final class StoreStateCheck implements ClusterCheck {

    static final String STORE_DOWN = "store_down";
    static final String STORE_UNHEALTHY = "store_unhealthy";

    private final Thresholds thresholds;

    StoreStateCheck(Thresholds thresholds) {
        this.thresholds = thresholds;
    }

    @Override
    public List<Finding> check(ClusterSnapshot snapshot) {
        List<Finding> findings = new ArrayList<>();
        for (Store store : snapshot.storeList()) {
            Optional<Duration> age = store.heartbeatAge(snapshot.observedAt());
            if (store.state() == StoreState.DISCONNECTED) {
                findings.add(new Finding(STORE_DOWN, store.entity(), Severity.WARNING, Describe.store(store)
                        + " is Disconnected: " + Describe.heartbeat(age) + unhealthyNote(age)
                        + "; PD does not move its replicas yet", Duration.ZERO));
            } else if (store.state() == StoreState.DOWN) {
                findings.add(new Finding(STORE_DOWN, store.entity(), Severity.CRITICAL, Describe.store(store)
                        + " is Down: " + Describe.heartbeat(age) + "; PD is replacing its replicas elsewhere",
                        Duration.ZERO));
            } else if (store.state() != StoreState.TOMBSTONE && age.filter(this::tooOld).isPresent()) {
                findings.add(new Finding(STORE_UNHEALTHY, store.entity(), Severity.WARNING, Describe.store(store)
                        + " is " + store.stateName() + " but its " + Describe.heartbeat(age) + " (unhealthy after "
                        + Durations.format(thresholds.unhealthyAfter()) + ")", Duration.ZERO));
            }
        }
        return findings;
    }

    private String unhealthyNote(Optional<Duration> age) {
        return age.filter(this::tooOld).isPresent()
                ? " (unhealthy: over " + Durations.format(thresholds.unhealthyAfter()) + ")" : "";
    }

    private boolean tooOld(Duration age) {
        return age.compareTo(thresholds.unhealthyAfter()) > 0;
    }
}
