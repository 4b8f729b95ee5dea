package dev.opcon.tikv.invariant;

import dev.opcon.core.model.Finding;
import dev.opcon.core.model.Severity;
import dev.opcon.tikv.model.ClusterSnapshot;
import dev.opcon.tikv.model.LeaderBalance;
import dev.opcon.tikv.model.Store;
import dev.opcon.tikv.model.Thresholds;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code leader_imbalance}: a healthy TiKV store whose leader score is far from the healthy stores'
 * median, for longer than the grace (10 min by default: PD balances leaders on its own in minutes),
 * and no evict-leader or grant-leader scheduler explains it. See {@link LeaderBalance}.
 */
final class LeaderImbalanceCheck implements ClusterCheck {

    static final String LEADER_IMBALANCE = "leader_imbalance";

    private final Thresholds thresholds;

    LeaderImbalanceCheck(Thresholds thresholds) {
        this.thresholds = thresholds;
    }

    @Override
    public List<Finding> check(ClusterSnapshot snapshot) {
        List<Store> stores = snapshot.storeList();
        LeaderBalance balance = LeaderBalance.assess(stores, snapshot.schedulers(), thresholds);
        List<Finding> findings = new ArrayList<>();
        for (Store store : stores) {
            balance.verdict(store.id()).filter(LeaderBalance.Verdict::imbalanced).ifPresent(verdict ->
                    findings.add(new Finding(LEADER_IMBALANCE, store.entity(), Severity.WARNING, String.format(Locale.ROOT,
                            "%s holds %d leaders, %+.0f%% from the median of healthy TiKV stores (%.0f)%s",
                            Describe.store(store), store.counts().leaderCount(), verdict.deviation() * 100,
                            balance.reference(), snapshot.schedulers().isEmpty()
                                    ? "; schedulers unknown, so an evict-leader scheduler may explain it" : ""),
                            thresholds.graces().leaderImbalance())));
        }
        return findings;
    }
}
