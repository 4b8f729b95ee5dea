package dev.opcon.console.ui.render;

import dev.opcon.console.ui.canvas.Canvas;
import dev.opcon.console.ui.canvas.Rectangle;
import dev.opcon.console.ui.layout.DashboardLayout;
import dev.opcon.console.ui.layout.LayoutMode;
import dev.opcon.console.ui.layout.PanelDemand;
import dev.opcon.console.ui.layout.PanelPlacement;
import dev.opcon.console.ui.view.DashboardView;
import dev.opcon.console.ui.view.Overlay;
import dev.opcon.core.model.Frame;
import dev.opcon.core.model.KeyValuePanel;
import dev.opcon.core.model.Panel;
import dev.opcon.core.model.Row;
import dev.opcon.core.model.SourceStatus;
import dev.opcon.core.model.TablePanel;
import dev.opcon.core.model.TimeSeriesPanel;
import dev.opcon.themes.model.Role;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Draws the whole dashboard for a frame and a view: header, panels laid out for the screen size,
 * status line, overlays. Pure: it reads its arguments and writes the canvas, and reports how many
 * rows each table showed, which is what paging moves by.
 */
public final class DashboardRenderer {

    /** What the drawing decided: the layout, and how many rows each table had room for. */
    public record Result(DashboardLayout layout, Map<String, Integer> pageRows) {
    }

    private static final int VIOLATION_LINES_WANTED = 10;

    private DashboardRenderer() {
    }

    /** The subject's panels in its order, then the live violation list. */
    public static List<Panel> panels(Optional<Frame> frame, RenderContext context) {
        List<Panel> panels = new ArrayList<>(frame.map(each -> each.observation().panels()).orElse(List.of()));
        panels.add(ViolationTables.active(frame.map(Frame::active).orElse(List.of()), context));
        return panels;
    }

    public static Result render(Canvas canvas, HeaderInfo info, Optional<Frame> frame, DashboardView view,
                                ScreenChrome chrome, RenderContext context) {
        List<Panel> panels = panels(frame, context);
        List<SourceStatus> statuses = frame.map(each -> each.observation().sources()).orElse(List.of());
        String focused = focusedId(panels, view.focusedPanelId());
        // The tour's narration takes the bottom line; everything else is laid out above it.
        int narrationLines = chrome.narration().isPresent() && canvas.height() >= LayoutMode.SMALLEST_HEIGHT ? 1 : 0;
        DashboardLayout layout = DashboardLayout.of(canvas.width(), canvas.height() - narrationLines,
                demands(panels, statuses), focused);
        canvas.fill(canvas.bounds(), Role.BACKGROUND);
        if (layout.mode() == LayoutMode.TOO_SMALL) {
            TooSmallRenderer.render(canvas);
            return new Result(layout, Map.of());
        }
        HeaderRenderer.render(canvas, layout.header(), info, frame, context);
        Map<String, Integer> pageRows = new HashMap<>();
        for (PanelPlacement placement : layout.placements()) {
            panels.stream().filter(panel -> panel.id().equals(placement.panelId())).findFirst().ifPresent(panel ->
                    PanelRenderer.render(canvas, placement.area(), panel, statuses, view.table(panel.id()),
                                    panel.id().equals(focused), context)
                            .ifPresent(shown -> pageRows.put(panel.id(), shown.capacity())));
        }
        layout.tabs().ifPresent(tabs -> CompactRenderer.tabs(canvas, tabs, panels, focused, context));
        layout.summary().ifPresent(summary -> CompactRenderer.summary(canvas, summary, frame, context));
        if (view.editingFilter()) {
            StatusLineRenderer.renderPrompt(canvas, layout.footer(), "filter /", view.table(focused).filter(), context);
        } else {
            StatusLineRenderer.render(canvas, layout.footer(), chrome, context);
        }
        if (narrationLines > 0) {
            Rectangle line = canvas.bounds().bottomLines(1);
            canvas.fill(line, Role.NARRATION);
            canvas.write(1, line.y(), chrome.narration().get(), Role.NARRATION, line.width() - 2);
        }
        drawOverlay(canvas, view, panels, frame, chrome, context, pageRows);
        return new Result(layout, pageRows);
    }

