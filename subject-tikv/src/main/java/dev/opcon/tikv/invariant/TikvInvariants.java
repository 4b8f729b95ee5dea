package dev.opcon.tikv.invariant;

import dev.opcon.core.model.Finding;
import dev.opcon.core.model.Observation;
import dev.opcon.core.spi.InvariantChecker;
import dev.opcon.tikv.model.ClusterSnapshot;
import dev.opcon.tikv.model.TikvData;
import dev.opcon.tikv.model.Thresholds;
import java.util.ArrayList;
import java.util.List;

/**
 * The TiKV invariants, with PD's own defaults: {@code store_down}, {@code store_unhealthy},
 * {@code low_disk_space}, {@code slow_store}, {@code leader_imbalance}, {@code region_health},
 * {@code pd_unhealthy}, {@code high_latency}, and {@code source_unreachable} for a source that failed.
 * A check whose source failed finds nothing: the failure itself is the finding.
 */
public final class TikvInvariants implements InvariantChecker {

    private final List<ClusterCheck> checks;

    public TikvInvariants(Thresholds thresholds) {
        this.checks = List.of(
                new StoreStateCheck(thresholds),
                new DiskSpaceCheck(thresholds),
                new SlowStoreCheck(thresholds),
                new LeaderImbalanceCheck(thresholds),
                new RegionHealthCheck(thresholds),
                new PdHealthCheck(),
                new HighLatencyCheck(thresholds));
    }

    @Override
    public List<Finding> check(Observation observation) {
        List<Finding> findings = new ArrayList<>(SourceReachabilityCheck.check(observation.sources()));
        if (!(observation.data() instanceof TikvData data) || data.snapshot() == null) {
            return findings;
        }
        ClusterSnapshot snapshot = data.snapshot();
        for (ClusterCheck check : checks) {
            findings.addAll(check.check(snapshot));
        }
        return findings;
    }
}
