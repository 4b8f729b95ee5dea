package dev.opcon.console.ui.render;

import dev.opcon.console.ui.canvas.Canvas;
import dev.opcon.console.ui.canvas.Rectangle;
import dev.opcon.console.ui.canvas.TextWidth;
import dev.opcon.console.ui.layout.LayoutMode;
import dev.opcon.console.ui.view.PickerItem;
import dev.opcon.themes.model.Role;
import java.util.List;

/** The subject picker: the registered subjects, then the contexts of the config file. */
public final class PickerRenderer {

    private PickerRenderer() {
    }

    public static void render(Canvas canvas, List<PickerItem> items, int selected, String configFile,
                              ScreenChrome chrome, RenderContext context) {
        if (LayoutMode.forSize(canvas.width(), canvas.height()) == LayoutMode.TOO_SMALL) {
            TooSmallRenderer.render(canvas);
            return;
        }
        Rectangle screen = canvas.bounds();
        HeaderRenderer.simple(canvas, screen.line(0), "opcon " + context.glyphs().dot() + " pick what to watch", context);
        List<PickerItem> subjects = items.stream().filter(item -> item.kind() == PickerItem.Kind.SUBJECT).toList();
        List<PickerItem> contexts = items.stream().filter(item -> item.kind() == PickerItem.Kind.CONTEXT).toList();
        int nameWidth = items.stream().mapToInt(item -> TextWidth.of(item.name())).max().orElse(8);
        int wanted = Math.max(64, nameWidth + 4 + items.stream().mapToInt(item -> TextWidth.of(item.description()))
                .max().orElse(0) + 4);
        int lines = subjects.size() + Math.max(1, contexts.size()) + 3;
        Rectangle box = screen.below(1).above(1).centred(Math.min(wanted, screen.width() - 2), lines + 2);
        Rectangle inner = PanelBox.draw(canvas, box, "Subjects", "Enter opens", true, context.glyphs());
        int y = inner.y();
        int index = 0;
        for (PickerItem item : subjects) {
            drawItem(canvas, inner, y++, item, index++ == selected, nameWidth);
        }
        y++;
        canvas.write(inner.x() + 1, y++, "Contexts in " + configFile, Role.TABLE_HEADER, inner.width() - 2);
        if (contexts.isEmpty()) {
            canvas.write(inner.x() + 3, y, "none", Role.MUTED, inner.width() - 4);
        }
        for (PickerItem item : contexts) {
            if (y < inner.bottom()) {
                drawItem(canvas, inner, y++, item, index == selected, nameWidth);
            }
            index++;
        }
        StatusLineRenderer.render(canvas, screen.bottomLines(1), chrome, context);
    }

    private static void drawItem(Canvas canvas, Rectangle inner, int y, PickerItem item, boolean selected,
                                 int nameWidth) {
        if (y >= inner.bottom()) {
            return;
        }
        Rectangle line = new Rectangle(inner.x(), y, inner.width(), 1);
        if (selected) {
            canvas.fill(line, Role.SELECTED);
        }
        canvas.write(line.x() + 1, y, selected ? ">" : " ", Role.KEY_HINT, 1);
        canvas.write(line.x() + 3, y, item.name(), Role.TEXT, nameWidth);
        canvas.write(line.x() + 5 + nameWidth, y, item.description(), Role.MUTED, line.right() - line.x() - 6 - nameWidth);
        if (selected) {
            canvas.restyle(line, Role.SELECTED);
        }
    }
}
