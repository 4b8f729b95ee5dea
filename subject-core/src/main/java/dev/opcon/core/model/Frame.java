package dev.opcon.core.model;

import java.util.List;
import java.util.Objects;

/**
 * What every view renders: the newest observation with the violations it produced. Immutable;
 * views never do I/O, they draw the newest frame.
 *
 * @param sequence counts refreshes from 1
 * @param active   active violations, newest first
 * @param resolved resolved violations, most recently resolved first (bounded)
 */
public record Frame(long sequence, Observation observation, List<Violation> active, List<Violation> resolved) {

    public Frame {
        Objects.requireNonNull(observation, "observation");
        active = List.copyOf(active);
        resolved = List.copyOf(resolved);
    }

    /** The exit code of {@code opcon check}: 0 clean (or info only), 1 warnings, 2 a critical, 3 nothing observed. */
    public int exitCode() {
        if (observation.nothingObserved()) {
            return 3;
        }
        if (active.stream().anyMatch(violation -> violation.severity() == Severity.CRITICAL)) {
            return 2;
        }
        return active.stream().anyMatch(violation -> violation.severity() == Severity.WARNING) ? 1 : 0;
    }
}
