package dev.opcon.console.ui.render;

import dev.opcon.console.ui.canvas.Canvas;
import dev.opcon.console.ui.canvas.Rectangle;
import dev.opcon.console.ui.canvas.TextWidth;
import dev.opcon.core.model.Frame;
import dev.opcon.core.model.Panel;
import dev.opcon.core.model.TablePanel;
import dev.opcon.core.model.Violation;
import dev.opcon.themes.model.Role;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The two lines the compact layout adds: panel tabs, and a one-line violation summary. */
public final class CompactRenderer {

    private CompactRenderer() {
    }

    /** One tab per panel, the focused one highlighted; scrolled so the focused one is always shown. */
    public static void tabs(Canvas canvas, Rectangle line, List<Panel> panels, String focused, RenderContext context) {
        List<String> labels = new ArrayList<>();
        int focusedIndex = 0;
        for (int index = 0; index < panels.size(); index++) {
            Panel panel = panels.get(index);
            String label = panel.title();
            if (panel instanceof TablePanel table && panel.id().equals(ViolationTables.ACTIVE_ID)) {
                label += " " + table.rows().size();
            }
            labels.add(" " + label + " ");
            if (panel.id().equals(focused)) {
                focusedIndex = index;
            }
        }
        int first = 0;
        while (first < focusedIndex && widthOf(labels, first, focusedIndex) > line.width() - 2) {
            first++;
        }
        int x = line.x() + (first > 0 ? canvas.write(line.x(), line.y(), context.glyphs().ellipsis(), Role.MUTED, 1) : 0);
        for (int index = first; index < labels.size() && x < line.right(); index++) {
            boolean isFocused = index == focusedIndex;
            int written = canvas.write(x, line.y(), labels.get(index), isFocused ? Role.SELECTED : Role.MUTED,
                    line.right() - x);
            if (isFocused) {
                canvas.restyle(new Rectangle(x, line.y(), written, 1), Role.SELECTED);
            }
            x += written + 1;
        }
    }

    /** The most severe of the newest violations, and how many more there are. */
    public static void summary(Canvas canvas, Rectangle line, Optional<Frame> frame, RenderContext context) {
        List<Violation> active = frame.map(Frame::active).orElse(List.of());
        if (active.isEmpty()) {
            String text = frame.isPresent() ? context.glyphs().symbols().ok() + " no active violations"
                    : "waiting for the first refresh";
            canvas.write(line.x() + 1, line.y(), text, frame.isPresent() ? Role.OK : Role.MUTED, line.width() - 2);
            return;
        }
        Violation shown = active.stream().min(Comparator.comparing(Violation::severity)).orElseThrow();
        String text = Tones.symbol(shown.severity(), context.glyphs().symbols()) + " " + shown.invariant()
                + (shown.entity().isEmpty() ? "" : " " + shown.entity()) + ": " + shown.message();
        String more = active.size() > 1 ? "  +" + (active.size() - 1) + " more" : "";
        int moreWidth = TextWidth.of(more);
        int written = canvas.write(line.x() + 1, line.y(), text, Tones.role(shown.severity()),
                line.width() - 2 - moreWidth);
        canvas.write(line.x() + 1 + written, line.y(), more, Role.MUTED, moreWidth);
    }

    private static int widthOf(List<String> labels, int from, int to) {
        int width = 0;
        for (int index = from; index <= to; index++) {
            width += TextWidth.of(labels.get(index)) + 1;
        }
        return width;
    }
}
