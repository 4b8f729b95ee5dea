package dev.opcon.console.ui.render;

import dev.opcon.console.ui.canvas.Canvas;
import dev.opcon.console.ui.canvas.Rectangle;
import dev.opcon.console.ui.canvas.TextWidth;
import dev.opcon.core.model.TimeSeriesPanel;
import dev.opcon.themes.model.Role;
import dev.opcon.themes.model.Symbols;
import java.util.List;

/** Draws one line per series: its name, its newest value and a sparkline of its recent points. */
public final class TimeSeriesRenderer {

    private static final int LONGEST_NAME = 16;
    private static final int LONGEST_LATEST = 12;
    private static final int SHORTEST_SPARKLINE = 4;

    private TimeSeriesRenderer() {
    }

    public static void render(Canvas canvas, Rectangle area, List<TimeSeriesPanel.Series> series, RenderContext context) {
        if (area.isEmpty()) {
            return;
        }
        if (series.isEmpty()) {
            canvas.write(area.x(), area.y(), "no data", Role.MUTED, area.width());
            return;
        }
        int nameWidth = Math.min(LONGEST_NAME, series.stream().mapToInt(each -> TextWidth.of(each.name())).max().orElse(0));
        int latestWidth = Math.min(LONGEST_LATEST, series.stream().mapToInt(each -> TextWidth.of(each.latest())).max().orElse(0));
        int sparkX = area.x() + nameWidth + 1 + latestWidth + 1;
        int sparkWidth = area.right() - sparkX;
        boolean withSparkline = sparkWidth >= SHORTEST_SPARKLINE;
        for (int index = 0; index < Math.min(series.size(), area.height()); index++) {
            TimeSeriesPanel.Series each = series.get(index);
            int y = area.y() + index;
            canvas.write(area.x(), y, each.name(), Role.MUTED, nameWidth);
            canvas.writeRightAligned(area.x() + nameWidth + 1 + latestWidth, y, each.latest(), Tones.role(each.tone()),
                    latestWidth);
            if (withSparkline) {
                canvas.write(sparkX, y, sparkline(each.points(), sparkWidth, context.glyphs().symbols()),
                        Role.SPARKLINE, sparkWidth);
            }
        }
    }

    /**
     * The newest {@code width} points as one line, scaled from zero (or the lowest point, if
     * negative) to the highest, so a steady non-zero rate reads as a level, not as noise. NaN is a gap.
     */
    static String sparkline(List<Double> points, int width, Symbols symbols) {
        List<Double> shown = points.subList(Math.max(0, points.size() - width), points.size());
        double lowest = 0;
        double highest = 0;
        for (double point : shown) {
            if (!Double.isNaN(point)) {
                lowest = Math.min(lowest, point);
                highest = Math.max(highest, point);
            }
        }
        double range = highest - lowest;
        StringBuilder line = new StringBuilder();
        for (double point : shown) {
            if (Double.isNaN(point)) {
                line.append(' ');
            } else {
                line.append(symbols.sparklineLevel(range == 0 ? 0 : (point - lowest) / range));
            }
        }
        return line.toString();
    }
}
