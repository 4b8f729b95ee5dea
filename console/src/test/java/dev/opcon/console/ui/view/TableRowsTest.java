package dev.opcon.console.ui.view;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opcon.core.model.Cell;
import dev.opcon.core.model.Column;
import dev.opcon.core.model.Row;
import dev.opcon.core.model.TablePanel;
import java.util.List;
import org.junit.jupiter.api.Test;

class TableRowsTest {

    private static Row row(String key, double p99, String state) {
        return new Row(key, List.of(Cell.text(key), Cell.number(p99 + " ms", p99), Cell.text(state)), List.of());
    }

    private final TablePanel nodes = new TablePanel("nodes", "Nodes", List.of(), "",
            List.of(Column.text("id", 4, 0), Column.number("p99", 4, 0), Column.text("state", 4, 0)),
            List.of(row("node-a", 9, "up"), row("node-b", 3, "down"), row("node-c", 12, "up")));

    @Test
    void keepsTheSubjectsOrderUntilSortedAndSortsNumbersByValue() {
        assertThat(TableRows.visible(nodes, TableView.INITIAL)).extracting(Row::key)
                .containsExactly("node-a", "node-b", "node-c");
        assertThat(TableRows.visible(nodes, TableView.INITIAL.withSort(1, true))).extracting(Row::key)
                .containsExactly("node-c", "node-a", "node-b");
        assertThat(TableRows.visible(nodes, TableView.INITIAL.withSort(2, false))).extracting(Row::key)
                .containsExactly("node-b", "node-a", "node-c");
    }

    @Test
    void filtersOnAnyCellIgnoringCase() {
        assertThat(TableRows.visible(nodes, TableView.INITIAL.withFilter("DOWN"))).extracting(Row::key)
                .containsExactly("node-b");
    }

    @Test
    void theSelectionFollowsTheRowsKeyAndFallsBackToItsPlace() {
        List<Row> sorted = TableRows.visible(nodes, TableView.INITIAL.withSort(1, true));

        assertThat(TableRows.selectedIndex(sorted, TableView.INITIAL.withSelection("node-b", 1))).isEqualTo(2);
        assertThat(TableRows.selectedIndex(sorted, TableView.INITIAL.withSelection("gone", 7))).isEqualTo(2);
        assertThat(TableRows.selectedIndex(List.of(), TableView.INITIAL)).isEqualTo(-1);
    }
}
