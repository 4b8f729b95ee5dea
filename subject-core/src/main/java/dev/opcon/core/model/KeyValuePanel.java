package dev.opcon.core.model;

import java.util.List;

/** Labels and values, such as a Redis status. */
public record KeyValuePanel(String id, String title, List<String> sources, String note, List<Entry> entries)
        implements Panel {

    public KeyValuePanel {
        sources = List.copyOf(sources);
        entries = List.copyOf(entries);
    }
}
