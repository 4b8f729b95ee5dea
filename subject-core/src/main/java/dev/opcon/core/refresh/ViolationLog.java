package dev.opcon.core.refresh;

import dev.opcon.core.model.Violation;
import dev.opcon.core.model.ViolationKey;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Active violations and the history of resolved ones. A violation clears as soon as its condition
 * clears and is kept, with its duration, in a bounded history.
 */
public final class ViolationLog {

    private final int historyLimit;
    private final Map<ViolationKey, Violation> active = new LinkedHashMap<>();
    private final Deque<Violation> resolved = new ArrayDeque<>();

    public ViolationLog(int historyLimit) {
        this.historyLimit = historyLimit;
    }

    void update(List<GraceTracker.Due> due, Instant now) {
        Map<ViolationKey, Violation> next = new LinkedHashMap<>();
        for (GraceTracker.Due each : due) {
            var finding = each.finding();
            Violation previous = active.get(finding.key());
            Instant firstSeen = previous == null ? each.since() : previous.firstSeen();
            next.put(finding.key(), new Violation(finding.invariant(), finding.entity(), finding.severity(),
                    finding.message(), firstSeen, now, Optional.empty()));
        }
        for (Violation gone : active.values()) {
            if (!next.containsKey(gone.key())) {
                resolved.addFirst(new Violation(gone.invariant(), gone.entity(), gone.severity(), gone.message(),
                        gone.firstSeen(), gone.lastSeen(), Optional.of(now)));
            }
        }
        while (resolved.size() > historyLimit) {
            resolved.removeLast();
        }
        active.clear();
        active.putAll(next);
    }

    /** Newest first; ties by severity then invariant, so the order is stable between refreshes. */
    List<Violation> active() {
        return active.values().stream()
                .sorted(Comparator.comparing(Violation::firstSeen).reversed()
                        .thenComparing(Violation::severity)
                        .thenComparing(Violation::invariant)
                        .thenComparing(Violation::entity))
                .toList();
    }

    List<Violation> resolved() {
        return List.copyOf(resolved);
    }
}
