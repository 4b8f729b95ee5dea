package dev.opcon.tikv.invariant;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opcon.core.model.Finding;
import dev.opcon.core.model.Observation;
import dev.opcon.core.model.Severity;
import dev.opcon.core.model.SourceStatus;
import dev.opcon.tikv.Fixtures;
import dev.opcon.tikv.TestSnapshots;
import dev.opcon.tikv.client.MemberParser;
import dev.opcon.tikv.client.StoreParser;
import dev.opcon.tikv.model.ClusterSnapshot;
import dev.opcon.tikv.model.RegionHealth;
import dev.opcon.tikv.model.Thresholds;
import dev.opcon.tikv.render.DataRenderer;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The checks on hand-made snapshots: the edges the end-to-end scenarios do not reach. */
class TikvInvariantsTest {

    private final TikvInvariants invariants = new TikvInvariants(Thresholds.PD_DEFAULTS);

    private List<Finding> check(ClusterSnapshot snapshot, List<SourceStatus> sources) {
        return invariants.check(new Observation("tikv", snapshot.observedAt(), Duration.ZERO, sources,
                DataRenderer.data(snapshot), List.of()));
    }

    @Test
    void youngClusterWithPlentyOfSpaceIsNotLowOnSpace() {
        String tenPercentFree = Fixtures.text("verbatim_stores_v6.1.0_3up.json")
                .replaceFirst("\"capacity\": \"19.56GiB\"", "\"capacity\": \"100GiB\"")
                .replaceFirst("\"available\": \"15.7GiB\"", "\"available\": \"10GiB\"");
        String fivePercentFree = tenPercentFree.replaceFirst("\"available\": \"10GiB\"", "\"available\": \"5GiB\"");

        assertThat(lowSpace(young(TestSnapshots.withStores(tenPercentFree)))).as("over 8 GiB free, under 100 regions").isEmpty();
        assertThat(lowSpace(young(TestSnapshots.withStores(fivePercentFree)))).containsExactly("store-1");
        assertThat(lowSpace(TestSnapshots.withStores(tenPercentFree))).as("12040 regions").containsExactly("store-1");
    }

    private List<String> lowSpace(ClusterSnapshot snapshot) {
        return check(snapshot, List.of()).stream().filter(finding -> finding.invariant().equals("low_disk_space"))
                .map(Finding::entity).toList();
    }

    private static ClusterSnapshot young(ClusterSnapshot snapshot) {
        RegionHealth few = new RegionHealth(java.util.OptionalLong.of(22), RegionHealth.ClassCount.NONE,
                RegionHealth.ClassCount.NONE, RegionHealth.ClassCount.NONE, "test");
        return new ClusterSnapshot(snapshot.observedAt(), snapshot.stores(), snapshot.members(), snapshot.health(),
                snapshot.cluster(), java.util.Optional.of(few), snapshot.hotRegions(), snapshot.rates(),
                snapshot.schedulers(), snapshot.prometheusConfigured(), snapshot.storeMetrics(),
                snapshot.unmatchedInstances(), snapshot.hotRegionDetails());
    }

    @Test
    void unhealthyMajorityIsCritical() {
        String health = Fixtures.text("reconstructed_health_3_members.json").replace("\"health\": true", "\"health\": false")
                .replaceFirst("\"health\": false", "\"health\": true");
        ClusterSnapshot snapshot = TestSnapshots.with(StoreParser.stores(Fixtures.json(Fixtures.HEALTHY_STORES)),
                MemberParser.health(Fixtures.parse(health)), RegionHealth.ClassCount.NONE, Map.of());

        assertThat(check(snapshot, List.of())).extracting(Finding::entity, Finding::severity).containsExactly(
                org.assertj.core.groups.Tuple.tuple("pd-10.0.1.2-2379", Severity.CRITICAL),
                org.assertj.core.groups.Tuple.tuple("pd-10.0.1.3-2379", Severity.CRITICAL));
    }

    @Test
    void lowerBoundCountsSayItAndKeepExamples() {
        ClusterSnapshot snapshot = TestSnapshots.with(StoreParser.stores(Fixtures.json(Fixtures.HEALTHY_STORES)),
                MemberParser.health(Fixtures.json("reconstructed_health_3_members.json")),
                new RegionHealth.ClassCount(10_000, true, List.of(2048L, 3072L)), Map.of());

        assertThat(check(snapshot, List.of())).singleElement().satisfies(finding -> {
            assertThat(finding.severity()).isEqualTo(Severity.CRITICAL);
            assertThat(finding.message()).isEqualTo("≥10000 regions miss a replica; e.g. region 2048, 3072");
        });
    }

    @Test
    void failedSourceIsUnreachableButAVanishedHotRegionIsNot() {
        List<SourceStatus> sources = List.of(
                SourceStatus.failed("pd-schedulers", "http://pd:2379", Duration.ZERO, "PD answered 500",
                        dev.opcon.core.error.OpconException.Category.SOURCE_UNAVAILABLE, java.util.Optional.empty()),
                SourceStatus.failed("pd-region-1001", "http://pd:2379", Duration.ZERO, "region 1001 not found",
                        dev.opcon.core.error.OpconException.Category.SOURCE_NONSENSE, java.util.Optional.empty()));

        assertThat(check(TestSnapshots.healthy(), sources)).extracting(Finding::invariant, Finding::entity)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("source_unreachable", "pd-schedulers"));
    }
}
