package dev.opcon.console.session;

import dev.opcon.core.refresh.RefreshLoop;
import dev.opcon.core.registry.SubjectDescriptor;
import java.util.List;
import java.util.Optional;

/** A subject being watched: what every view (check, full-screen console) works from. */
public record Session(SubjectDescriptor subject, Optional<String> context, RefreshLoop loop, List<String> endpoints)
        implements AutoCloseable {

    public Session {
        endpoints = List.copyOf(endpoints);
    }

    @Override
    public void close() {
        loop.close();
    }
}
