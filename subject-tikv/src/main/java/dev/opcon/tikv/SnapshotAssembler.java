package dev.opcon.tikv;

import dev.opcon.core.spi.SourceResults;
import dev.opcon.tikv.model.ClusterSnapshot;
import dev.opcon.tikv.model.ClusterStatus;
import dev.opcon.tikv.model.HotRegion;
import dev.opcon.tikv.model.HotRegions;
import dev.opcon.tikv.model.InstanceMetrics;
import dev.opcon.tikv.model.MetricsSnapshot;
import dev.opcon.tikv.model.PdMemberHealth;
import dev.opcon.tikv.model.PdMembers;
import dev.opcon.tikv.model.Region;
import dev.opcon.tikv.model.RegionHealth;
import dev.opcon.tikv.model.Schedulers;
import dev.opcon.tikv.model.SourceNames;
import dev.opcon.tikv.model.Store;
import dev.opcon.tikv.model.StoreInstanceMatcher;
import dev.opcon.tikv.model.StoreRates;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Turns one refresh's source results into a {@link ClusterSnapshot}. Pure. */
final class SnapshotAssembler {

    private SnapshotAssembler() {
    }

    static ClusterSnapshot assemble(SourceResults results, Instant observedAt, boolean prometheusConfigured) {
        Optional<List<Store>> stores = list(results, SourceNames.STORES, Store.class);
        Optional<List<PdMemberHealth>> health = list(results, SourceNames.HEALTH, PdMemberHealth.class);
        Optional<MetricsSnapshot> metrics = results.value(SourceNames.PROMETHEUS, MetricsSnapshot.class);
        Optional<HotRegions> hotRegions = results.value(SourceNames.HOT_REGIONS, HotRegions.class);

        Map<Long, InstanceMetrics> storeMetrics = Map.of();
        List<String> unmatched = List.of();
        if (stores.isPresent() && metrics.isPresent()) {
            StoreInstanceMatcher.Matches matches = StoreInstanceMatcher.match(stores.get(), metrics.get());
            storeMetrics = matches.byStore();
            unmatched = matches.unmatched();
            stores = Optional.of(withExactSpace(stores.get(), storeMetrics));
        } else if (metrics.isPresent()) {
            unmatched = metrics.get().byInstance().keySet().stream().sorted().toList();
        }
        return new ClusterSnapshot(observedAt, stores,
                results.value(SourceNames.MEMBERS, PdMembers.class), health,
                results.value(SourceNames.CLUSTER, ClusterStatus.class),
                results.value(SourceNames.REGIONS, RegionHealth.class), hotRegions,
                results.value(SourceNames.HOTSPOT_STORES, StoreRates.class),
                results.value(SourceNames.SCHEDULERS, Schedulers.class),
                prometheusConfigured, storeMetrics, unmatched, regionDetails(results, hotRegions));
    }

    /** Prometheus knows the sizes to the byte; PD rounds them to four digits. */
    private static List<Store> withExactSpace(List<Store> stores, Map<Long, InstanceMetrics> storeMetrics) {
        return stores.stream()
                .map(store -> Optional.ofNullable(storeMetrics.get(store.id()))
                        .flatMap(InstanceMetrics::space).map(store::withSpace).orElse(store))
                .toList();
    }

    private static Map<Long, Region> regionDetails(SourceResults results, Optional<HotRegions> hotRegions) {
        Map<Long, Region> details = new HashMap<>();
        for (HotRegion hot : hotRegions.map(HotRegions::all).orElse(List.of())) {
            results.value(SourceNames.regionDetail(hot.regionId()), Region.class)
                    .ifPresent(region -> details.put(region.id(), region));
        }
        return details;
    }

    /** A source's value that is a list, typed; empty when the source failed or did not run. */
    static <T> Optional<List<T>> list(SourceResults results, String source, Class<T> elementType) {
        return results.value(source, List.class).map(values -> {
            List<T> typed = new ArrayList<>();
            for (Object value : values) {
                typed.add(elementType.cast(value));
            }
            return List.copyOf(typed);
        });
    }
}
