package dev.opcon.console.ui.render;

import dev.opcon.console.ui.canvas.Canvas;
import dev.opcon.console.ui.canvas.Rectangle;
import dev.opcon.console.ui.canvas.TextWidth;
import dev.opcon.console.ui.view.TableRows;
import dev.opcon.console.ui.view.TableView;
import dev.opcon.core.model.Cell;
import dev.opcon.core.model.Column;
import dev.opcon.core.model.Row;
import dev.opcon.core.model.TablePanel;
import dev.opcon.core.model.Tone;
import dev.opcon.themes.model.Role;
import java.util.ArrayList;
import java.util.List;

/** Draws a table: column headings, then the rows that fit, the selected one highlighted. */
public final class TableRenderer {

    /** Which rows were drawn: {@code capacity} is how many fit, what paging moves by. */
    public record Shown(int firstRow, int rowsShown, int capacity, int total) {
    }

    /** Column widths are measured on this many rows at most, so a long table stays cheap to draw. */
    private static final int MEASURED_ROWS = 300;

    private TableRenderer() {
    }

    public static Shown render(Canvas canvas, Rectangle area, TablePanel panel, List<Row> rows, TableView view,
                               boolean focused, SourceLines.Line emptyMessage, RenderContext context) {
        if (area.isEmpty()) {
            return new Shown(0, 0, 0, rows.size());
        }
        int capacity = Math.max(0, area.height() - 1);
        int selected = focused ? TableRows.selectedIndex(rows, view) : -1;
        int top = firstRow(rows.size(), capacity, selected, view.scrollTop());
        List<Row> shown = rows.subList(top, Math.min(rows.size(), top + capacity));
        List<ColumnLayout.Placed> placed = ColumnLayout.place(panel.columns(), measured(rows, shown), area.width(),
                view.sortColumn());
        drawHeadings(canvas, area.line(0), placed, view, context.glyphs());
        if (rows.isEmpty() && capacity > 0) {
            canvas.write(area.x(), area.y() + 1, emptyMessage.text(), emptyMessage.role(), area.width());
        }
        for (int line = 0; line < shown.size(); line++) {
            Rectangle rowArea = area.line(line + 1);
            boolean isSelected = top + line == selected;
            if (isSelected) {
                canvas.fill(rowArea, Role.SELECTED);
            }
            drawRow(canvas, rowArea, placed, shown.get(line), context.glyphs());
            if (isSelected) {
                canvas.restyle(rowArea, Role.SELECTED);
            }
        }
        return new Shown(top, shown.size(), capacity, rows.size());
    }

    /** The first row to show: the view's scroll position, moved just enough to show the selection. */
    static int firstRow(int total, int capacity, int selected, int scrollTop) {
        int top = Math.min(scrollTop, Math.max(0, total - capacity));
        if (selected >= 0 && capacity > 0) {
            top = Math.max(top, selected - capacity + 1);
            top = Math.min(top, selected);
        }
        return Math.max(0, top);
    }

    private static List<Row> measured(List<Row> rows, List<Row> shown) {
        if (rows.size() <= MEASURED_ROWS) {
            return rows;
        }
        List<Row> sample = new ArrayList<>(rows.subList(0, MEASURED_ROWS / 2));
        sample.addAll(shown);
        return sample;
    }

    private static void drawHeadings(Canvas canvas, Rectangle line, List<ColumnLayout.Placed> placed, TableView view,
                                     Glyphs glyphs) {
        for (ColumnLayout.Placed column : placed) {
            String heading = column.column().name();
            if (view.sorted() && view.sortColumn() == column.index()) {
                heading += view.descending() ? glyphs.descending() : glyphs.ascending();
            }
            int x = line.x() + column.offset();
            if (column.column().kind() == Column.Kind.NUMBER) {
                canvas.writeRightAligned(x + column.width(), line.y(), heading, Role.TABLE_HEADER, column.width());
            } else {
                canvas.write(x, line.y(), heading, Role.TABLE_HEADER, column.width());
            }
        }
    }

    private static void drawRow(Canvas canvas, Rectangle line, List<ColumnLayout.Placed> placed, Row row,
                                Glyphs glyphs) {
        for (ColumnLayout.Placed column : placed) {
            Cell cell = row.cells().get(column.index());
            int x = line.x() + column.offset();
            Role role = Tones.role(cell.tone());
            switch (column.column().kind()) {
                case NUMBER -> canvas.writeRightAligned(x + column.width(), line.y(), cell.text(), role, column.width());
                case TEXT -> canvas.write(x, line.y(), cell.text(), role, column.width());
                case BAR -> drawBar(canvas, x, line.y(), column.width(), cell, glyphs);
            }
        }
    }

    /** {@code ██████░░░░ 45/100}: the bar shows the fraction, the label the numbers. */
    static void drawBar(Canvas canvas, int x, int y, int width, Cell cell, Glyphs glyphs) {
        int labelWidth = TextWidth.of(cell.text());
        int barWidth = width - labelWidth - 1;
        if (barWidth < 3) {
            canvas.write(x, y, cell.text(), Tones.role(cell.tone()), width);
            return;
        }
        double fraction = Double.isNaN(cell.fraction()) ? 0 : Math.max(0, cell.fraction());
        int filled = (int) Math.round(Math.min(1, fraction) * barWidth);
        if (fraction > 0 && filled == 0) {
            filled = 1;
        }
        String fill = oneCell(glyphs.symbols().barFill(), "#");
        String empty = oneCell(glyphs.symbols().barEmpty(), ".");
        canvas.repeat(x, y, filled, fill, barRole(fraction, cell.tone()));
        canvas.repeat(x + filled, y, barWidth - filled, empty, Role.BAR_EMPTY);
        canvas.write(x + barWidth + 1, y, cell.text(), Tones.role(cell.tone()), labelWidth);
    }

    private static Role barRole(double fraction, Tone tone) {
        if (fraction >= 1 || tone == Tone.CRITICAL) {
            return Role.BAR_CRITICAL;
        }
        return fraction >= 0.8 || tone == Tone.WARNING ? Role.BAR_WARNING : Role.BAR_FILL;
    }

    private static String oneCell(String glyph, String fallback) {
        return glyph.codePointCount(0, glyph.length()) == 1 && TextWidth.of(glyph) == 1 ? glyph : fallback;
    }
}
