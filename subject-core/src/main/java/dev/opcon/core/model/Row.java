package dev.opcon.core.model;

import java.util.List;
import java.util.Objects;

/**
 * A table row.
 *
 * @param key     identifies the row across refreshes (keeps selection); safe text
 * @param details what Enter on the row shows
 */
public record Row(String key, List<Cell> cells, List<Entry> details) {

    public Row {
        Objects.requireNonNull(key, "key");
        cells = List.copyOf(cells);
        details = List.copyOf(details);
    }
}
