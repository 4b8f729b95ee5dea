package dev.opcon.tikv.model;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything one refresh learnt about the cluster. A part is empty when its source failed: the
 * console then shows the failure, never old data as if it were new.
 *
 * @param stores            with exact disk space from Prometheus where a store matched an instance
 * @param storeMetrics      Prometheus metrics by store id, for the stores that matched an instance
 * @param unmatchedInstances Prometheus instances that matched no store
 * @param hotRegionDetails  the hottest regions as {@code /region/id} describes them, by region id
 */
public record ClusterSnapshot(
        Instant observedAt,
        Optional<List<Store>> stores,
        Optional<PdMembers> members,
        Optional<List<PdMemberHealth>> health,
        Optional<ClusterStatus> cluster,
        Optional<RegionHealth> regionHealth,
        Optional<HotRegions> hotRegions,
        Optional<StoreRates> rates,
        Optional<Schedulers> schedulers,
        boolean prometheusConfigured,
        Map<Long, InstanceMetrics> storeMetrics,
        List<String> unmatchedInstances,
        Map<Long, Region> hotRegionDetails) {

    public ClusterSnapshot {
        Objects.requireNonNull(observedAt, "observedAt");
        stores = stores.map(List::copyOf);
        Objects.requireNonNull(members, "members");
        health = health.map(List::copyOf);
        Objects.requireNonNull(cluster, "cluster");
        Objects.requireNonNull(regionHealth, "regionHealth");
        Objects.requireNonNull(hotRegions, "hotRegions");
        Objects.requireNonNull(rates, "rates");
        Objects.requireNonNull(schedulers, "schedulers");
        storeMetrics = Map.copyOf(storeMetrics);
        unmatchedInstances = List.copyOf(unmatchedInstances);
        hotRegionDetails = Map.copyOf(hotRegionDetails);
    }

    public List<Store> storeList() {
        return stores.orElse(List.of());
    }

    public InstanceMetrics metricsOf(long storeId) {
        return storeMetrics.getOrDefault(storeId, InstanceMetrics.NONE);
    }
}
