package dev.opcon.core.refresh;

import dev.opcon.core.model.Finding;
import dev.opcon.core.model.ObservationBody;
import dev.opcon.core.model.Severity;
import dev.opcon.core.spi.InvariantChecker;
import dev.opcon.core.spi.Source;
import dev.opcon.core.spi.SourceResults;
import dev.opcon.core.spi.Subject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** A hand-written subject whose sources and findings the test sets. */
final class FakeSubject implements Subject {

    final Map<String, Source<?>> sources = new ConcurrentHashMap<>();
    volatile List<Finding> findings = List.of();
    volatile SourceResults lastResults;

    void source(String name, Duration deadline, Source.Fetch<?> fetch) {
        sources.put(name, new Source<>(name, "fake://" + name, deadline, fetch));
    }

    static Finding finding(String invariant, String entity, Severity severity, Duration grace) {
        return new Finding(invariant, entity, severity, invariant + " on " + entity, grace);
    }

    @Override
    public String name() {
        return "fake";
    }

    @Override
    public List<String> endpoints() {
        return List.of("fake://");
    }

    @Override
    public List<Source<?>> sources() {
        return new ArrayList<>(sources.values());
    }

    @Override
    public ObservationBody assemble(SourceResults results, Instant observedAt) {
        lastResults = results;
        return new ObservationBody(Map.of("sources", results.statuses().size()), List.of());
    }

    @Override
    public InvariantChecker invariants() {
        return observation -> findings;
    }
}
