package dev.opcon.tikv;

import dev.opcon.tikv.client.HotspotParser;
import dev.opcon.tikv.client.MemberParser;
import dev.opcon.tikv.client.RegionParser;
import dev.opcon.tikv.client.SchedulerParser;
import dev.opcon.tikv.client.StoreParser;
import dev.opcon.tikv.model.ClusterSnapshot;
import dev.opcon.tikv.model.HotRegion;
import dev.opcon.tikv.model.HotRegions;
import dev.opcon.tikv.model.InstanceMetrics;
import dev.opcon.tikv.model.PdMemberHealth;
import dev.opcon.tikv.model.Region;
import dev.opcon.tikv.model.RegionHealth;
import dev.opcon.tikv.model.Store;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/** Snapshots made from the fixtures by the real parsers, for pure render and invariant tests. */
public final class TestSnapshots {

    private TestSnapshots() {
    }

    public static ClusterSnapshot healthy() {
        return withStores(Fixtures.text(Fixtures.HEALTHY_STORES));
    }

    public static ClusterSnapshot withStores(String storesJson) {
        return with(StoreParser.stores(Fixtures.parse(storesJson)), MemberParser.health(
                Fixtures.json("reconstructed_health_3_members.json")), RegionHealth.ClassCount.NONE, Map.of());
    }

    public static ClusterSnapshot with(List<Store> stores, List<PdMemberHealth> health, RegionHealth.ClassCount missPeer,
                                       Map<Long, InstanceMetrics> metrics) {
        List<HotRegion> write = HotspotParser.hotRegions(HotRegion.Kind.WRITE,
                Fixtures.json("reconstructed_hotspot_regions_write_v8.5.json"), 10);
        List<HotRegion> read = HotspotParser.hotRegions(HotRegion.Kind.READ,
                Fixtures.json("reconstructed_hotspot_regions_read_v8.5.json"), 10);
        Region region1001 = RegionParser.region(
                Fixtures.json("reconstructed_regions_v8.5_compact.json").path("regions").get(1)).orElseThrow();
        return new ClusterSnapshot(MutableClock.FIXTURE_TIME, Optional.of(stores),
                Optional.of(MemberParser.members(Fixtures.json("reconstructed_members_3.json"))), Optional.of(health),
                Optional.of(MemberParser.clusterStatus(Fixtures.json("reconstructed_cluster_status.json"))),
                Optional.of(new RegionHealth(OptionalLong.of(12_040), missPeer, RegionHealth.ClassCount.NONE,
                        RegionHealth.ClassCount.exactly(31), "pd /regions/check")),
                Optional.of(new HotRegions(write, read)),
                Optional.of(HotspotParser.storeRates(Fixtures.json("reconstructed_hotspot_stores_v8.5.json"))),
                Optional.of(SchedulerParser.schedulers(
                        SchedulerParser.names(Fixtures.json("reconstructed_schedulers_default.json")), Set.of(), true)),
                !metrics.isEmpty(), metrics, List.of(), Map.of(region1001.id(), region1001));
    }
}
