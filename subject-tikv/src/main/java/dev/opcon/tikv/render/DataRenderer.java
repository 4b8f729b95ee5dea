package dev.opcon.tikv.render;

import dev.opcon.tikv.model.ClusterSnapshot;
import dev.opcon.tikv.model.InstanceMetrics;
import dev.opcon.tikv.model.PdMemberHealth;
import dev.opcon.tikv.model.PdSummary;
import dev.opcon.tikv.model.RegionSummary;
import dev.opcon.tikv.model.Store;
import dev.opcon.tikv.model.StoreRate;
import dev.opcon.tikv.model.StoreSummary;
import dev.opcon.tikv.model.TikvData;
import java.util.List;

/** The machine-readable {@code data} of an observation. Pure. */
public final class DataRenderer {

    private DataRenderer() {
    }

    public static TikvData data(ClusterSnapshot snapshot) {
        List<StoreSummary> stores = snapshot.stores()
                .map(list -> list.stream().map(store -> summary(store, snapshot)).toList())
                .orElse(null);
        RegionSummary regions = snapshot.regionHealth().map(RegionSummary::of).orElse(null);
        return new TikvData(stores, regions, pd(snapshot), snapshot);
    }

    private static StoreSummary summary(Store store, ClusterSnapshot snapshot) {
        InstanceMetrics metrics = snapshot.metricsOf(store.id());
        Double qps = snapshot.rates().flatMap(rates -> rates.of(store.id())).map(StoreRate::queries).orElse(null);
        if (metrics.queriesPerSecond().isPresent()) {
            qps = metrics.queriesPerSecond().getAsDouble();
        }
        Double p99Milliseconds = null;
        if (metrics.p99Seconds().isPresent()) {
            p99Milliseconds = metrics.p99Seconds().getAsDouble() * 1000;
        }
        Long slowScore = null;
        if (store.activity().slowScore().isPresent()) {
            slowScore = store.activity().slowScore().getAsLong();
        }
        return new StoreSummary(store.id(), store.address(), store.engine().label(), store.stateName(),
                store.space().capacityBytes(), store.space().availableBytes(), store.space().usedBytes(),
                store.counts().leaderCount(), store.counts().regionCount(), store.lastHeartbeat().orElse(null),
                slowScore, qps, p99Milliseconds);
    }

    private static PdSummary pd(ClusterSnapshot snapshot) {
        if (snapshot.members().isEmpty() && snapshot.health().isEmpty()) {
            return null;
        }
        Integer members = snapshot.members().map(known -> known.members().size())
                .or(() -> snapshot.health().map(List::size)).orElse(null);
        Integer healthy = snapshot.health()
                .map(list -> (int) list.stream().filter(PdMemberHealth::healthy).count()).orElse(null);
        String leader = snapshot.members().flatMap(known -> known.leader()).map(member -> member.name()).orElse(null);
        return new PdSummary(members, healthy, leader);
    }
}
