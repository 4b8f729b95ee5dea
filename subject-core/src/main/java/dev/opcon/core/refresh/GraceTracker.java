package dev.opcon.core.refresh;

import dev.opcon.core.model.Finding;
import dev.opcon.core.model.ViolationKey;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Holds back findings until they have held for their grace period. A condition that clears
 * before its grace is over is forgotten, so a flapping condition starts its grace again.
 */
final class GraceTracker {

    private final Map<ViolationKey, Instant> pendingSince = new HashMap<>();

    /** The findings whose grace is over, each with the moment its condition was first seen. */
    List<Due> apply(List<Finding> findings, Instant now) {
        Map<ViolationKey, Instant> stillSeen = new HashMap<>();
        List<Due> due = new java.util.ArrayList<>();
        for (Finding finding : findings) {
            Instant since = pendingSince.getOrDefault(finding.key(), now);
            stillSeen.put(finding.key(), since);
            if (!now.isBefore(since.plus(finding.grace()))) {
                due.add(new Due(finding, since));
            }
        }
        pendingSince.clear();
        pendingSince.putAll(stillSeen);
        return due;
    }

    record Due(Finding finding, Instant since) {
    }
}
