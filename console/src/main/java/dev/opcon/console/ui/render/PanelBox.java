package dev.opcon.console.ui.render;

import dev.opcon.console.ui.canvas.Canvas;
import dev.opcon.console.ui.canvas.Rectangle;
import dev.opcon.themes.model.Role;

/** A panel's frame: a border with the title and a note on top, and a right-hand remark. */
public final class PanelBox {

    private PanelBox() {
    }

    /** Draws the frame and returns the area inside it. */
    public static Rectangle draw(Canvas canvas, Rectangle area, String title, String note, boolean focused,
                                 Glyphs glyphs) {
        if (area.width() < 4 || area.height() < 2) {
            canvas.fill(area, Role.BACKGROUND);
            return new Rectangle(area.x(), area.y(), 0, 0);
        }
        Role border = focused ? Role.BORDER_FOCUSED : Role.BORDER;
        int top = area.y();
        int bottom = area.bottom() - 1;
        int right = area.right() - 1;
        canvas.write(area.x(), top, glyphs.topLeft(), border, 1);
        canvas.repeat(area.x() + 1, top, area.width() - 2, glyphs.horizontal(), border);
        canvas.write(right, top, glyphs.topRight(), border, 1);
        for (int y = top + 1; y < bottom; y++) {
            canvas.write(area.x(), y, glyphs.vertical(), border, 1);
            canvas.write(right, y, glyphs.vertical(), border, 1);
        }
        canvas.write(area.x(), bottom, glyphs.bottomLeft(), border, 1);
        canvas.repeat(area.x() + 1, bottom, area.width() - 2, glyphs.horizontal(), border);
        canvas.write(right, bottom, glyphs.bottomRight(), border, 1);
        drawTitle(canvas, area, title, note, focused);
        return area.inner();
    }

    /** Writes a remark (such as "1-20 of 120") at the right of the top border, over the border line. */
    public static void remark(Canvas canvas, Rectangle area, String remark) {
        int room = (area.width() - 2) / 3;
        if (remark.isEmpty() || room < 5) {
            return;
        }
        String shown = " " + remark + " ";
        canvas.writeRightAligned(area.right() - 1, area.y(), shown, Role.MUTED, room);
    }

    private static void drawTitle(Canvas canvas, Rectangle area, String title, String note, boolean focused) {
        int start = area.x() + 1;
        int end = area.right() - 1;
        String shownTitle = " " + title + " ";
        int x = start + canvas.write(start, area.y(), shownTitle, Role.TITLE, end - start);
        if (focused) {
            // The focus reads without colour too: the title is marked, not only the border.
            canvas.write(start, area.y(), "[", Role.BORDER_FOCUSED, 1);
            canvas.write(x - 1, area.y(), "]", Role.BORDER_FOCUSED, 1);
        }
        if (!note.isEmpty() && end - x > 3) {
            canvas.write(x, area.y(), " " + note + " ", Role.MUTED, end - x);
        }
    }
}
