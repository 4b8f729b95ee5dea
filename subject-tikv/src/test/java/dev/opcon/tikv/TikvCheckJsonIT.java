package dev.opcon.tikv;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.opcon.core.json.FrameJson;
import dev.opcon.core.model.Frame;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What {@code opcon check --subject tikv --format json} prints: data.stores, data.regions, data.pd, violations. */
class TikvCheckJsonIT {

    private static PdStub pd;

    @BeforeAll
    static void start() {
        pd = PdStub.start();
    }

    @AfterAll
    static void stop() {
        pd.close();
    }

    @Test
    void dataHasStoresRegionsAndPd() {
        pd.healthyCluster();
        pd.stores(Fixtures.text(Fixtures.MIXED_STORES));
        pd.regionCheck("pending-peer", Fixtures.regionCheck(31));
        try (Observer observer = Observer.of(pd.baseUrl())) {
            Frame frame = observer.observe();
            JsonNode json = Fixtures.parse(FrameJson.toLine(frame));

            JsonNode store = json.at("/data/stores/0");
            assertThat(store.path("id").asLong()).isEqualTo(1);
            assertThat(store.path("address").asText()).isEqualTo("10.0.1.11:20160");
            assertThat(store.path("engine").asText()).isEqualTo("tikv");
            assertThat(store.path("state").asText()).isEqualTo("Up");
            assertThat(store.path("capacity_bytes").asLong()).isEqualTo(1_979_120_929_996L);
            assertThat(store.path("available_bytes").asLong()).as("1.21TiB, truncated as PD does").isEqualTo(1_330_409_069_608L);
            assertThat(store.path("used_bytes").asLong()).isEqualTo(498L << 30);
            assertThat(store.path("leader_count").asLong()).isEqualTo(4012);
            assertThat(store.path("region_count").asLong()).isEqualTo(12037);
            assertThat(store.path("last_heartbeat").asText()).isEqualTo("2025-06-10T01:59:57.412558016Z");
            assertThat(json.at("/data/stores/3/state").asText()).isEqualTo("Down");
            assertThat(json.at("/data/stores")).hasSize(6);

            assertThat(json.at("/data/regions/count").asLong()).isEqualTo(12040);
            assertThat(json.at("/data/regions/miss_peer").asLong()).isZero();
            assertThat(json.at("/data/regions/down_peer").asLong()).isZero();
            assertThat(json.at("/data/regions/pending_peer").asLong()).isEqualTo(31);

            assertThat(json.at("/data/pd/members").asInt()).isEqualTo(3);
            assertThat(json.at("/data/pd/healthy").asInt()).isEqualTo(3);
            assertThat(json.at("/data/pd/leader").asText()).isEqualTo("pd-10.0.1.2-2379");
            assertThat(json.at("/data").has("snapshot")).isFalse();

            assertThat(json.path("violations")).extracting(node -> node.path("invariant").asText() + " "
                    + node.path("entity").asText()).containsExactlyInAnyOrder("store_down store-5", "store_down store-7",
                    "slow_store store-4", "low_disk_space store-9");
            assertThat(frame.exitCode()).isEqualTo(2);
        }
    }
}
