package dev.opcon.tikv.render;

import dev.opcon.core.model.Cell;
import dev.opcon.core.model.Column;
import dev.opcon.core.model.Entry;
import dev.opcon.core.model.Row;
import dev.opcon.core.model.TablePanel;
import dev.opcon.core.model.Tone;
import dev.opcon.tikv.model.ClusterSnapshot;
import dev.opcon.tikv.model.Engine;
import dev.opcon.tikv.model.LeaderBalance;
import dev.opcon.tikv.model.SourceNames;
import dev.opcon.tikv.model.Store;
import dev.opcon.tikv.model.Thresholds;
import java.util.List;
import java.util.Locale;

/**
 * Leaders and regions per store, with each healthy TiKV store's distance from the median; an
 * imbalanced store is highlighted. TiFlash is shown but holds no TiKV leaders and is not compared.
 */
final class DistributionPanel {

    static final String ID = "distribution";
    private static final List<Column> COLUMNS = List.of(
            Column.number("store", 5, 0),
            Column.text("engine", 7, 3),
            Column.bar("leaders", 14, 0),
            Column.number("vs median", 9, 0),
            Column.bar("regions", 14, 1),
            Column.number("region share", 6, 2),
            Column.text("compared", 10, 4));

    private DistributionPanel() {
    }

    static TablePanel render(ClusterSnapshot snapshot, Thresholds thresholds) {
        List<Store> stores = snapshot.storeList();
        LeaderBalance balance = LeaderBalance.assess(stores, snapshot.schedulers(), thresholds);
        long maximumLeaders = stores.stream().mapToLong(store -> store.counts().leaderCount()).max().orElse(0);
        long maximumRegions = stores.stream().mapToLong(store -> store.counts().regionCount()).max().orElse(0);
        long tikvRegions = stores.stream().filter(store -> store.engine() == Engine.TIKV)
                .mapToLong(store -> store.counts().regionCount()).sum();
        List<Row> rows = stores.stream().map(store -> {
            LeaderBalance.Verdict verdict = balance.verdict(store.id()).orElseThrow();
            Tone tone = verdict.imbalanced() ? Tone.WARNING : Tone.NORMAL;
            long leaders = store.counts().leaderCount();
            long regions = store.counts().regionCount();
            double regionShare = store.engine() == Engine.TIKV && tikvRegions > 0 ? (double) regions / tikvRegions : Double.NaN;
            List<Cell> cells = List.of(
                    Cell.number(store.idText(), store.id(), tone),
                    Cell.text(store.engine().label(), store.engine() == Engine.TIKV ? Tone.NORMAL : Tone.INFO),
                    Cell.bar(Formats.count(leaders), fraction(leaders, maximumLeaders), tone),
                    Cell.number(Formats.signedPercent(verdict.deviation()), verdict.deviation(),
                            verdict.excludedBecause().isPresent() ? Tone.MUTED : tone),
                    Cell.bar(Formats.count(regions), fraction(regions, maximumRegions), Tone.NORMAL),
                    Cell.number(Formats.percent(regionShare), regionShare),
                    Cell.text(verdict.excludedBecause().map(reason -> "no").orElse("yes"),
                            verdict.excludedBecause().isPresent() ? Tone.MUTED : Tone.NORMAL));
            List<Entry> details = List.of(
                    Entry.of("leader score", Formats.count(LeaderBalance.score(store))),
                    Entry.of("compared", verdict.excludedBecause().map(reason -> "no: " + reason).orElse("yes")),
                    new Entry("imbalanced", verdict.imbalanced() ? "yes" : "no", tone));
            return new Row(store.entity(), cells, details);
        }).toList();
        return new TablePanel(ID, "Leader and region distribution", List.of(SourceNames.STORES, SourceNames.SCHEDULERS),
                note(balance, thresholds), COLUMNS, rows);
    }

    private static String note(LeaderBalance balance, Thresholds thresholds) {
        if (Double.isNaN(balance.reference())) {
            return "too few healthy TiKV stores to compare";
        }
        long imbalanced = balance.verdicts().stream().filter(LeaderBalance.Verdict::imbalanced).count();
        return String.format(Locale.ROOT, "median %s leaders over healthy TiKV stores; %s beyond ±%.0f%%",
                Formats.count(balance.reference()), imbalanced == 0 ? "none" : imbalanced + " store(s)",
                thresholds.leaderImbalanceRatio() * 100);
    }

    private static double fraction(long value, long maximum) {
        return maximum == 0 ? 0 : (double) value / maximum;
    }
}
