package dev.opcon.tikv.invariant;

import dev.opcon.core.model.Finding;
import dev.opcon.core.model.Severity;
import dev.opcon.tikv.model.ClusterSnapshot;
import dev.opcon.tikv.model.Store;
import dev.opcon.tikv.model.StoreState;
import dev.opcon.tikv.model.Thresholds;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code slow_store}: a slow score of 80 or more (PD's {@code slowStoreThreshold}); critical, as in
 * PD's rule {@code PD_cluster_slow_tikv_nums}. At 100 the evict-slow-store scheduler moves its leaders
 * away. A Down store's score is stale and is left to {@code store_down}.
 */
final class SlowStoreCheck implements ClusterCheck {

    static final String SLOW_STORE = "slow_store";
    private static final long EVICTED = 100;

    private final Thresholds thresholds;

    SlowStoreCheck(Thresholds thresholds) {
        this.thresholds = thresholds;
    }

    @Override
    public List<Finding> check(ClusterSnapshot snapshot) {
        List<Finding> findings = new ArrayList<>();
        for (Store store : snapshot.storeList()) {
            if (store.state() == StoreState.DOWN || store.state() == StoreState.TOMBSTONE) {
                continue;
            }
            store.activity().slowScore().ifPresent(score -> {
                if (score >= thresholds.slowScore()) {
                    findings.add(new Finding(SLOW_STORE, store.entity(), Severity.CRITICAL, Describe.store(store)
                            + " has slow score " + score + " (slow from " + thresholds.slowScore() + ")"
                            + (score >= EVICTED ? "; PD evicts its leaders (" + store.counts().leaderCount() + " left)" : ""),
                            Duration.ZERO));
                }
            });
        }
        return findings;
    }
}
