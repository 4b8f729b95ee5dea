package dev.opcon.console.ui.render;

import dev.opcon.console.ui.canvas.Canvas;
import dev.opcon.console.ui.layout.LayoutMode;
import dev.opcon.themes.model.Role;

/** Below 40x12 nothing useful fits: one line asks for a larger terminal. */
public final class TooSmallRenderer {

    private TooSmallRenderer() {
    }

    public static void render(Canvas canvas) {
        canvas.fill(canvas.bounds(), Role.BACKGROUND);
        String text = "Too small: " + canvas.width() + "x" + canvas.height() + ", need "
                + LayoutMode.SMALLEST_WIDTH + "x" + LayoutMode.SMALLEST_HEIGHT;
        canvas.write(0, canvas.height() / 2, text, Role.WARNING, canvas.width());
    }
}
