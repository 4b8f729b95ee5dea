package dev.opcon.tikv.render;

import dev.opcon.core.model.Cell;
import dev.opcon.core.model.Column;
import dev.opcon.core.model.Row;
import dev.opcon.core.model.TablePanel;
import dev.opcon.tikv.model.ClusterSnapshot;
import dev.opcon.tikv.model.InstanceMetrics;
import dev.opcon.tikv.model.SourceNames;
import dev.opcon.tikv.model.Store;
import dev.opcon.tikv.model.StoreRate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * Per-store read and write rates from PD's store heartbeats ({@code /hotspot/stores}), with CPU and
 * raft log lag from Prometheus when it is configured. The note carries the cluster totals.
 */
final class RatesPanel {

    static final String ID = "rates";
    private static final List<Column> COLUMNS = List.of(
            Column.number("store", 5, 0),
            Column.number("read B/s", 9, 0),
            Column.number("write B/s", 9, 0),
            Column.number("read q/s", 8, 1),
            Column.number("write q/s", 8, 1),
            Column.number("cpu", 5, 2),
            Column.number("raft lag", 8, 3));

    private RatesPanel() {
    }

    static TablePanel render(ClusterSnapshot snapshot) {
        List<Row> rows = new ArrayList<>();
        StoreRate total = StoreRate.ZERO;
        for (Store store : snapshot.storeList()) {
            StoreRate rate = snapshot.rates().flatMap(rates -> rates.of(store.id())).orElse(null);
            InstanceMetrics metrics = snapshot.metricsOf(store.id());
            if (rate != null) {
                total = new StoreRate(total.readBytes() + rate.readBytes(), total.writeBytes() + rate.writeBytes(),
                        total.readKeys() + rate.readKeys(), total.writeKeys() + rate.writeKeys(),
                        total.readQuery() + rate.readQuery(), total.writeQuery() + rate.writeQuery());
            }
            rows.add(new Row(store.entity(), List.of(
                    Cell.number(store.idText(), store.id()),
                    rateCell(rate == null ? Double.NaN : rate.readBytes(), true),
                    rateCell(rate == null ? Double.NaN : rate.writeBytes(), true),
                    rateCell(rate == null ? Double.NaN : rate.readQuery(), false),
                    rateCell(rate == null ? Double.NaN : rate.writeQuery(), false),
                    plain(metrics.cpuCores()),
                    plain(metrics.raftLogLagP99())), List.of()));
        }
        List<String> sources = new ArrayList<>(List.of(SourceNames.HOTSPOT_STORES, SourceNames.STORES));
        if (snapshot.prometheusConfigured()) {
            sources.add(SourceNames.PROMETHEUS);
        }
        String note = snapshot.rates().isEmpty() ? "PD rates unknown: " + SourceNames.HOTSPOT_STORES + " failed"
                : "cluster: read " + Formats.bytesPerSecond(total.readBytes()) + " " + Formats.perSecond(total.readQuery())
                        + ", write " + Formats.bytesPerSecond(total.writeBytes()) + " " + Formats.perSecond(total.writeQuery());
        return new TablePanel(ID, "Rates", sources, note, COLUMNS, rows);
    }

    private static Cell rateCell(double value, boolean bytes) {
        String text = bytes ? Formats.bytesPerSecond(value) : Formats.perSecond(value);
        return Cell.number(text, value);
    }

    private static Cell plain(OptionalDouble value) {
        return value.isPresent() ? Cell.number(Formats.count(value.getAsDouble()), value.getAsDouble())
                : Cell.number(Formats.UNKNOWN, Double.NaN);
    }
}
