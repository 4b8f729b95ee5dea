package dev.opcon.tikv;

import static dev.opcon.tikv.MutableClock.FIXTURE_TIME;
import static org.assertj.core.api.Assertions.assertThat;

import dev.opcon.core.model.Frame;
import dev.opcon.core.model.SourceStatus;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The invariants, end to end: the real factory's subject in a refresh loop against a PD served by
 * WireMock from the fixtures and their variations. Each scenario gives exactly its violations.
 */
class TikvInvariantScenariosIT {

    private static PdStub pd;

    @BeforeAll
    static void startPd() {
        pd = PdStub.start();
    }

    @AfterAll
    static void stopPd() {
        pd.close();
    }

    @BeforeEach
    void healthyCluster() {
        pd.healthyCluster();
    }

    @AfterEach
    void onlyGetsReachedPd() {
        assertThat(pd.nonGetRequests()).as("requests other than GET during observation").isEmpty();
    }

    @Test
    void healthyThreeStoresGiveNoViolation() {
        try (Observer observer = Observer.of(pd.baseUrl())) {
            Frame frame = observer.observe();

            assertThat(frame.observation().sources()).allMatch(SourceStatus::isOk);
            assertThat(Observer.violations(frame)).isEmpty();
            assertThat(frame.exitCode()).isZero();
        }
    }

    @Test
    void storeDisconnectedThenDownIsWarningThenCritical() {
        try (Observer observer = Observer.of(pd.baseUrl())) {
            pd.stores(Fixtures.healthyStoresWith(5, (store, status) -> {
                store.put("state_name", "Disconnected");
                store.put("last_heartbeat", nanos(FIXTURE_TIME.minusSeconds(45)));
            }));
            Frame disconnected = observer.observe();

            pd.stores(Fixtures.healthyStoresWith(5, (store, status) -> {
                store.put("state_name", "Down");
                store.put("last_heartbeat", nanos(FIXTURE_TIME.minusSeconds(45 * 60)));
            }));
            Frame down = observer.observeAfter(Duration.ofSeconds(10));

            assertThat(Observer.violations(disconnected)).containsExactly("store_down store-5 warning");
            assertThat(Observer.violations(down)).containsExactly("store_down store-5 critical");
            assertThat(down.active().get(0).firstSeen()).isEqualTo(disconnected.active().get(0).firstSeen());
            assertThat(down.active().get(0).message()).contains("10.0.1.13:20160").contains("Down");
            assertThat(down.exitCode()).isEqualTo(2);
        }
    }

    @Test
    void storeAtEightyEightPercentHasLowDiskSpace() {
        pd.stores(Fixtures.healthyStoresWith(5, (store, status) -> {
            status.put("capacity", "1000GiB");
            status.put("available", "120GiB");
            status.put("used_size", "846GiB");
        }));
        try (Observer observer = Observer.of(pd.baseUrl())) {
            Frame frame = observer.observe();

            assertThat(Observer.violations(frame)).containsExactly("low_disk_space store-5 warning");
            assertThat(frame.active().get(0).message()).contains("12%").contains("120GiB");
        }
    }

    @Test
    void leaderImbalanceNeedsToLastItsGrace() {
        pd.stores(Fixtures.healthyStoresWith(5, (store, status) -> status.put("leader_count", 37)));
        try (Observer observer = Observer.of(pd.baseUrl(), "leader-imbalance-grace", "30s")) {
            Frame first = observer.observe();
            Frame sustained = observer.observeAfter(Duration.ofSeconds(31));

            assertThat(Observer.violations(first)).isEmpty();
            assertThat(Observer.violations(sustained)).containsExactly("leader_imbalance store-5 warning");
            assertThat(sustained.active().get(0).message()).contains("37 leaders").contains("-99%");
        }
    }

    @Test
    void evictLeaderSchedulerExplainsAnEmptyStore() {
        pd.stores(Fixtures.healthyStoresWith(5, (store, status) -> status.put("leader_count", 0)));
        pd.json("/schedulers", Fixtures.text("reconstructed_schedulers_with_evict_leader.json"));
        pd.json("/scheduler-config/evict-leader-scheduler/list",
                Fixtures.text("reconstructed_evict_leader_config_list.json").replace("\"4\"", "\"5\""));
        try (Observer observer = Observer.of(pd.baseUrl(), "leader-imbalance-grace", "0s")) {
            assertThat(Observer.violations(observer.observe())).isEmpty();
        }
    }