    /** The focused panel's id: the view's choice while that panel exists, else the first panel. */
    public static String focusedId(List<Panel> panels, String wanted) {
        return panels.stream().map(Panel::id).filter(id -> id.equals(wanted)).findFirst()
                .orElse(panels.isEmpty() ? "" : panels.get(0).id());
    }

    public static List<PanelDemand> demands(List<Panel> panels, List<SourceStatus> statuses) {
        List<PanelDemand> demands = new ArrayList<>();
        for (Panel panel : panels) {
            int sourceLines = SourceLines.count(panel.sources(), statuses);
            int frame = 2 + sourceLines;
            if (panel instanceof TablePanel table && table.id().equals(ViolationTables.ACTIVE_ID)) {
                demands.add(new PanelDemand(panel.id(), PanelDemand.Kind.VIOLATIONS, frame + 2,
                        frame + 1 + Math.min(VIOLATION_LINES_WANTED, Math.max(1, table.rows().size()))));
            } else if (panel instanceof TablePanel table) {
                demands.add(new PanelDemand(panel.id(), PanelDemand.Kind.TABLE, frame + 2,
                        frame + 1 + Math.max(1, table.rows().size())));
            } else if (panel instanceof KeyValuePanel keyValue) {
                demands.add(new PanelDemand(panel.id(), PanelDemand.Kind.SMALL, frame + 1,
                        frame + Math.max(1, keyValue.entries().size())));
            } else if (panel instanceof TimeSeriesPanel timeSeries) {
                demands.add(new PanelDemand(panel.id(), PanelDemand.Kind.SMALL, frame + 1,
                        frame + Math.max(1, timeSeries.series().size())));
            }
        }
        return demands;
    }

    private static void drawOverlay(Canvas canvas, DashboardView view, List<Panel> panels, Optional<Frame> frame,
                                    ScreenChrome chrome, RenderContext context, Map<String, Integer> pageRows) {
        Optional<Overlay> overlay = view.overlay();
        if (overlay.isEmpty()) {
            return;
        }
        if (overlay.get() instanceof Overlay.Help) {
            OverlayRenderer.help(canvas, chrome, context);
        } else if (overlay.get() instanceof Overlay.History) {
            TablePanel history = ViolationTables.history(frame.map(Frame::resolved).orElse(List.of()), context);
            TableRenderer.Shown shown = OverlayRenderer.history(canvas, history,
                    view.table(ViolationTables.HISTORY_ID), context);
            pageRows.put(ViolationTables.HISTORY_ID, shown.capacity());
        } else if (overlay.get() instanceof Overlay.Chaos) {
            chrome.chaos().ifPresent(menu -> OverlayRenderer.chaos(canvas, menu, context));
        } else if (overlay.get() instanceof Overlay.Detail detail) {
            OverlayRenderer.detail(canvas, detail.panelTitle(), detail.opened(),
                    findRow(detail, panels, frame, context), context);
        }
    }

    private static Optional<Row> findRow(Overlay.Detail detail, List<Panel> panels, Optional<Frame> frame,
                                         RenderContext context) {
        List<Panel> candidates = new ArrayList<>(panels);
        candidates.add(ViolationTables.history(frame.map(Frame::resolved).orElse(List.of()), context));
        return candidates.stream()
                .filter(panel -> panel.id().equals(detail.panelId()) && panel instanceof TablePanel)
                .flatMap(panel -> ((TablePanel) panel).rows().stream())
                .filter(row -> row.key().equals(detail.opened().key()))
                .findFirst();
    }
}
