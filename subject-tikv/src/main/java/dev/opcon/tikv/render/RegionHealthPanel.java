package dev.opcon.tikv.render;

import dev.opcon.core.model.Entry;
import dev.opcon.core.model.KeyValuePanel;
import dev.opcon.core.model.Tone;
import dev.opcon.tikv.model.ClusterSnapshot;
import dev.opcon.tikv.model.RegionHealth;
import dev.opcon.tikv.model.RegionHealth.ClassCount;
import dev.opcon.tikv.model.SourceNames;
import dev.opcon.tikv.model.Thresholds;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** The region count and the unhealthy classes, counted without listing the regions. */
final class RegionHealthPanel {

    static final String ID = "region-health";

    private RegionHealthPanel() {
    }

    static KeyValuePanel render(ClusterSnapshot snapshot, Thresholds thresholds) {
        List<Entry> entries = new ArrayList<>();
        String note = snapshot.regionHealth().map(RegionHealth::origin).orElse("unknown: " + SourceNames.REGIONS + " failed");
        snapshot.regionHealth().ifPresent(health -> {
            entries.add(Entry.of("regions", health.regionCount().isPresent()
                    ? Formats.count(health.regionCount().getAsLong()) : Formats.UNKNOWN));
            ClassCount missPeer = health.missPeer();
            entries.add(entry("miss-peer", missPeer, missPeer.count() > thresholds.missPeerCritical() ? Tone.CRITICAL
                    : missPeer.count() > 0 ? Tone.WARNING : Tone.OK));
            entries.add(entry("down-peer", health.downPeer(), health.downPeer().count() > 0 ? Tone.WARNING : Tone.OK));
            entries.add(entry("pending-peer", health.pendingPeer(),
                    health.pendingPeer().count() > thresholds.pendingPeerWarning() ? Tone.WARNING
                            : health.pendingPeer().count() > 0 ? Tone.INFO : Tone.OK));
        });
        return new KeyValuePanel(ID, "Region health", List.of(SourceNames.REGIONS), note, entries);
    }

    private static Entry entry(String label, ClassCount count, Tone tone) {
        String examples = count.sampleRegions().isEmpty() ? "" : "  e.g. " + count.sampleRegions().stream()
                .map(Long::toUnsignedString).collect(Collectors.joining(", "));
        return new Entry(label, count.text() + examples, tone);
    }
}
