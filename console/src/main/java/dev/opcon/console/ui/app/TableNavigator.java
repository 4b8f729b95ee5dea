package dev.opcon.console.ui.app;

import dev.opcon.console.ui.view.DashboardView;
import dev.opcon.console.ui.view.StatusMessage;
import dev.opcon.console.ui.view.TableRows;
import dev.opcon.console.ui.view.TableView;
import dev.opcon.core.model.Column;
import dev.opcon.core.model.Row;
import dev.opcon.core.model.TablePanel;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;

/** Moves the selection and changes the sort of a table's view. */
final class TableNavigator {

    private final DashboardView view;
    private final BiConsumer<String, StatusMessage.Level> say;

    TableNavigator(DashboardView view, BiConsumer<String, StatusMessage.Level> say) {
        this.view = view;
        this.say = say;
    }

    /** Moves the selection by {@code step} rows (clamped) and scrolls just enough to keep it shown. */
    void move(TablePanel table, int step) {
        TableView current = view.table(table.id());
        List<Row> rows = TableRows.visible(table, current);
        if (rows.isEmpty()) {
            return;
        }
        int from = Math.max(0, TableRows.selectedIndex(rows, current));
        int to = (int) Math.max(0, Math.min(rows.size() - 1, (long) from + step));
        int page = view.pageRows(table.id());
        int top = current.scrollTop();
        if (to < top) {
            top = to;
        } else if (to >= top + page) {
            top = to - page + 1;
        }
        view.setTable(table.id(), current.withSelection(rows.get(to).key(), to).withScrollTop(top));
    }

    Optional<Row> selectedRow(TablePanel table) {
        TableView current = view.table(table.id());
        List<Row> rows = TableRows.visible(table, current);
        int index = TableRows.selectedIndex(rows, current);
        return index < 0 ? Optional.empty() : Optional.of(rows.get(index));
    }

    /** Sorts by a column; the same column again reverses the order. */
    void sortBy(TablePanel table, int column) {
        if (column >= table.columns().size()) {
            say.accept(table.title() + " has " + table.columns().size() + " columns", StatusMessage.Level.INFO);
            return;
        }
        TableView current = view.table(table.id());
        boolean descending = current.sortColumn() == column ? !current.descending()
                : TableRows.startsDescending(table.columns().get(column));
        apply(table, current.withSort(column, descending));
    }

    /** The next or previous column; before the first comes the subject's own order. */
    void cycleSort(TablePanel table, int step) {
        TableView current = view.table(table.id());
        int columns = table.columns().size();
        int next = Math.floorMod(current.sortColumn() + 1 + step, columns + 1) - 1;
        boolean descending = next >= 0 && TableRows.startsDescending(table.columns().get(next));
        apply(table, current.withSort(next, descending));
    }

    void reverseSort(TablePanel table) {
        TableView current = view.table(table.id());
        if (current.sorted()) {
            apply(table, current.withSort(current.sortColumn(), !current.descending()));
        }
    }

    private void apply(TablePanel table, TableView sorted) {
        view.setTable(table.id(), sorted);
        if (!sorted.sorted()) {
            say.accept(table.title() + " in the subject's order", StatusMessage.Level.INFO);
            return;
        }
        Column column = table.columns().get(sorted.sortColumn());
        say.accept(table.title() + " sorted by " + column.name() + (sorted.descending() ? ", descending" : ", ascending"),
                StatusMessage.Level.INFO);
    }
}
