package dev.opcon.console.ui.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opcon.core.model.Cell;
import dev.opcon.core.model.Column;
import dev.opcon.core.model.Row;
import java.util.List;
import org.junit.jupiter.api.Test;

class ColumnLayoutTest {

    private static final List<Column> COLUMNS = List.of(Column.text("id", 6, 0), Column.text("address", 10, 4),
            Column.number("p99", 6, 2), Column.text("message", 10, 1));
    private static final List<Row> ROWS = List.of(new Row("a", List.of(Cell.text("node-1"),
            Cell.text("10.0.0.1:8080"), Cell.number("5.5 ms", 5.5), Cell.text("a rather long message for a node")),
            List.of()));

    @Test
    void everyColumnAtItsNaturalWidthWhenThereIsRoom() {
        List<ColumnLayout.Placed> placed = ColumnLayout.place(COLUMNS, ROWS, 100, -1);

        assertThat(placed).extracting(ColumnLayout.Placed::width).containsExactly(6, 13, 6, 32);
        assertThat(placed).extracting(ColumnLayout.Placed::offset).containsExactly(0, 7, 21, 28);
    }

    @Test
    void theLeastImportantColumnsGoFirstOnANarrowScreen() {
        List<ColumnLayout.Placed> placed = ColumnLayout.place(COLUMNS, ROWS, 30, -1);

        assertThat(placed).extracting(each -> each.column().name()).containsExactly("id", "p99", "message");
        assertThat(placed.stream().mapToInt(each -> each.offset() + each.width()).max().orElseThrow()).isLessThanOrEqualTo(30);
    }

    @Test
    void textGivesUpWidthBeforeNumbers() {
        List<ColumnLayout.Placed> placed = ColumnLayout.place(COLUMNS, ROWS, 50, -1);

        assertThat(placed).extracting(each -> each.column().name()).containsExactly("id", "address", "p99", "message");
        assertThat(placed.get(2).width()).isEqualTo(6);
        assertThat(placed.get(3).width()).isLessThan(32);
    }

    @Test
    void aSingleColumnWiderThanTheScreenIsCutToIt() {
        List<ColumnLayout.Placed> placed = ColumnLayout.place(List.of(Column.text("key", 20, 0)), List.of(), 8, -1);

        assertThat(placed).singleElement().extracting(ColumnLayout.Placed::width).isEqualTo(8);
    }
}
