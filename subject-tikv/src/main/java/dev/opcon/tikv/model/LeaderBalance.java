package dev.opcon.tikv.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * How evenly leaders spread over the healthy TiKV stores. Each store is compared with the median
 * leader score (leader count / leader weight, PD's default policy) of the healthy stores: the mean
 * would move with the outlier, so with one empty store out of three every store would look
 * "far from the mean". TiFlash, stores that are not Up, slow stores and stores whose leaders a
 * scheduler moves on purpose are shown but not compared.
 *
 * @param reference the median score of the compared stores (their mean when the median is 0)
 * @param verdicts  one per store, in the order of the stores
 */
public record LeaderBalance(double reference, List<Verdict> verdicts) {

    public LeaderBalance {
        verdicts = List.copyOf(verdicts);
    }

    /**
     * @param deviation (score - reference) / reference; NaN for stores not compared
     * @param excludedBecause why the store is not compared; empty when it is
     */
    public record Verdict(long storeId, double deviation, boolean imbalanced, Optional<String> excludedBecause) {
    }

    public static LeaderBalance assess(Collection<Store> stores, Optional<Schedulers> schedulers, Thresholds thresholds) {
        List<Store> ordered = List.copyOf(stores);
        List<Optional<String>> exclusions = new ArrayList<>();
        List<Double> scores = new ArrayList<>();
        for (Store store : ordered) {
            Optional<String> reason = exclusion(store, schedulers, thresholds);
            exclusions.add(reason);
            if (reason.isEmpty()) {
                scores.add(score(store));
            }
        }
        if (scores.size() < 2) {
            List<Verdict> verdicts = new ArrayList<>();
            for (int index = 0; index < ordered.size(); index++) {
                verdicts.add(new Verdict(ordered.get(index).id(), Double.NaN, false,
                        exclusions.get(index).or(() -> Optional.of("too few healthy TiKV stores to compare"))));
            }
            return new LeaderBalance(Double.NaN, verdicts);
        }
        double median = median(scores);
        double reference = median != 0 ? median : scores.stream().mapToDouble(Double::doubleValue).average().orElse(0);
        List<Verdict> verdicts = new ArrayList<>();
        for (int index = 0; index < ordered.size(); index++) {
            Store store = ordered.get(index);
            if (exclusions.get(index).isPresent() || reference == 0) {
                verdicts.add(new Verdict(store.id(), Double.NaN, false, exclusions.get(index)));
                continue;
            }
            double difference = score(store) - reference;
            double deviation = difference / reference;
            boolean imbalanced = Math.abs(deviation) > thresholds.leaderImbalanceRatio()
                    && Math.abs(difference) >= thresholds.leaderImbalanceMinimum();
            verdicts.add(new Verdict(store.id(), deviation, imbalanced, Optional.empty()));
        }
        return new LeaderBalance(reference, verdicts);
    }

    public Optional<Verdict> verdict(long storeId) {
        for (Verdict verdict : verdicts) {
            if (verdict.storeId() == storeId) {
                return Optional.of(verdict);
            }
        }
        return Optional.empty();
    }

    public static double score(Store store) {
        double weight = store.counts().leaderWeight();
        return weight > 0 ? store.counts().leaderCount() / weight : store.counts().leaderCount();
    }

    private static Optional<String> exclusion(Store store, Optional<Schedulers> schedulers, Thresholds thresholds) {
        if (store.engine() == Engine.TIFLASH) {
            return Optional.of("TiFlash holds no TiKV leaders");
        }
        if (store.state() != StoreState.UP) {
            return Optional.of("store is " + store.stateName());
        }
        if (store.counts().leaderWeight() <= 0) {
            return Optional.of("leader weight is 0");
        }
        if (store.activity().slowScore().orElse(1) >= thresholds.slowScore()) {
            return Optional.of("slow store");
        }
        if (store.activity().leaderTransferPaused()
                || schedulers.map(known -> known.explainsLeaderMovesOf(store.id())).orElse(false)) {
            return Optional.of("a scheduler moves its leaders");
        }
        return Optional.empty();
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }
}
