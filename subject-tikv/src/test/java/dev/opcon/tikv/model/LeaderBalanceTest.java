package dev.opcon.tikv.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LeaderBalanceTest {

    private final Thresholds thresholds = Thresholds.PD_DEFAULTS;

    @Test
    void onlyTheOutlierIsImbalanced() {
        LeaderBalance balance = LeaderBalance.assess(List.of(TestStores.tikv(1, 6000), TestStores.tikv(2, 6000),
                TestStores.tikv(3, 37)), Optional.empty(), thresholds);

        assertThat(balance.reference()).isEqualTo(6000);
        assertThat(imbalanced(balance)).containsExactly(3L);
    }

    @Test
    void oneOverloadedStoreIsFlagged() {
        LeaderBalance balance = LeaderBalance.assess(List.of(TestStores.tikv(1, 8000), TestStores.tikv(2, 2000),
                TestStores.tikv(3, 2000)), Optional.empty(), thresholds);

        assertThat(imbalanced(balance)).containsExactly(1L);
    }

    @Test
    void smallDifferencesAndTinyClustersAreBalanced() {
        assertThat(imbalanced(LeaderBalance.assess(List.of(TestStores.tikv(1, 4012), TestStores.tikv(2, 4100),
                TestStores.tikv(3, 3950)), Optional.empty(), thresholds))).isEmpty();
        assertThat(imbalanced(LeaderBalance.assess(List.of(TestStores.tikv(1, 6), TestStores.tikv(2, 11),
                TestStores.tikv(3, 5)), Optional.empty(), thresholds))).as("fewer than 10 leaders apart").isEmpty();
    }

    @Test
    void tiflashSlowAndEvictedStoresAreNotCompared() {
        Store slow = TestStores.store(4, "10.0.0.4:20160", "", List.of(), StoreState.UP, 3, 1, 100);
        Store down = TestStores.store(5, "10.0.0.5:20160", "", List.of(), StoreState.DOWN, 0, 1, 1);
        Schedulers evicting = new Schedulers(List.of(Schedulers.EVICT_LEADER), Set.of(6L), true);
        LeaderBalance balance = LeaderBalance.assess(List.of(TestStores.tikv(1, 6000), TestStores.tikv(2, 6000),
                TestStores.tiflash(3), slow, down, TestStores.tikv(6, 0)), Optional.of(evicting), thresholds);

        assertThat(imbalanced(balance)).isEmpty();
        assertThat(balance.verdict(3).orElseThrow().excludedBecause()).contains("TiFlash holds no TiKV leaders");
        assertThat(balance.verdict(4).orElseThrow().excludedBecause()).contains("slow store");
        assertThat(balance.verdict(5).orElseThrow().excludedBecause()).contains("store is Down");
        assertThat(balance.verdict(6).orElseThrow().excludedBecause()).contains("a scheduler moves its leaders");
    }

    @Test
    void leaderWeightIsHonoured() {
        Store heavy = TestStores.store(3, "10.0.0.3:20160", "", List.of(), StoreState.UP, 8000, 2, 1);
        LeaderBalance balance = LeaderBalance.assess(List.of(TestStores.tikv(1, 4000), TestStores.tikv(2, 4000), heavy),
                Optional.empty(), thresholds);

        assertThat(imbalanced(balance)).isEmpty();
    }

    @Test
    void withoutTwoHealthyStoresNothingIsCompared() {
        LeaderBalance balance = LeaderBalance.assess(List.of(TestStores.tikv(1, 10), TestStores.tiflash(2)),
                Optional.empty(), thresholds);

        assertThat(balance.reference()).isNaN();
        assertThat(imbalanced(balance)).isEmpty();
    }

    private static List<Long> imbalanced(LeaderBalance balance) {
        return balance.verdicts().stream().filter(LeaderBalance.Verdict::imbalanced).map(LeaderBalance.Verdict::storeId).toList();
    }
}
