package dev.opcon.tikv.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.opcon.core.model.Cell;
import dev.opcon.core.model.Entry;
import dev.opcon.core.model.KeyValuePanel;
import dev.opcon.core.model.Panel;
import dev.opcon.core.model.Row;
import dev.opcon.core.model.TablePanel;
import dev.opcon.core.model.TimeSeriesPanel;
import dev.opcon.core.model.Tone;
import dev.opcon.tikv.Fixtures;
import dev.opcon.tikv.MutableClock;
import dev.opcon.tikv.TestSnapshots;
import dev.opcon.tikv.model.ClusterSnapshot;
import dev.opcon.tikv.model.RatePoint;
import dev.opcon.tikv.model.Thresholds;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The panels, rendered from fixture snapshots: pure, no I/O. */
class TikvPanelsTest {

    private static List<Panel> panels(ClusterSnapshot snapshot) {
        return TikvPanels.panels(snapshot, List.of(RatePoint.of(snapshot)), Thresholds.PD_DEFAULTS);
    }

    private static TablePanel table(List<Panel> panels, String id) {
        return (TablePanel) panels.stream().filter(panel -> panel.id().equals(id)).findFirst().orElseThrow();
    }

    private static Cell cell(TablePanel table, String rowKey, String column) {
        Row row = table.rows().stream().filter(each -> each.key().equals(rowKey)).findFirst().orElseThrow();
        int index = table.columns().stream().map(each -> each.name()).toList().indexOf(column);
        return row.cells().get(index);
    }

    @Test
    void panelsComeInTheirOrder() {
        assertThat(panels(TestSnapshots.healthy())).extracting(Panel::id)
                .containsExactly("stores", "distribution", "region-health", "hot-regions", "pd-members", "rates", "rates-history",
                        "cluster");
    }

