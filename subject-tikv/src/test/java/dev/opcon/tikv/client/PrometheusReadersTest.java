package dev.opcon.tikv.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opcon.core.error.OpconException;
import dev.opcon.tikv.model.InstanceMetrics;
import dev.opcon.tikv.model.MetricsSnapshot;
import dev.opcon.tikv.model.RegionHealth;
import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The Prometheus readers against a hand-written fake: no HTTP, no Prometheus client. */
class PrometheusReadersTest {

    private static PrometheusSample sample(String instance, double value, String... labels) {
        Map<String, String> all = new LinkedHashMap<>(Map.of("instance", instance));
        for (int index = 0; index < labels.length; index += 2) {
            all.put(labels[index], labels[index + 1]);
        }
        return new PrometheusSample(all, value);
    }

    @Test
    void metricsAreGatheredByInstance() {
        FakePrometheus fake = new FakePrometheus()
                .answer("tikv_grpc_msg_duration_seconds_count", sample("a:20180", 100))
                .answer("tikv_grpc_msg_duration_seconds_bucket", sample("a:20180", 0.25), sample("b:20180", Double.NaN))
                .answer("tikv_store_size_bytes", sample("a:20180", 1000, "type", "capacity"),
                        sample("a:20180", 150, "type", "available"))
                .answer("process_cpu_seconds_total", sample("a:20180", 3.5))
                .answer("tikv_raftstore_log_lag_bucket", sample("a:20180", 12));

        MetricsSnapshot snapshot = new TikvMetricsReader(fake).read();

        InstanceMetrics a = snapshot.byInstance().get("a:20180");
        assertThat(a.queriesPerSecond()).hasValue(100);
        assertThat(a.p99Seconds()).hasValue(0.25);
        assertThat(a.space()).hasValueSatisfying(space -> assertThat(space.availableRatio()).isEqualTo(0.15));
        assertThat(a.cpuCores()).hasValue(3.5);
        assertThat(a.raftLogLagP99()).hasValue(12);
        assertThat(snapshot.byInstance().get("b:20180").p99Seconds()).as("NaN is no sample").isEmpty();
    }

    @Test
    void regionHealthFromPdGaugesNeedsNoPd() {
        FakePrometheus fake = new FakePrometheus()
                .answer("pd_regions_status", new PrometheusSample(Map.of("type", "miss-peer-region-count"), 7),
                        new PrometheusSample(Map.of("type", "pending-peer-region-count"), 2))
                .answer("pd_cluster_status", new PrometheusSample(Map.of(), 1_000_000));
        PdApi unreachablePd = new PdApi(new PdClient(List.of(URI.create("http://127.0.0.1:9")), Duration.ofMillis(200)));

        try (RegionHealthReader reader = new RegionHealthReader(unreachablePd, Optional.of(fake))) {
            RegionHealth health = reader.read();

            assertThat(health.missPeer().count()).isEqualTo(7);
            assertThat(health.downPeer().count()).isZero();
            assertThat(health.pendingPeer().count()).isEqualTo(2);
            assertThat(health.regionCount()).hasValue(1_000_000);
            assertThat(health.origin()).isEqualTo("prometheus pd_regions_status");
        }
    }

    @Test
    void failingPrometheusFallsBackToPdAndSaysWhy() {
        FakePrometheus fake = new FakePrometheus();
        fake.failing(OpconException.unavailable("Prometheus at http://fake-prometheus:9090 could not answer", null));
        PdApi unreachablePd = new PdApi(new PdClient(List.of(URI.create("http://127.0.0.1:9")), Duration.ofMillis(200)));

        try (RegionHealthReader reader = new RegionHealthReader(unreachablePd, Optional.of(fake))) {
            org.assertj.core.api.Assertions.assertThatThrownBy(reader::read)
                    .isInstanceOf(OpconException.class).hasMessageContaining("no PD endpoint answered");
        }
    }
}
