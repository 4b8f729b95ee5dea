package dev.opcon.core.model;

import java.util.List;

/** Rows under column headings, such as the nodes or the hottest keys. */
public record TablePanel(String id, String title, List<String> sources, String note,
                         List<Column> columns, List<Row> rows) implements Panel {

    public TablePanel {
        sources = List.copyOf(sources);
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        for (Row row : rows) {
            if (row.cells().size() != columns.size()) {
                throw new IllegalArgumentException("row " + row.key() + " has " + row.cells().size()
                        + " cells for " + columns.size() + " columns in panel " + id);
            }
        }
    }
}
