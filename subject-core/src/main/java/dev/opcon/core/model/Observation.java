package dev.opcon.core.model;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One immutable snapshot of a subject: what every source said and what the subject made of it.
 *
 * @param data   subject-specific data for machines ({@code opcon check --format json}); a record
 *               tree that Jackson can write
 * @param panels what the console shows, in order
 */
public record Observation(
        String subject,
        Instant observedAt,
        Duration took,
        List<SourceStatus> sources,
        Object data,
        List<Panel> panels) {

    public Observation {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(observedAt, "observedAt");
        Objects.requireNonNull(took, "took");
        sources = List.copyOf(sources);
        Objects.requireNonNull(data, "data");
        panels = List.copyOf(panels);
    }

    /** True when not a single source answered: the subject could not be observed at all. */
    public boolean nothingObserved() {
        return !sources.isEmpty() && sources.stream().noneMatch(SourceStatus::isOk);
    }

    public <T> T data(Class<T> type) {
        return type.cast(data);
    }
}