    @Test
    void tiflashStoreWithoutLeadersIsNotImbalance() {
        pd.stores(Fixtures.withExtraStore(Fixtures.text(Fixtures.HEALTHY_STORES), store -> {
            store.put("id", 100);
            store.put("address", "10.0.1.21:3930");
            store.putArray("labels").addObject().put("key", "engine").put("value", "tiflash");
            store.put("last_heartbeat", nanos(FIXTURE_TIME.minusSeconds(2)));
            store.put("state_name", "Up");
        }, status -> {
            status.put("capacity", "1.8TiB");
            status.put("available", "1.5TiB");
            status.put("used_size", "300GiB");
            status.put("leader_count", 0);
            status.put("region_count", 8000);
        }));
        try (Observer observer = Observer.of(pd.baseUrl(), "leader-imbalance-grace", "0s")) {
            Frame frame = observer.observe();

            assertThat(Observer.violations(frame)).isEmpty();
            assertThat(frame.observation().data(dev.opcon.tikv.model.TikvData.class).stores())
                    .anySatisfy(store -> assertThat(store.engine()).isEqualTo("tiflash"));
        }
    }

    @Test
    void missDownAndPendingPeersAreRegionHealthViolations() {
        pd.regionCheck("miss-peer", Fixtures.regionCheck(3));
        pd.regionCheck("down-peer", Fixtures.regionCheck(1));
        pd.regionCheck("pending-peer", Fixtures.regionCheck(150));
        try (Observer observer = Observer.of(pd.baseUrl())) {
            Frame frame = observer.observe();

            assertThat(Observer.violations(frame)).containsExactly(
                    "region_health down-peer warning",
                    "region_health miss-peer warning",
                    "region_health pending-peer warning");
        }
    }

    @Test
    void manyMissPeerRegionsAreCriticalAndFewPendingPeersAreNormal() {
        pd.regionCheck("miss-peer", Fixtures.regionCheck(101));
        pd.regionCheck("pending-peer", Fixtures.regionCheck(31));
        try (Observer observer = Observer.of(pd.baseUrl())) {
            assertThat(Observer.violations(observer.observe())).containsExactly("region_health miss-peer critical");
        }
    }

    @Test
    void slowScoreOfOneHundredIsASlowStoreAndNotAnImbalance() {
        pd.stores(Fixtures.healthyStoresWith(4, (store, status) -> {
            status.put("slow_score", 100);
            status.put("leader_count", 3);
        }));
        try (Observer observer = Observer.of(pd.baseUrl(), "leader-imbalance-grace", "0s")) {
            Frame frame = observer.observe();

            assertThat(Observer.violations(frame)).containsExactly("slow_store store-4 critical");
        }
    }

    @Test
    void unhealthyPdMemberIsAWarning() {
        pd.json("/health", Fixtures.text("reconstructed_health_3_members.json")
                .replaceFirst("(?s)(\"pd-10\\.0\\.1\\.3-2379\".*?\"health\": )true", "$1false"));
        try (Observer observer = Observer.of(pd.baseUrl())) {
            Frame frame = observer.observe();

            assertThat(Observer.violations(frame)).containsExactly("pd_unhealthy pd-10.0.1.3-2379 warning");
        }
    }

    @Test
    void pdWithoutLeaderIsCritical() {
        String members = Fixtures.text("reconstructed_members_3.json");
        pd.json("/members", members.substring(0, members.indexOf(",\n  \"leader\"")) + "\n}");
        try (Observer observer = Observer.of(pd.baseUrl())) {
            assertThat(Observer.violations(observer.observe())).containsExactly("pd_unhealthy - critical");
        }
    }

    @Test
    void mixedStatesFixtureGivesEachStoreItsViolation() {
        pd.stores(Fixtures.text(Fixtures.MIXED_STORES));
        try (Observer observer = Observer.of(pd.baseUrl(), "leader-imbalance-grace", "0s")) {
            Frame frame = observer.observe();

            assertThat(Observer.violations(frame)).containsExactly(
                    "low_disk_space store-9 warning",
                    "slow_store store-4 critical",
                    "store_down store-5 warning",
                    "store_down store-7 critical");
        }
    }

    @Test
    void offlineStoreWithoutHeartbeatIsUnhealthy() {
        pd.stores(Fixtures.storesWith(Fixtures.MIXED_STORES, 8, (store, status) ->
                store.put("last_heartbeat", nanos(FIXTURE_TIME.minusSeconds(11 * 60)))));
        try (Observer observer = Observer.of(pd.baseUrl(), "leader-imbalance-grace", "0s")) {
            assertThat(Observer.violations(observer.observe())).contains("store_unhealthy store-8 warning")
                    .doesNotContain("store_unhealthy store-7 warning");
        }
    }

    static long nanos(java.time.Instant instant) {
        return instant.getEpochSecond() * 1_000_000_000L + instant.getNano();
    }
}
