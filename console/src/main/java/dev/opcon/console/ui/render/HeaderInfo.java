package dev.opcon.console.ui.render;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** What the header says about the session: read on the UI thread from the session, never from a source. */
public record HeaderInfo(String subject, Optional<String> context, List<String> endpoints, Duration interval,
                         boolean paused) {

    public HeaderInfo {
        endpoints = List.copyOf(endpoints);
    }
}
