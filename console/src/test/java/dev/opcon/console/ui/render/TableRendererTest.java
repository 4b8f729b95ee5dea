package dev.opcon.console.ui.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opcon.console.ui.canvas.Canvas;
import dev.opcon.console.ui.canvas.Rectangle;
import dev.opcon.console.ui.view.TableView;
import dev.opcon.core.model.Cell;
import dev.opcon.core.model.Column;
import dev.opcon.core.model.Row;
import dev.opcon.core.model.TablePanel;
import dev.opcon.core.model.Tone;
import dev.opcon.themes.model.Role;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TableRendererTest {

    private final RenderContext context = Frames.context();
    private final SourceLines.Line empty = new SourceLines.Line("no rows", Role.MUTED);

    private static TablePanel keys(int count) {
        List<Row> rows = new ArrayList<>();
        for (int index = 0; index < count; index++) {
            double fraction = index / 10.0;
            rows.add(new Row("key-" + index, List.of(Cell.text("key-" + index),
                    Cell.bar(index + "/10", fraction, Tone.NORMAL)), List.of()));
        }
        return new TablePanel("keys", "Keys", List.of(), "", List.of(Column.text("key", 6, 0),
                Column.bar("usage", 10, 0)), rows);
    }

    @Test
    void drawsHeadingsBarsAndTheSortArrow() {
        TablePanel table = keys(3);
        Canvas canvas = new Canvas(30, 4, "…");
        TableView view = TableView.INITIAL.withSort(0, false);

        TableRenderer.render(canvas, Rectangle.of(30, 4), table, table.rows(), view, false, empty, context);

        assertThat(canvas.toText()).isEqualTo("""
                key↑   usage
                key-0  ░░░░░░░░░░░░░░░░░░ 0/10
                key-1  ██░░░░░░░░░░░░░░░░ 1/10
                key-2  ████░░░░░░░░░░░░░░ 2/10
                """);
        assertThat(canvas.role(7, 2)).isEqualTo(Role.BAR_FILL);
        assertThat(canvas.role(10, 2)).isEqualTo(Role.BAR_EMPTY);
    }

    @Test
    void scrollsToKeepTheSelectedRowShownAndHighlightsIt() {
        TablePanel table = keys(10);
        Canvas canvas = new Canvas(30, 4, "…");
        TableView view = TableView.INITIAL.withSelection("key-8", 8);

        TableRenderer.Shown shown = TableRenderer.render(canvas, Rectangle.of(30, 4), table, table.rows(), view,
                true, empty, context);

        assertThat(shown).isEqualTo(new TableRenderer.Shown(6, 3, 3, 10));
        assertThat(canvas.line(3)).startsWith("key-8");
        assertThat(canvas.role(0, 3)).isEqualTo(Role.SELECTED);
        assertThat(canvas.role(0, 2)).isNotEqualTo(Role.SELECTED);
    }

    @Test
    void anEmptyTableSaysSo() {
        TablePanel table = keys(0);
        Canvas canvas = new Canvas(30, 3, "…");

        TableRenderer.render(canvas, Rectangle.of(30, 3), table, List.of(), TableView.INITIAL, true, empty, context);

        assertThat(canvas.line(1)).isEqualTo("no rows");
    }

    @Test
    void aFullBarIsCriticalAndABarOverEightyPercentAWarning() {
        Canvas canvas = new Canvas(20, 2, "…");

        TableRenderer.drawBar(canvas, 0, 0, 20, Cell.bar("12/10", 1.2, Tone.CRITICAL), context.glyphs());
        TableRenderer.drawBar(canvas, 0, 1, 20, Cell.bar("9/10", 0.9, Tone.NORMAL), context.glyphs());

        assertThat(canvas.role(0, 0)).isEqualTo(Role.BAR_CRITICAL);
        assertThat(canvas.line(0)).isEqualTo("██████████████ 12/10");
        assertThat(canvas.role(0, 1)).isEqualTo(Role.BAR_WARNING);
        assertThat(canvas.line(1)).isEqualTo("██████████████░ 9/10");
    }
}
