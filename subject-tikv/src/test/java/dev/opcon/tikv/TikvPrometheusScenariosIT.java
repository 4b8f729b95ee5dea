package dev.opcon.tikv;

import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

import dev.opcon.core.error.OpconException;
import dev.opcon.core.model.Frame;
import dev.opcon.core.model.SourceStatus;
import dev.opcon.core.model.TimeSeriesPanel;
import dev.opcon.core.model.Tone;
import dev.opcon.tikv.model.StoreSummary;
import dev.opcon.tikv.model.TikvData;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The subject with {@code --prometheus-url}: per-store metrics, high latency, region health from PD's gauges. */
class TikvPrometheusScenariosIT {

    private static PdStub pd;
    private static PrometheusStub prometheus;

    @BeforeAll
    static void start() {
        pd = PdStub.start();
        prometheus = PrometheusStub.start();
    }

    @AfterAll
    static void stop() {
        pd.close();
        prometheus.close();
    }

    @BeforeEach
    void healthy() {
        pd.healthyCluster();
        prometheus.fixtures();
    }

    @AfterEach
    void onlyGetsReachedPd() {
        assertThat(pd.nonGetRequests()).isEmpty();
    }

    private Observer observer(String... options) {
        String[] all = new String[options.length + 2];
        all[0] = "prometheus-url";
        all[1] = prometheus.baseUrl();
        System.arraycopy(options, 0, all, 2, options.length);
        return Observer.of(pd.baseUrl(), all);
    }

    @Test
    void p99AboveOneHundredMillisecondsForSixtySecondsIsHighLatency() {
        try (Observer observer = observer()) {
            Frame first = observer.observe();
            Frame later = observer.observeAfter(Duration.ofSeconds(61));

            assertThat(first.observation().sources()).allMatch(SourceStatus::isOk);
            assertThat(Observer.violations(first)).isEmpty();
            assertThat(Observer.violations(later)).containsExactly("high_latency store-4 warning");
            assertThat(later.active().get(0).message()).contains("215ms");
        }
    }

    @Test
    void storesGetPrometheusMetricsByStatusAddress() {
        try (Observer observer = observer()) {
            TikvData data = observer.observe().observation().data(TikvData.class);

            StoreSummary store1 = data.stores().get(0);
            assertThat(store1.id()).isEqualTo(1);
            assertThat(store1.qps()).isEqualTo(8123.4);
            assertThat(store1.p99LatencyMs()).isCloseTo(6.1, org.assertj.core.data.Offset.offset(1e-9));
            assertThat(store1.capacityBytes()).as("exact bytes from Prometheus").isEqualTo(1_979_120_929_996L);
            assertThat(store1.availableBytes()).isEqualTo(1_330_432_343_244L);
            assertThat(data.stores().get(1).p99LatencyMs()).isCloseTo(214.7, org.assertj.core.data.Offset.offset(1e-9));
        }
    }

    @Test
    void wrongStatusAddressFallsBackToTheHostOfTheAddress() {
        pd.stores(Fixtures.healthyStoresWith(1, (store, status) -> store.put("status_address", "127.0.0.1:20180")));
        try (Observer observer = observer()) {
            TikvData data = observer.observe().observation().data(TikvData.class);

            assertThat(data.stores().get(0).qps()).isEqualTo(8123.4);
        }
    }

    @Test
    void regionHealthComesFromPdGaugesWithoutListingRegions() {
        prometheus.query("pd_regions_status", PrometheusStub.vector("type",
                "miss-peer-region-count", 2, "down-peer-region-count", 0, "pending-peer-region-count", 4));
        prometheus.query("pd_cluster_status", PrometheusStub.vector("type", "region_count", 1_000_000));
        try (Observer observer = observer()) {
            Frame frame = observer.observe();

            assertThat(Observer.violations(frame)).containsExactly("region_health miss-peer warning");
            TikvData data = frame.observation().data(TikvData.class);
            assertThat(data.regions().count()).isEqualTo(1_000_000L);
            assertThat(data.regions().origin()).startsWith("prometheus");
            pd.server().verify(0, getRequestedFor(urlPathMatching("/pd/api/v1/regions/.*")));
        }
    }

    @Test
    void withoutPdGaugesRegionHealthFallsBackToPd() {
        pd.regionCheck("down-peer", Fixtures.regionCheck(2));
        try (Observer observer = observer()) {
            Frame frame = observer.observe();

            assertThat(Observer.violations(frame)).containsExactly("region_health down-peer warning");
            assertThat(frame.observation().data(TikvData.class).regions().origin())
                    .startsWith("pd /regions/check").contains("no pd_regions_status");
        }
    }

    @Test
    void failingPrometheusIsASourceErrorAndPdStillAnswers() {
        prometheus.failing(400, Fixtures.text("prom_query_error_bad_data.json"));
        try (Observer observer = observer()) {
            Frame frame = observer.observe();

            SourceStatus status = Observer.source(frame, "prometheus");
            assertThat(status.category()).contains(OpconException.Category.SOURCE_NONSENSE);
            assertThat(status.errorText()).contains("bad_data").contains("parse error");
            assertThat(Observer.failedSources(frame)).containsExactly("prometheus", "prometheus-history");
            assertThat(Observer.violations(frame)).as("the history at start is no blind spot of its own")
                    .containsExactly("source_unreachable prometheus warning");
            assertThat(frame.observation().data(TikvData.class).regions().origin()).contains("Prometheus failed");
        }
    }

    @Test
    void oneRangeQueryFillsTheRatesHistoryOnTheFirstRefresh() {
        try (Observer observer = observer()) {
            Frame first = observer.observe();
            Frame second = observer.observeAfter(Duration.ofSeconds(1));

            TimeSeriesPanel history = second.observation().panels().stream()
                    .filter(panel -> panel.id().equals("rates-history")).map(TimeSeriesPanel.class::cast)
                    .findFirst().orElseThrow();
            assertThat(history.series()).extracting(TimeSeriesPanel.Series::name)
                    .containsExactly("qps", "max p99", "write", "read");
            assertThat(history.series()).allSatisfy(series -> assertThat(series.points()).hasSize(5));
            assertThat(history.series().get(0).points().subList(0, 3)).containsExactly(30100.0, 30200.0, 30300.0);
            assertThat(history.series().get(1).latest()).isEqualTo("215ms");
            assertThat(history.series().get(1).tone()).isEqualTo(Tone.WARNING);
            assertThat(prometheus.rangeQueries()).hasSize(1);
            assertThat(first.observation().sources()).extracting(SourceStatus::name).contains("prometheus-history");
            assertThat(second.observation().sources()).extracting(SourceStatus::name)
                    .doesNotContain("prometheus-history");
        }
    }
}
