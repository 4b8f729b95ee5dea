package dev.opcon.console.ui.render;

import dev.opcon.console.ui.canvas.Canvas;
import dev.opcon.console.ui.canvas.Rectangle;
import dev.opcon.console.ui.view.TableRows;
import dev.opcon.console.ui.view.TableView;
import dev.opcon.core.model.KeyValuePanel;
import dev.opcon.core.model.Panel;
import dev.opcon.core.model.Row;
import dev.opcon.core.model.SourceStatus;
import dev.opcon.core.model.TablePanel;
import dev.opcon.core.model.TimeSeriesPanel;
import dev.opcon.themes.model.Role;
import java.util.List;
import java.util.Optional;

/**
 * Draws any panel a subject describes, inside its frame: first a line for each of its sources that
 * is stale or failing, then its data. This is what lets a new subject appear without console changes.
 */
public final class PanelRenderer {

    private PanelRenderer() {
    }

    /** Draws the panel; for a table, returns which rows it showed. */
    public static Optional<TableRenderer.Shown> render(Canvas canvas, Rectangle area, Panel panel,
                                                       List<SourceStatus> statuses, TableView view, boolean focused,
                                                       RenderContext context) {
        canvas.fill(area, Role.BACKGROUND);
        List<Row> rows = panel instanceof TablePanel table ? TableRows.visible(table, view) : List.of();
        Rectangle inner = PanelBox.draw(canvas, area, title(panel, rows, view), note(panel, view), focused,
                context.glyphs());
        List<SourceLines.Line> sourceLines = SourceLines.of(panel.sources(), statuses, context);
        int shownLines = Math.min(sourceLines.size(), Math.min(2, Math.max(0, inner.height() - 1)));
        for (int index = 0; index < shownLines; index++) {
            SourceLines.Line line = sourceLines.get(index);
            canvas.write(inner.x(), inner.y() + index, line.text(), line.role(), inner.width());
        }
        Rectangle content = inner.below(shownLines);
        if (panel instanceof TablePanel table) {
            TableRenderer.Shown shown = TableRenderer.render(canvas, content, table, rows, view, focused,
                    emptyMessage(table, view, context), context);
            PanelBox.remark(canvas, area, remark(shown));
            return Optional.of(shown);
        }
        if (panel instanceof KeyValuePanel keyValue) {
            KeyValueRenderer.render(canvas, content, keyValue.entries(), context);
        } else if (panel instanceof TimeSeriesPanel timeSeries) {
            TimeSeriesRenderer.render(canvas, content, timeSeries.series(), context);
        }
        return Optional.empty();
    }

    private static String title(Panel panel, List<Row> rows, TableView view) {
        if (!(panel instanceof TablePanel table)) {
            return panel.title();
        }
        String count = view.filter().isEmpty() ? String.valueOf(table.rows().size())
                : rows.size() + "/" + table.rows().size();
        return panel.title() + " " + count;
    }

    private static String note(Panel panel, TableView view) {
        if (view.filter().isEmpty()) {
            return panel.note();
        }
        return "/" + view.filter() + (panel.note().isEmpty() ? "" : "  " + panel.note());
    }

    private static SourceLines.Line emptyMessage(TablePanel table, TableView view, RenderContext context) {
        if (!view.filter().isEmpty()) {
            return new SourceLines.Line("no row matches /" + view.filter(), Role.MUTED);
        }
        if (table.id().equals(ViolationTables.ACTIVE_ID)) {
            return new SourceLines.Line(context.glyphs().symbols().ok() + " no active violations", Role.OK);
        }
        return new SourceLines.Line("no rows", Role.MUTED);
    }

    private static String remark(TableRenderer.Shown shown) {
        if (shown.total() <= shown.rowsShown() || shown.rowsShown() == 0) {
            return "";
        }
        return (shown.firstRow() + 1) + "-" + (shown.firstRow() + shown.rowsShown()) + " of " + shown.total();
    }
}
