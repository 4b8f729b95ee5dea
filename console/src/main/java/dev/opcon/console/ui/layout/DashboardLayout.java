package dev.opcon.console.ui.layout;

import dev.opcon.console.ui.canvas.Rectangle;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where the header, the panels and the status line go for a screen size. Pure: the same size and
 * panels always give the same layout, so a resize simply lays out again.
 *
 * <p>Full layout: a two-line header; on wide screens each table beside a smaller panel (key/value,
 * time series), on narrower ones tables one above the other and smaller panels in pairs; the
 * violation list across the bottom; one status line. Compact layout: a one-line header, a line of
 * panel tabs, the focused panel, a line summarising the violations, the status line.
 */
public record DashboardLayout(LayoutMode mode, Rectangle header, Rectangle footer, Optional<Rectangle> tabs,
                              Optional<Rectangle> summary, List<PanelPlacement> placements) {

    public static final int WIDE_FROM = 120;
    private static final int FULL_HEADER_LINES = 2;

    public DashboardLayout {
        placements = List.copyOf(placements);
    }

    public static DashboardLayout of(int width, int height, List<PanelDemand> demands, String focusedId) {
        Rectangle screen = Rectangle.of(width, height);
        LayoutMode mode = LayoutMode.forSize(width, height);
        if (mode == LayoutMode.FULL) {
            Optional<DashboardLayout> full = full(screen, demands);
            if (full.isPresent()) {
                return full.get();
            }
            mode = LayoutMode.COMPACT;
        }
        if (mode == LayoutMode.COMPACT) {
            return compact(screen, demands, focusedId);
        }
        return new DashboardLayout(LayoutMode.TOO_SMALL, screen, new Rectangle(0, 0, 0, 0), Optional.empty(),
                Optional.empty(), List.of());
    }

    public Optional<Rectangle> areaOf(String panelId) {
        return placements.stream().filter(placement -> placement.panelId().equals(panelId))
                .map(PanelPlacement::area).findFirst();
    }

    private static DashboardLayout compact(Rectangle screen, List<PanelDemand> demands, String focusedId) {
        Rectangle header = screen.top(1);
        Rectangle tabs = screen.below(1).top(1);
        Rectangle footer = screen.bottomLines(1);
        Rectangle summary = screen.above(1).bottomLines(1);
        Rectangle body = screen.below(2).above(2);
        String shown = demands.stream().map(PanelDemand::id).filter(id -> id.equals(focusedId)).findFirst()
                .orElse(demands.isEmpty() ? "" : demands.get(0).id());
        List<PanelPlacement> placements = shown.isEmpty() ? List.of() : List.of(new PanelPlacement(shown, body));
        return new DashboardLayout(LayoutMode.COMPACT, header, footer, Optional.of(tabs), Optional.of(summary),
                placements);
    }

    private static Optional<DashboardLayout> full(Rectangle screen, List<PanelDemand> demands) {
        Rectangle header = screen.top(FULL_HEADER_LINES);
        Rectangle footer = screen.bottomLines(1);
        Rectangle body = screen.below(FULL_HEADER_LINES).above(1);
        List<List<PanelDemand>> rows = rows(demands, screen.width() >= WIDE_FROM);
        int[] minimum = new int[rows.size()];
        int[] desired = new int[rows.size()];
        int spareRow = rows.size() - 1;
        for (int row = 0; row < rows.size(); row++) {
            minimum[row] = rows.get(row).stream().mapToInt(PanelDemand::minimum).max().orElse(0);
            desired[row] = rows.get(row).stream().mapToInt(PanelDemand::desired).max().orElse(0);
        }
        int needed = java.util.Arrays.stream(minimum).sum();
        if (needed > body.height()) {
            return Optional.empty();
        }
        int[] heights = RowHeights.allocate(minimum, desired, body.height(), spareRow);
        List<PanelPlacement> placements = new ArrayList<>();
        int y = body.y();
        for (int row = 0; row < rows.size(); row++) {
            Rectangle line = new Rectangle(body.x(), y, body.width(), heights[row]);
            placeRow(rows.get(row), line, placements);
            y += heights[row];
        }
        return Optional.of(new DashboardLayout(LayoutMode.FULL, header, footer, Optional.empty(), Optional.empty(),
                placements));
    }

    private static void placeRow(List<PanelDemand> row, Rectangle line, List<PanelPlacement> placements) {
        if (row.size() == 1) {
            placements.add(new PanelPlacement(row.get(0).id(), line));
            return;
        }
        boolean tableBeside = row.get(0).kind() == PanelDemand.Kind.TABLE;
        int leftWidth = tableBeside ? line.width() * 3 / 5 : line.width() / 2;
        placements.add(new PanelPlacement(row.get(0).id(), line.left(leftWidth)));
        placements.add(new PanelPlacement(row.get(1).id(), line.rightOf(leftWidth)));
    }

    /** Groups the panels into rows of one or two, keeping the subject's order within each kind. */
    static List<List<PanelDemand>> rows(List<PanelDemand> demands, boolean wide) {
        List<PanelDemand> tables = demands.stream().filter(demand -> demand.kind() == PanelDemand.Kind.TABLE).toList();
        List<PanelDemand> small = demands.stream().filter(demand -> demand.kind() == PanelDemand.Kind.SMALL).toList();
        List<PanelDemand> violations = demands.stream()
                .filter(demand -> demand.kind() == PanelDemand.Kind.VIOLATIONS).toList();
        List<List<PanelDemand>> rows = new ArrayList<>();
        if (wide) {
            for (int index = 0; index < Math.max(tables.size(), small.size()); index++) {
                List<PanelDemand> row = new ArrayList<>();
                if (index < tables.size()) {
                    row.add(tables.get(index));
                }
                if (index < small.size()) {
                    row.add(small.get(index));
                }
                rows.add(row);
            }
        } else {
            // In the subject's order; a smaller panel shares the row of the smaller panel before it.
            List<PanelDemand> openPair = null;
            for (PanelDemand demand : demands) {
                if (demand.kind() == PanelDemand.Kind.TABLE) {
                    rows.add(List.of(demand));
                } else if (demand.kind() == PanelDemand.Kind.SMALL && openPair != null) {
                    openPair.add(demand);
                    openPair = null;
                } else if (demand.kind() == PanelDemand.Kind.SMALL) {
                    openPair = new ArrayList<>(List.of(demand));
                    rows.add(openPair);
                }
            }
        }
        violations.forEach(panel -> rows.add(List.of(panel)));
        return rows;
    }
}
