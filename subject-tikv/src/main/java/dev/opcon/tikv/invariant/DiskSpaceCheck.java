package dev.opcon.tikv.invariant;

import dev.opcon.core.model.Finding;
import dev.opcon.core.model.Severity;
import dev.opcon.tikv.model.ClusterSnapshot;
import dev.opcon.tikv.model.RegionHealth;
import dev.opcon.tikv.model.Store;
import dev.opcon.tikv.model.StoreState;
import dev.opcon.tikv.model.Thresholds;
import dev.opcon.tikv.render.Formats;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code low_disk_space}: available / capacity below 0.2 (PD's {@code 1 - low-space-ratio}). Like PD,
 * it skips Down stores, stores of unknown capacity, and a young cluster (under 100 regions) while a
 * store still has more than 8 GiB free.
 */
final class DiskSpaceCheck implements ClusterCheck {

    static final String LOW_DISK_SPACE = "low_disk_space";
    private static final long YOUNG_CLUSTER_REGIONS = 100;
    private static final long INITIAL_MINIMUM_SPACE = 8L << 30;

    private final Thresholds thresholds;

    DiskSpaceCheck(Thresholds thresholds) {
        this.thresholds = thresholds;
    }

    @Override
    public List<Finding> check(ClusterSnapshot snapshot) {
        boolean youngCluster = regionCount(snapshot) < YOUNG_CLUSTER_REGIONS;
        List<Finding> findings = new ArrayList<>();
        for (Store store : snapshot.storeList()) {
            if (store.state() == StoreState.DOWN || store.state() == StoreState.TOMBSTONE || !store.space().known()) {
                continue;
            }
            double ratio = store.space().availableRatio();
            if (ratio >= thresholds.lowSpaceAvailableRatio()
                    || (youngCluster && store.space().availableBytes() > INITIAL_MINIMUM_SPACE)) {
                continue;
            }
            findings.add(new Finding(LOW_DISK_SPACE, store.entity(), Severity.WARNING, String.format(Locale.ROOT,
                    "%s has %.0f%% of its disk available (%s of %s); PD stops placing regions there below %.0f%%",
                    Describe.store(store), ratio * 100, Formats.bytes(store.space().availableBytes()),
                    Formats.bytes(store.space().capacityBytes()), thresholds.lowSpaceAvailableRatio() * 100),
                    Duration.ZERO));
        }
        return findings;
    }

    private static long regionCount(ClusterSnapshot snapshot) {
        long leaders = snapshot.storeList().stream().mapToLong(store -> store.counts().leaderCount()).sum();
        return snapshot.regionHealth().map(RegionHealth::regionCount)
                .map(count -> count.orElse(leaders)).orElse(leaders);
    }
}
