package dev.opcon.tikv.render;

import dev.opcon.core.model.Cell;
import dev.opcon.core.model.Column;
import dev.opcon.core.model.Entry;
import dev.opcon.core.model.Row;
import dev.opcon.core.model.TablePanel;
import dev.opcon.core.model.Tone;
import dev.opcon.tikv.model.ClusterSnapshot;
import dev.opcon.tikv.model.InstanceMetrics;
import dev.opcon.tikv.model.SourceNames;
import dev.opcon.tikv.model.Store;
import dev.opcon.tikv.model.StoreRate;
import dev.opcon.tikv.model.StoreState;
import dev.opcon.tikv.model.Thresholds;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/** The stores table: one row per store, worst news in colour. */
final class StoresPanel {

    static final String ID = "stores";
    private static final Duration DISCONNECT_AFTER = Duration.ofSeconds(20);
    private static final List<Column> COLUMNS = List.of(
            Column.number("id", 4, 0),
            Column.text("address", 14, 1),
            Column.text("engine", 7, 4),
            Column.text("state", 8, 0),
            Column.bar("disk used", 16, 2),
            Column.number("leaders", 7, 1),
            Column.number("regions", 7, 2),
            Column.number("qps", 7, 3),
            Column.number("p99", 7, 3),
            Column.number("heartbeat", 9, 2));

    private StoresPanel() {
    }

    static TablePanel render(ClusterSnapshot snapshot, Thresholds thresholds) {
        List<Row> rows = snapshot.storeList().stream().map(store -> row(store, snapshot, thresholds)).toList();
        List<String> sources = new ArrayList<>(List.of(SourceNames.STORES, SourceNames.HOTSPOT_STORES));
        if (snapshot.prometheusConfigured()) {
            sources.add(SourceNames.PROMETHEUS);
        }
        return new TablePanel(ID, "Stores", sources, note(snapshot), COLUMNS, rows);
    }

    private static String note(ClusterSnapshot snapshot) {
        if (snapshot.stores().isEmpty()) {
            return "stores unknown: " + SourceNames.STORES + " failed";
        }
        String rates = snapshot.prometheusConfigured() ? "qps/p99 from Prometheus" : "qps from PD hotspot rates";
        return snapshot.storeList().size() + " stores; " + rates;
    }

    private static Row row(Store store, ClusterSnapshot snapshot, Thresholds thresholds) {
        InstanceMetrics metrics = snapshot.metricsOf(store.id());
        Optional<Duration> age = store.heartbeatAge(snapshot.observedAt());
        double used = store.space().usedFraction();
        Tone diskTone = store.space().known() && store.space().availableRatio() < thresholds.lowSpaceAvailableRatio()
                ? Tone.WARNING : Tone.NORMAL;
        String diskLabel = store.space().known()
                ? Formats.bytes(store.space().capacityBytes() - store.space().availableBytes()) + "/"
                        + Formats.bytes(store.space().capacityBytes()) + " " + Formats.percent(used)
                : Formats.UNKNOWN;
        OptionalDouble qps = metrics.queriesPerSecond().isPresent() ? metrics.queriesPerSecond()
                : snapshot.rates().flatMap(rates -> rates.of(store.id()))
                        .map(rate -> OptionalDouble.of(rate.queries())).orElse(OptionalDouble.empty());
        boolean slowLatency = metrics.p99Seconds().isPresent()
                && metrics.p99Seconds().getAsDouble() * 1e9 > thresholds.highLatency().toNanos();
        List<Cell> cells = List.of(
                Cell.number(store.idText(), store.id()),
                Cell.text(store.address()),
                Cell.text(store.engine().label(), store.engine().label().equals("tikv") ? Tone.NORMAL : Tone.INFO),
                Cell.text(store.stateName(), stateTone(store.state())),
                Cell.bar(diskLabel, Double.isNaN(used) ? 0 : used, diskTone),
                Cell.number(Formats.count(store.counts().leaderCount()), store.counts().leaderCount()),
                Cell.number(Formats.count(store.counts().regionCount()), store.counts().regionCount()),
                Cell.number(Formats.perSecond(qps), qps.orElse(Double.NaN)),
                Cell.number(Formats.latency(metrics.p99Seconds()), metrics.p99Seconds().orElse(Double.NaN),
                        slowLatency ? Tone.WARNING : Tone.NORMAL),
                Cell.number(Formats.age(age), age.map(Duration::toMillis).orElse(Long.MAX_VALUE),
                        heartbeatTone(age, thresholds)));
        return new Row(store.entity(), cells, StoreDetails.entries(store, snapshot));
    }