    @Test
    void storesTableShowsStateDiskAndHeartbeatInTheirTones() {
        TablePanel stores = table(panels(TestSnapshots.withStores(Fixtures.text(Fixtures.MIXED_STORES))), "stores");

        assertThat(stores.rows()).extracting(Row::key)
                .containsExactly("store-1", "store-4", "store-5", "store-7", "store-8", "store-9");
        assertThat(cell(stores, "store-1", "state")).isEqualTo(Cell.text("Up", Tone.OK));
        assertThat(cell(stores, "store-7", "state")).isEqualTo(Cell.text("Down", Tone.CRITICAL));
        assertThat(cell(stores, "store-5", "heartbeat").text()).isEqualTo("46s");
        assertThat(cell(stores, "store-5", "heartbeat").tone()).isEqualTo(Tone.WARNING);
        assertThat(cell(stores, "store-7", "heartbeat").text()).isEqualTo("2h2m");
        assertThat(cell(stores, "store-7", "heartbeat").tone()).isEqualTo(Tone.CRITICAL);
        Cell disk = cell(stores, "store-9", "disk used");
        assertThat(disk.text()).isEqualTo("880GiB/1000GiB 88%");
        assertThat(disk.fraction()).isCloseTo(0.88, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(disk.tone()).isEqualTo(Tone.WARNING);
        assertThat(cell(stores, "store-1", "qps").text()).as("PD hotspot rates without Prometheus").isEqualTo("20.6k/s");
        assertThat(cell(stores, "store-1", "p99").text()).isEqualTo("–");
        assertThat(stores.note()).contains("6 stores").contains("PD hotspot");
    }

    @Test
    void distributionHighlightsTheImbalancedStore() {
        ClusterSnapshot snapshot = TestSnapshots.withStores(Fixtures.healthyStoresWith(5,
                (store, status) -> status.put("leader_count", 37)));
        TablePanel distribution = table(panels(snapshot), "distribution");

        assertThat(cell(distribution, "store-5", "vs median").text()).isEqualTo("-99%");
        assertThat(cell(distribution, "store-5", "leaders").tone()).isEqualTo(Tone.WARNING);
        assertThat(cell(distribution, "store-1", "leaders").tone()).isEqualTo(Tone.NORMAL);
        assertThat(cell(distribution, "store-1", "vs median").text()).isEqualTo("+0%");
        assertThat(distribution.note()).contains("median 4.01k leaders").contains("1 store(s) beyond ±20%");
    }

    @Test
    void distributionLeavesSlowStoreOutOfTheComparison() {
        TablePanel distribution = table(panels(TestSnapshots.withStores(Fixtures.text(Fixtures.MIXED_STORES))),
                "distribution");

        assertThat(cell(distribution, "store-4", "compared")).isEqualTo(Cell.text("no", Tone.MUTED));
        assertThat(cell(distribution, "store-4", "vs median").text()).isEqualTo("–");
        assertThat(distribution.rows().stream().filter(row -> row.key().equals("store-4")).findFirst().orElseThrow()
                .details()).contains(Entry.of("compared", "no: slow store"));
    }

    @Test
    void hotRegionsListWriteThenReadWithDetails() {
        TablePanel hot = table(panels(TestSnapshots.healthy()), "hot-regions");

        assertThat(hot.rows()).extracting(Row::key).containsExactly("write-1001-4", "read-2-1", "read-3501-1");
        assertThat(cell(hot, "write-1001-4", "bytes/s").text()).isEqualTo("8.53MiB/s");
        assertThat(hot.rows().get(0).details()).contains(Entry.of("leader", "store 4"),
                Entry.of("peers", "store 1 (Voter), store 4 (Voter), store 5 (Voter)"));
    }

    @Test
    void pdMembersShowLeaderAndHealth() {
        TablePanel members = table(panels(TestSnapshots.healthy()), "pd-members");

        assertThat(cell(members, "pd-10.0.1.2-2379", "role").text()).isEqualTo("leader");
        assertThat(cell(members, "pd-10.0.1.1-2379", "health")).isEqualTo(Cell.text("healthy", Tone.OK));
        assertThat(members.note()).isEqualTo("leader pd-10.0.1.2-2379");
    }

    @Test
    void regionHealthAndClusterAreKeyValues() {
        List<Panel> panels = panels(TestSnapshots.healthy());
        KeyValuePanel regions = (KeyValuePanel) panels.get(2);
        KeyValuePanel cluster = (KeyValuePanel) panels.get(7);

        assertThat(regions.entries()).contains(Entry.of("regions", "12.0k"), new Entry("miss-peer", "0", Tone.OK),
                new Entry("pending-peer", "31", Tone.INFO));
        assertThat(cluster.entries()).contains(Entry.of("stores", "3 Up tikv"),
                Entry.of("prometheus", "not configured: rates from PD"));
    }

    @Test
    void ratesNoteSumsTheCluster() {
        assertThat(table(panels(TestSnapshots.healthy()), "rates").note())
                .isEqualTo("cluster: read 57.0MiB/s 21.0k/s, write 30.8MiB/s 17.9k/s");
    }

    @Test
    void rateHistoryShowsTheMaxP99OnlyWithPrometheusAndWarnsAboveTheThreshold() {
        Instant at = MutableClock.FIXTURE_TIME;
        List<RatePoint> history = List.of(new RatePoint(at, 30_000, 40, 3e7, 6e7),
                new RatePoint(at.plusSeconds(2), 31_000, 215, Double.NaN, 6.1e7));

        TimeSeriesPanel withPrometheus = RateHistoryPanel.render(history, true, Thresholds.PD_DEFAULTS);
        TimeSeriesPanel withoutPrometheus = RateHistoryPanel.render(history, false, Thresholds.PD_DEFAULTS);

        assertThat(withPrometheus.series()).extracting(TimeSeriesPanel.Series::name, TimeSeriesPanel.Series::latest,
                        TimeSeriesPanel.Series::tone)
                .containsExactly(tuple("qps", "31.0k/s", Tone.NORMAL), tuple("max p99", "215ms", Tone.WARNING),
                        tuple("write", "–", Tone.MUTED), tuple("read", "58.2MiB/s", Tone.NORMAL));
        assertThat(withPrometheus.step()).isEqualTo(Duration.ofSeconds(2));
        assertThat(withPrometheus.sources()).containsExactly("pd-hotspot-stores", "prometheus");
        assertThat(withoutPrometheus.series()).extracting(TimeSeriesPanel.Series::name)
                .containsExactly("qps", "write", "read");
        assertThat(withoutPrometheus.note()).contains("p99 needs --prometheus-url");
        assertThat(withoutPrometheus.series().get(1).points()).containsExactly(3e7, Double.NaN);
    }
}
