package dev.opcon.tikv;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opcon.core.error.OpconException;
import dev.opcon.core.model.Frame;
import dev.opcon.core.model.SourceStatus;
import dev.opcon.tikv.model.TikvData;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** PD failing in every way PD-NOTES describes: each is a clear source error, and the rest is still observed. */
class TikvSourceFailuresIT {

    private static final List<String> PD_SOURCES = List.of("pd-cluster", "pd-health", "pd-hot-regions",
            "pd-hotspot-stores", "pd-members", "pd-regions", "pd-schedulers", "pd-stores");

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

    @Test
    void unreachablePdFailsEveryPdSourceButPrometheusIsStillObserved() throws IOException {
        String deadPd = "http://127.0.0.1:" + closedPort();
        try (Observer observer = Observer.of(deadPd, "prometheus-url", prometheus.baseUrl())) {
            Frame frame = observer.observe();

            assertThat(Observer.failedSources(frame)).containsExactlyElementsOf(PD_SOURCES);
            SourceStatus stores = Observer.source(frame, "pd-stores");
            assertThat(stores.category()).contains(OpconException.Category.SOURCE_UNAVAILABLE);
            assertThat(stores.errorText()).contains("no PD endpoint answered GET /stores")
                    .contains(deadPd).contains("connection refused");
            assertThat(Observer.source(frame, "prometheus").isOk()).isTrue();
            assertThat(Observer.violations(frame)).allMatch(violation -> violation.startsWith("source_unreachable pd-"))
                    .hasSize(PD_SOURCES.size());
            assertThat(frame.observation().data(TikvData.class).stores()).isNull();
            assertThat(frame.exitCode()).isEqualTo(1);
        }
    }

    @Test
    void unreachablePdAloneMeansNothingObserved() throws IOException {
        try (Observer observer = Observer.of("http://127.0.0.1:" + closedPort())) {
            assertThat(observer.observe().exitCode()).isEqualTo(3);
        }
    }

    @Test
    void failoverToTheSecondEndpointWorks() throws IOException {
        try (Observer observer = Observer.of("http://127.0.0.1:" + closedPort() + "," + pd.baseUrl())) {
            Frame first = observer.observe();
            Frame second = observer.observe();

            assertThat(first.observation().sources()).allMatch(SourceStatus::isOk);
            assertThat(Observer.violations(first)).isEmpty();
            assertThat(second.observation().sources()).allMatch(SourceStatus::isOk);
        }
    }

    @Test
    void errorStringOf500IsShownAndOtherSourcesAnswer() {
        pd.answer("/stores", 500, Fixtures.text("error_not_bootstrapped_500.json"));
        try (Observer observer = Observer.of(pd.baseUrl())) {
            Frame frame = observer.observe();

            assertThat(Observer.failedSources(frame)).containsExactly("pd-stores");
            assertThat(Observer.source(frame, "pd-stores").errorText())
                    .contains("answered 500 to GET /stores: [PD:cluster:ErrNotBootstrapped]TiKV cluster not bootstrapped");
            assertThat(Observer.violations(frame)).containsExactly("source_unreachable pd-stores warning");
            assertThat(frame.observation().data(TikvData.class).pd().members()).isEqualTo(3);
        }
    }

    @Test
    void malformedJsonIsNonsenseAndOtherSourcesAnswer() {
        pd.json("/members", "{\"header\": {\"cluster_id\": 7381622340542355729}, \"members\": [ {\"name\": ");
        try (Observer observer = Observer.of(pd.baseUrl())) {
            Frame frame = observer.observe();

            SourceStatus members = Observer.source(frame, "pd-members");
            assertThat(members.category()).contains(OpconException.Category.SOURCE_NONSENSE);
            assertThat(members.errorText()).contains("malformed JSON");
            assertThat(Observer.failedSources(frame)).containsExactly("pd-members");
            assertThat(frame.observation().data(TikvData.class).stores()).hasSize(3);
        }
    }

    @Test
    void nullRegionIsNotFound() {
        assertMissingRegion(200, "null", "PD answered null");
    }

    @Test
    void zeroRegionObjectIsNotFound() {
        assertMissingRegion(200, Fixtures.text("reconstructed_region_v8.5_missing_id_zero_object.json"),
                "PD answered an empty region (id 0)");
    }

    @Test
    void regionNotFound404IsNotFound() {
        assertMissingRegion(404, Fixtures.text("error_region_not_found_404.json"), "PD answered 404");
    }

    private void assertMissingRegion(int status, String body, String expected) {
        pd.region(1001, status, body);
        try (Observer observer = Observer.of(pd.baseUrl())) {
            Frame frame = observer.observe();

            assertThat(Observer.failedSources(frame)).containsExactly("pd-region-1001");
            SourceStatus region = Observer.source(frame, "pd-region-1001");
            assertThat(region.errorText()).startsWith("region 1001 not found: " + expected);
            assertThat(Observer.source(frame, "pd-region-2").isOk()).isTrue();
            assertThat(Observer.violations(frame)).isEmpty();
        }
    }

    @Test
    void answerThatIsNotTheExpectedShapeIsNonsense() {
        pd.json("/stores", "\"The stores are elsewhere.\"");
        pd.json("/health", "{\"status\": \"ok\"}");
        try (Observer observer = Observer.of(pd.baseUrl())) {
            Frame frame = observer.observe();

            assertThat(Observer.failedSources(frame)).containsExactly("pd-health", "pd-stores");
            assertThat(Observer.source(frame, "pd-stores").errorText()).contains("a string instead of an object");
        }
    }

    @Test
    void unreadableByteSizeNamesTheStore() {
        pd.stores(Fixtures.healthyStoresWith(4, (store, status) -> status.put("capacity", "lots")));
        try (Observer observer = Observer.of(pd.baseUrl())) {
            Frame frame = observer.observe();

            assertThat(Observer.source(frame, "pd-stores").errorText()).contains("store 4").contains("capacity")
                    .contains("'lots'");
        }
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
