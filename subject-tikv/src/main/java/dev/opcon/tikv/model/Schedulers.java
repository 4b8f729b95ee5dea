package dev.opcon.tikv.model;

import java.util.List;
import java.util.Set;

/**
 * PD's schedulers and the stores whose leaders an evict-leader scheduler moves away.
 *
 * @param evictLeaderConfigKnown false when an evict-leader scheduler runs but its store list could not
 *                               be read; then it may explain any store's missing leaders
 */
public record Schedulers(List<String> names, Set<Long> evictLeaderStores, boolean evictLeaderConfigKnown) {

    public static final String EVICT_LEADER = "evict-leader-scheduler";
    public static final String GRANT_LEADER = "grant-leader-scheduler";

    public Schedulers {
        names = List.copyOf(names);
        evictLeaderStores = Set.copyOf(evictLeaderStores);
    }

    public boolean has(String prefix) {
        return names.stream().anyMatch(name -> name.startsWith(prefix));
    }

    /** True when a scheduler an operator added moves leaders on purpose, so an imbalance is expected. */
    public boolean explainsLeaderMovesOf(long storeId) {
        if (has(GRANT_LEADER)) {
            return true;
        }
        if (!has(EVICT_LEADER)) {
            return false;
        }
        return !evictLeaderConfigKnown || evictLeaderStores.contains(storeId);
    }
}
