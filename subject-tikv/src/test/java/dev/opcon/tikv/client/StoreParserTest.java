package dev.opcon.tikv.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opcon.tikv.Fixtures;
import dev.opcon.tikv.model.Engine;
import dev.opcon.tikv.model.Store;
import dev.opcon.tikv.model.StoreState;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class StoreParserTest {

    @Test
    void readsPdSixOneCapture() {
        List<Store> stores = StoreParser.stores(Fixtures.json("verbatim_stores_v6.1.0_3up.json"));

        assertThat(stores).extracting(Store::id).containsExactly(1L, 4L, 5L);
        Store first = stores.get(0);
        assertThat(first.state()).isEqualTo(StoreState.UP);
        assertThat(first.engine()).isEqualTo(Engine.TIKV);
        assertThat(first.space().capacityBytes()).isEqualTo(ByteSizes.parse("19.56GiB"));
        assertThat(first.counts().leaderCount()).isEqualTo(6);
        assertThat(first.counts().leaderWeight()).isEqualTo(1.0);
        assertThat(first.activity().slowScore()).hasValue(1);
        assertThat(first.lastHeartbeat()).contains(Instant.parse("2022-08-20T06:58:08.453748544Z"));
        assertThat(first.uptime()).contains(Duration.parse("PT527H55M36.453748544S"));
        assertThat(first.statusAddress()).isEqualTo("192.168.3.225:20180");
    }

    @Test
    void readsEveryStateOfTheMixedFixture() {
        List<Store> stores = StoreParser.stores(Fixtures.json(Fixtures.MIXED_STORES));

        assertThat(stores).extracting(Store::stateName)
                .containsExactly("Up", "Up", "Disconnected", "Down", "Offline", "Up");
        assertThat(stores).extracting(Store::state).containsExactly(StoreState.UP, StoreState.UP,
                StoreState.DISCONNECTED, StoreState.DOWN, StoreState.OFFLINE, StoreState.UP);
        assertThat(stores.get(1).activity().slowScore()).hasValue(100);
        assertThat(stores.get(3).counts().pendingPeerCount()).isEqualTo(31);
        assertThat(stores.get(5).activity().busy()).isTrue();
        assertThat(stores.get(5).space().availableRatio()).isEqualTo(0.12);
    }

    @Test
    void readsOldAndNewVariations() {
        String legacy = """
                {"count": 2, "stores": [
                  {"store": {"id": 18446744073709551615, "address": "10.0.0.1:20160", "state": 1,
                             "labels": [{"key": "engine", "value": "tiflash"}], "state_name": "Offline",
                             "future_field": {"x": 1}},
                   "status": {"capacity": "937 GiB", "available": "500 GiB", "used_size": "17 GiB",
                              "leader_count": 0, "region_count": 3, "last_heartbeat_ts": "2018-09-29T00:05:47Z",
                              "pause_leader_transfer_in": true, "network_slow_score": {"1": 1}}},
                  {"store": {"id": 2, "address": "10.0.0.2:20160", "state_name": "Up"},
                   "status": {"capacity": "0B", "available": "0B", "used_size": "0B"}}
                ]}
                """;
        List<Store> stores = StoreParser.stores(Fixtures.parse(legacy));

        Store tiflash = stores.get(0);
        assertThat(tiflash.idText()).isEqualTo("18446744073709551615");
        assertThat(tiflash.engine()).isEqualTo(Engine.TIFLASH);
        assertThat(tiflash.state()).isEqualTo(StoreState.OFFLINE);
        assertThat(tiflash.space().capacityBytes()).isEqualTo(937L << 30);
        assertThat(tiflash.lastHeartbeat()).contains(Instant.parse("2018-09-29T00:05:47Z"));
        assertThat(tiflash.activity().leaderTransferPaused()).isTrue();
        assertThat(tiflash.activity().slowScore()).isEmpty();
        assertThat(tiflash.counts().leaderWeight()).as("PD's default weight when omitted").isEqualTo(1.0);
        assertThat(stores.get(1).space().known()).isFalse();
        assertThat(stores.get(1).uptime()).isEmpty();
    }

    @Test
    void textFromPdIsMadeSafe() {
        String hostile = "{\"stores\":[{\"store\":{\"id\":1,\"address\":\"evil\\u001b[2J:20160\",\"state_name\":\"Up\"},"
                + "\"status\":{}}]}";
        assertThat(StoreParser.stores(Fixtures.parse(hostile)).get(0).address()).isEqualTo("evil\\e[2J:20160");
    }
}
