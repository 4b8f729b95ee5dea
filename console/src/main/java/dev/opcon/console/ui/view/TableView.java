package dev.opcon.console.ui.view;

import java.util.Objects;
import java.util.Optional;

/**
 * How the user looks at one table: its sort, its filter, the selected row and the first row shown.
 * Kept by panel id, so it survives refreshes; the selection follows the row's key, not its place.
 *
 * @param sortColumn    index into the panel's columns; -1 keeps the subject's own order
 * @param selectedKey   the selected row's key, when one was selected
 * @param selectedIndex where the selection was, used when its row went away
 * @param scrollTop     the first row shown
 */
public record TableView(int sortColumn, boolean descending, String filter, Optional<String> selectedKey,
                        int selectedIndex, int scrollTop) {

    public static final TableView INITIAL = new TableView(-1, false, "", Optional.empty(), 0, 0);

    public TableView {
        Objects.requireNonNull(filter, "filter");
        Objects.requireNonNull(selectedKey, "selectedKey");
        selectedIndex = Math.max(0, selectedIndex);
        scrollTop = Math.max(0, scrollTop);
    }

    public boolean sorted() {
        return sortColumn >= 0;
    }

    public TableView withSort(int column, boolean isDescending) {
        return new TableView(column, isDescending, filter, selectedKey, selectedIndex, scrollTop);
    }

    public TableView withFilter(String text) {
        return new TableView(sortColumn, descending, text, selectedKey, 0, 0);
    }

    public TableView withSelection(String key, int index) {
        return new TableView(sortColumn, descending, filter, Optional.ofNullable(key), index, scrollTop);
    }

    public TableView withScrollTop(int top) {
        return new TableView(sortColumn, descending, filter, selectedKey, selectedIndex, top);
    }
}