    static Tone stateTone(StoreState state) {
        return switch (state) {
            case UP -> Tone.OK;
            case DISCONNECTED -> Tone.WARNING;
            case DOWN -> Tone.CRITICAL;
            case OFFLINE -> Tone.INFO;
            case TOMBSTONE, UNKNOWN -> Tone.MUTED;
        };
    }

    private static Tone heartbeatTone(Optional<Duration> age, Thresholds thresholds) {
        if (age.isEmpty()) {
            return Tone.MUTED;
        }
        if (age.get().compareTo(thresholds.unhealthyAfter()) > 0) {
            return Tone.CRITICAL;
        }
        return age.get().compareTo(DISCONNECT_AFTER) > 0 ? Tone.WARNING : Tone.NORMAL;
    }

    /** What Enter on a store row shows. */
    static final class StoreDetails {

        private StoreDetails() {
        }

        static List<Entry> entries(Store store, ClusterSnapshot snapshot) {
            InstanceMetrics metrics = snapshot.metricsOf(store.id());
            List<Entry> entries = new ArrayList<>();
            entries.add(Entry.of("version", store.version().isEmpty() ? Formats.UNKNOWN : store.version()));
            entries.add(Entry.of("status address", store.statusAddress().isEmpty() ? Formats.UNKNOWN : store.statusAddress()));
            entries.add(Entry.of("labels", store.labels().isEmpty() ? "none"
                    : String.join(", ", store.labels().stream().map(Object::toString).toList())));
            entries.add(Entry.of("uptime", Formats.age(store.uptime())));
            entries.add(Entry.of("last heartbeat", store.lastHeartbeat().map(Object::toString).orElse(Formats.UNKNOWN)));
            entries.add(Entry.of("disk", Formats.bytes(store.space().availableBytes()) + " available of "
                    + Formats.bytes(store.space().capacityBytes()) + ", TiKV data " + Formats.bytes(store.space().usedBytes())));
            entries.add(Entry.of("slow score", store.activity().slowScore().isPresent()
                    ? String.valueOf(store.activity().slowScore().getAsLong()) : Formats.UNKNOWN));
            entries.add(Entry.of("leaders", store.counts().leaderCount() + " (weight "
                    + Formats.count(store.counts().leaderWeight()) + ", " + store.counts().leaderSizeMebibytes() + " MiB)"));
            entries.add(Entry.of("regions", store.counts().regionCount() + " (weight "
                    + Formats.count(store.counts().regionWeight()) + ", " + store.counts().regionSizeMebibytes() + " MiB)"));
            entries.add(Entry.of("pending peers", String.valueOf(store.counts().pendingPeerCount())));
            entries.add(Entry.of("snapshots", "sending " + store.activity().sendingSnapshots()
                    + ", receiving " + store.activity().receivingSnapshots() + (store.activity().busy() ? ", busy" : "")));
            snapshot.rates().flatMap(rates -> rates.of(store.id())).ifPresent(rate -> entries.add(rateEntry(rate)));
            entries.add(Entry.of("cpu", metrics.cpuCores().isPresent()
                    ? Formats.count(metrics.cpuCores().getAsDouble()) + " cores" : Formats.UNKNOWN));
            entries.add(Entry.of("raft log lag p99", metrics.raftLogLagP99().isPresent()
                    ? Formats.count(metrics.raftLogLagP99().getAsDouble()) + " entries" : Formats.UNKNOWN));
            return entries;
        }

        private static Entry rateEntry(StoreRate rate) {
            return Entry.of("pd rates", "read " + Formats.bytesPerSecond(rate.readBytes()) + " "
                    + Formats.perSecond(rate.readQuery()) + ", write " + Formats.bytesPerSecond(rate.writeBytes()) + " "
                    + Formats.perSecond(rate.writeQuery()));
        }
    }
}
