package dev.opcon.console.ui.view;

import dev.opcon.core.model.Cell;
import dev.opcon.core.model.Column;
import dev.opcon.core.model.Row;
import dev.opcon.core.model.TablePanel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** The rows a table shows for a view: filtered, then sorted. Pure. */
public final class TableRows {

    private TableRows() {
    }

    public static List<Row> visible(TablePanel panel, TableView view) {
        List<Row> rows = panel.rows();
        if (!view.filter().isEmpty()) {
            String needle = view.filter().toLowerCase(Locale.ROOT);
            rows = rows.stream().filter(row -> matches(row, needle)).toList();
        }
        if (view.sorted() && view.sortColumn() < panel.columns().size()) {
            List<Row> sorted = new ArrayList<>(rows);
            Comparator<Row> order = byColumn(view.sortColumn());
            sorted.sort(view.descending() ? order.reversed() : order);
            rows = sorted;
        }
        return rows;
    }

    /** The index of the selected row among {@code rows}: by key, else where it was, clamped. */
    public static int selectedIndex(List<Row> rows, TableView view) {
        if (rows.isEmpty()) {
            return -1;
        }
        if (view.selectedKey().isPresent()) {
            String key = view.selectedKey().get();
            for (int index = 0; index < rows.size(); index++) {
                if (rows.get(index).key().equals(key)) {
                    return index;
                }
            }
        }
        return Math.min(view.selectedIndex(), rows.size() - 1);
    }

    /** Sorting by a column starts descending for numbers and bars (biggest first), ascending for text. */
    public static boolean startsDescending(Column column) {
        return column.kind() != Column.Kind.TEXT;
    }

    private static boolean matches(Row row, String needle) {
        if (row.key().toLowerCase(Locale.ROOT).contains(needle)) {
            return true;
        }
        for (Cell cell : row.cells()) {
            if (cell.text().toLowerCase(Locale.ROOT).contains(needle)) {
                return true;
            }
        }
        return false;
    }

    private static Comparator<Row> byColumn(int column) {
        return (left, right) -> {
            Cell a = left.cells().get(column);
            Cell b = right.cells().get(column);
            int order;
            if (!Double.isNaN(a.sortValue()) && !Double.isNaN(b.sortValue())) {
                order = Double.compare(a.sortValue(), b.sortValue());
            } else if (Double.isNaN(a.sortValue()) != Double.isNaN(b.sortValue())) {
                order = Double.isNaN(a.sortValue()) ? -1 : 1;
            } else {
                order = a.text().compareToIgnoreCase(b.text());
            }
            return order != 0 ? order : left.key().compareTo(right.key());
        };
    }
}
