package dev.opcon.tikv.render;

import dev.opcon.core.model.Cell;
import dev.opcon.core.model.Column;
import dev.opcon.core.model.Entry;
import dev.opcon.core.model.Row;
import dev.opcon.core.model.TablePanel;
import dev.opcon.core.model.Tone;
import dev.opcon.tikv.model.ClusterSnapshot;
import dev.opcon.tikv.model.HotRegion;
import dev.opcon.tikv.model.Peer;
import dev.opcon.tikv.model.Region;
import dev.opcon.tikv.model.SourceNames;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The hottest regions, write then read, with the detail PD gave for the hottest few. */
final class HotRegionsPanel {

    static final String ID = "hot-regions";
    private static final List<Column> COLUMNS = List.of(
            Column.text("kind", 5, 0),
            Column.number("region", 6, 0),
            Column.number("store", 5, 1),
            Column.number("bytes/s", 9, 0),
            Column.number("keys/s", 8, 2),
            Column.number("queries/s", 9, 1),
            Column.number("degree", 6, 3),
            Column.text("replicas", 8, 4));

    private HotRegionsPanel() {
    }

    static TablePanel render(ClusterSnapshot snapshot) {
        List<Row> rows = new ArrayList<>();
        snapshot.hotRegions().ifPresent(hot -> hot.all().forEach(region -> rows.add(row(region, snapshot))));
        String note = snapshot.hotRegions().isEmpty() ? "unknown: " + SourceNames.HOT_REGIONS + " failed"
                : rows.isEmpty() ? "nothing hot" : "hottest leader peers by byte flow";
        return new TablePanel(ID, "Hot regions", List.of(SourceNames.HOT_REGIONS), note, COLUMNS, rows);
    }

    private static Row row(HotRegion region, ClusterSnapshot snapshot) {
        String kind = region.kind().name().toLowerCase(Locale.ROOT);
        List<Cell> cells = List.of(
                Cell.text(kind, region.kind() == HotRegion.Kind.WRITE ? Tone.WARNING : Tone.INFO),
                Cell.number(Long.toUnsignedString(region.regionId()), region.regionId()),
                Cell.number(Long.toUnsignedString(region.storeId()), region.storeId()),
                Cell.number(Formats.bytesPerSecond(region.flowBytes()), region.flowBytes()),
                Cell.number(Formats.perSecond(region.flowKeys()), region.flowKeys()),
                Cell.number(Formats.perSecond(region.flowQuery()), region.flowQuery()),
                Cell.number(String.valueOf(region.hotDegree()), region.hotDegree()),
                Cell.text(region.replicaStores().stream().map(Long::toUnsignedString).collect(Collectors.joining(","))));
        List<Entry> details = new ArrayList<>();
        details.add(Entry.of("peer", (region.leader() ? "leader" : "follower") + " on store "
                + Long.toUnsignedString(region.storeId())));
        Region detail = snapshot.hotRegionDetails().get(region.regionId());
        if (detail != null) {
            details.add(Entry.of("keys", keyOrInfinity(detail.startKey(), "-∞") + " … " + keyOrInfinity(detail.endKey(), "+∞")));
            details.add(Entry.of("peers", peers(detail.peers())));
            details.add(Entry.of("leader", detail.leader().map(peer -> "store " + Long.toUnsignedString(peer.storeId()))
                    .orElse("none")));
            details.add(Entry.of("size", detail.approximateSizeMebibytes() + " MiB, "
                    + Formats.count(detail.approximateKeys()) + " keys"));
            if (!detail.downPeers().isEmpty()) {
                details.add(new Entry("down peers", peers(detail.downPeers()), Tone.WARNING));
            }
            if (!detail.pendingPeers().isEmpty()) {
                details.add(new Entry("pending peers", peers(detail.pendingPeers()), Tone.INFO));
            }
        }
        return new Row(kind + "-" + Long.toUnsignedString(region.regionId()) + "-" + Long.toUnsignedString(region.storeId()),
                cells, details);
    }

    private static String keyOrInfinity(String key, String infinity) {
        return key.isEmpty() ? infinity : key;
    }

    private static String peers(List<Peer> peers) {
        return peers.stream().map(peer -> "store " + Long.toUnsignedString(peer.storeId()) + " (" + peer.roleName() + ")")
                .collect(Collectors.joining(", "));
    }
}
