package dev.opcon.console.ui.render;

import dev.opcon.console.ui.canvas.Canvas;
import dev.opcon.console.ui.canvas.Rectangle;
import dev.opcon.console.ui.canvas.TextWidth;
import dev.opcon.core.model.Entry;
import dev.opcon.themes.model.Role;
import java.util.List;

/** Draws labels and values in aligned columns; two side by side when they do not fit one above the other. */
public final class KeyValueRenderer {

    private static final int TWO_COLUMNS_FROM_WIDTH = 56;

    private KeyValueRenderer() {
    }

    public static void render(Canvas canvas, Rectangle area, List<Entry> entries, RenderContext context) {
        if (area.isEmpty()) {
            return;
        }
        if (entries.isEmpty()) {
            canvas.write(area.x(), area.y(), "no data", Role.MUTED, area.width());
            return;
        }
        boolean twoColumns = entries.size() > area.height() && area.width() >= TWO_COLUMNS_FROM_WIDTH;
        if (!twoColumns) {
            drawColumn(canvas, area, entries, context);
            return;
        }
        int half = (area.width() - 1) / 2;
        int perColumn = area.height();
        drawColumn(canvas, area.left(half), entries.subList(0, Math.min(perColumn, entries.size())), context);
        if (entries.size() > perColumn) {
            drawColumn(canvas, area.rightOf(half + 1), entries.subList(perColumn, entries.size()), context);
        }
    }

    private static void drawColumn(Canvas canvas, Rectangle area, List<Entry> entries, RenderContext context) {
        int labelWidth = Math.min(entries.stream().mapToInt(entry -> TextWidth.of(entry.label())).max().orElse(0),
                Math.max(4, area.width() / 2));
        int lines = area.height();
        boolean cut = entries.size() > lines;
        int drawn = cut ? lines - 1 : entries.size();
        for (int index = 0; index < drawn; index++) {
            Entry entry = entries.get(index);
            int y = area.y() + index;
            canvas.write(area.x(), y, entry.label(), Role.MUTED, labelWidth);
            int valueX = area.x() + labelWidth + 1;
            canvas.write(valueX, y, entry.value(), Tones.role(entry.tone()), area.right() - valueX);
        }
        if (cut) {
            canvas.write(area.x(), area.y() + lines - 1, context.glyphs().ellipsis() + " "
                    + (entries.size() - drawn) + " more", Role.MUTED, area.width());
        }
    }
}
