package dev.opcon.console.ui.render;

import dev.opcon.console.ui.canvas.TextWidth;
import dev.opcon.core.model.Column;
import dev.opcon.core.model.Row;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Decides which columns of a table fit in a width and how wide each is. Columns are dropped by
 * priority (highest number first) until the rest fit at their minimum widths; text columns give
 * up width before numbers, and bars take what is left over.
 */
public final class ColumnLayout {

    /** One column as placed: its index in the panel's columns, its offset and width in cells. */
    public record Placed(int index, Column column, int offset, int width) {
    }

    static final int GAP = 1;
    private static final int LONGEST_TEXT = 48;
    private static final int BAR_CELLS_WANTED = 12;
    private static final int BAR_CELLS_AT_MOST = 40;

    private ColumnLayout() {
    }

    public static List<Placed> place(List<Column> columns, List<Row> rows, int width, int sortedColumn) {
        int[] natural = new int[columns.size()];
        for (int index = 0; index < columns.size(); index++) {
            natural[index] = naturalWidth(columns.get(index), index, rows, index == sortedColumn);
        }
        List<Integer> kept = keptColumns(columns, width);
        int[] widths = new int[columns.size()];
        kept.forEach(index -> widths[index] = natural[index]);
        shrink(columns, kept, widths, width);
        grow(columns, kept, widths, width);
        List<Placed> placed = new ArrayList<>();
        int offset = 0;
        for (int index : kept) {
            int cells = Math.min(widths[index], Math.max(0, width - offset));
            if (cells > 0) {
                placed.add(new Placed(index, columns.get(index), offset, cells));
            }
            offset += widths[index] + GAP;
        }
        return placed;
    }

    private static int naturalWidth(Column column, int index, List<Row> rows, boolean sorted) {
        int widest = TextWidth.of(column.name()) + (sorted ? 1 : 0);
        int widestText = 0;
        for (Row row : rows) {
            widestText = Math.max(widestText, TextWidth.of(row.cells().get(index).text()));
        }
        int wanted = switch (column.kind()) {
            case BAR -> widestText + GAP + BAR_CELLS_WANTED;
            case NUMBER -> widestText;
            case TEXT -> Math.min(widestText, LONGEST_TEXT);
        };
        return Math.max(Math.max(widest, wanted), column.minWidth());
    }

    /** Drops the least important columns until the others fit at their minimum widths. */
    private static List<Integer> keptColumns(List<Column> columns, int width) {
        List<Integer> kept = new ArrayList<>();
        for (int index = 0; index < columns.size(); index++) {
            kept.add(index);
        }
        Comparator<Integer> importance = Comparator.<Integer>comparingInt(index -> columns.get(index).priority())
                .thenComparingInt(index -> index);
        while (kept.size() > 1 && minimumTotal(columns, kept) > width) {
            kept.remove(kept.stream().max(importance).orElseThrow());
        }
        return kept;
    }

    private static int minimumTotal(List<Column> columns, List<Integer> kept) {
        return kept.stream().mapToInt(index -> columns.get(index).minWidth()).sum() + GAP * (kept.size() - 1);
    }

    private static int total(List<Integer> kept, int[] widths) {
        return kept.stream().mapToInt(index -> widths[index]).sum() + GAP * Math.max(0, kept.size() - 1);
    }

    /** Takes cells from the column with the most to spare, text and bars before numbers. */
    private static void shrink(List<Column> columns, List<Integer> kept, int[] widths, int width) {
        int excess = total(kept, widths) - width;
        while (excess > 0) {
            int donor = -1;
            int donorSlack = 0;
            boolean donorIsNumber = true;
            for (int index : kept) {
                int slack = widths[index] - columns.get(index).minWidth();
                boolean isNumber = columns.get(index).kind() == Column.Kind.NUMBER;
                boolean better = slack > 0 && (donor < 0 || (donorIsNumber && !isNumber)
                        || (donorIsNumber == isNumber && slack > donorSlack));
                if (better) {
                    donor = index;
                    donorSlack = slack;
                    donorIsNumber = isNumber;
                }
            }
            if (donor < 0) {
                return;
            }
            widths[donor]--;
            excess--;
        }
    }

    /** Gives spare cells to bars, which draw more precisely the wider they are. */
    private static void grow(List<Column> columns, List<Integer> kept, int[] widths, int width) {
        int spare = width - total(kept, widths);
        List<Integer> bars = kept.stream().filter(index -> columns.get(index).kind() == Column.Kind.BAR).toList();
        for (int index : bars) {
            int extra = Math.min(spare / bars.size(), BAR_CELLS_AT_MOST - BAR_CELLS_WANTED);
            widths[index] += Math.max(0, extra);
        }
    }
}
