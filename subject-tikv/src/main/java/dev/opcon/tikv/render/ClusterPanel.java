package dev.opcon.tikv.render;

import dev.opcon.core.model.Entry;
import dev.opcon.core.model.KeyValuePanel;
import dev.opcon.core.model.Tone;
import dev.opcon.tikv.model.ClusterSnapshot;
import dev.opcon.tikv.model.Schedulers;
import dev.opcon.tikv.model.SourceNames;
import dev.opcon.tikv.model.Store;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The cluster at a glance: bootstrap, store states, schedulers, and how Prometheus matched. */
final class ClusterPanel {

    static final String ID = "cluster";

    private ClusterPanel() {
    }

    static KeyValuePanel render(ClusterSnapshot snapshot) {
        List<Entry> entries = new ArrayList<>();
        snapshot.members().ifPresent(members -> entries.add(Entry.of("cluster id", members.clusterId().toString())));
        snapshot.cluster().ifPresent(status -> {
            entries.add(new Entry("initialized", status.initialized() ? "yes" : "no",
                    status.initialized() ? Tone.NORMAL : Tone.WARNING));
            entries.add(Entry.of("bootstrapped", status.raftBootstrapTime().map(Object::toString).orElse("not yet")));
            if (!status.replicationStatus().isEmpty()) {
                entries.add(Entry.of("replication", status.replicationStatus()));
            }
        });
        snapshot.stores().ifPresent(stores -> entries.add(Entry.of("stores", byState(stores))));
        snapshot.schedulers().ifPresent(schedulers -> {
            entries.add(Entry.of("schedulers", String.join(", ", schedulers.names())));
            if (schedulers.has(Schedulers.EVICT_LEADER)) {
                entries.add(new Entry("evicting leaders of", schedulers.evictLeaderConfigKnown()
                        ? schedulers.evictLeaderStores().stream().sorted().map(id -> "store " + Long.toUnsignedString(id))
                                .collect(Collectors.joining(", "))
                        : "unknown stores", Tone.INFO));
            }
        });
        entries.add(Entry.of("prometheus", prometheus(snapshot)));
        return new KeyValuePanel(ID, "Cluster",
                List.of(SourceNames.CLUSTER, SourceNames.MEMBERS, SourceNames.STORES, SourceNames.SCHEDULERS), "", entries);
    }

    private static String byState(List<Store> stores) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        stores.forEach(store -> counts.merge(store.stateName() + " " + store.engine().label(), 1, Integer::sum));
        return counts.entrySet().stream().map(entry -> entry.getValue() + " " + entry.getKey())
                .collect(Collectors.joining(", "));
    }

    private static String prometheus(ClusterSnapshot snapshot) {
        if (!snapshot.prometheusConfigured()) {
            return "not configured: rates from PD";
        }
        String matched = snapshot.storeMetrics().size() + " store(s) matched";
        return snapshot.unmatchedInstances().isEmpty() ? matched
                : matched + "; unmatched instances " + String.join(", ", snapshot.unmatchedInstances());
    }
}
