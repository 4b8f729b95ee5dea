package dev.opcon.console.ui.view;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What the user has done to the dashboard: which panel has the focus, each table's view, the
 * overlays open, whether a filter is being typed. Owned by the UI thread; kept by panel id, so it
 * survives refreshes and switching layouts.
 */
public final class DashboardView {

    private final Map<String, TableView> tables = new HashMap<>();
    private final Deque<Overlay> overlays = new ArrayDeque<>();
    private String focusedPanelId = "";
    private boolean editingFilter;
    private Map<String, Integer> pageRows = Map.of();

    public String focusedPanelId() {
        return focusedPanelId;
    }

    public void focus(String panelId) {
        focusedPanelId = panelId;
        editingFilter = false;
    }

    public TableView table(String panelId) {
        return tables.getOrDefault(panelId, TableView.INITIAL);
    }

    public void setTable(String panelId, TableView view) {
        tables.put(panelId, view);
    }

    public Optional<Overlay> overlay() {
        return Optional.ofNullable(overlays.peek());
    }

    public void open(Overlay overlay) {
        overlays.push(overlay);
        editingFilter = false;
    }

    public void closeOverlay() {
        overlays.poll();
    }

    public boolean editingFilter() {
        return editingFilter;
    }

    public void setEditingFilter(boolean editing) {
        editingFilter = editing;
    }

    /** How many rows each table showed in the last drawing: what paging moves by. */
    public int pageRows(String panelId) {
        return Math.max(1, pageRows.getOrDefault(panelId, 10));
    }

    public void setPageRows(Map<String, Integer> rowsByPanel) {
        pageRows = Map.copyOf(rowsByPanel);
    }
}
