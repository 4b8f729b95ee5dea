package dev.opcon.console.ui.render;

import dev.opcon.console.ui.canvas.Canvas;
import dev.opcon.console.ui.canvas.Rectangle;
import dev.opcon.console.ui.layout.LayoutMode;
import dev.opcon.core.spi.Durations;
import dev.opcon.core.text.Secrets;
import dev.opcon.themes.model.Role;
import java.time.Duration;
import java.util.List;

/** Shown while a session opens and its first refresh runs, off the UI thread. */
public final class ConnectingRenderer {

    private ConnectingRenderer() {
    }

    public static void render(Canvas canvas, String subject, List<String> endpoints, Duration waited,
                              ScreenChrome chrome, RenderContext context) {
        if (LayoutMode.forSize(canvas.width(), canvas.height()) == LayoutMode.TOO_SMALL) {
            TooSmallRenderer.render(canvas);
            return;
        }
        Rectangle screen = canvas.bounds();
        HeaderRenderer.simple(canvas, screen.line(0), "opcon " + context.glyphs().dot() + " " + subject, context);
        Rectangle box = screen.below(1).above(1).centred(Math.min(screen.width() - 2, 72), endpoints.size() + 6);
        Rectangle inner = PanelBox.draw(canvas, box, "Connecting", "", true, context.glyphs());
        canvas.write(inner.x() + 1, inner.y() + 1, "Connecting to " + subject + context.glyphs().ellipsis() + "  "
                + Durations.format(waited), Role.TEXT, inner.width() - 2);
        int y = inner.y() + 2;
        for (String endpoint : endpoints) {
            canvas.write(inner.x() + 3, y++, Secrets.maskUrl(endpoint), Role.MUTED, inner.width() - 4);
        }
        StatusLineRenderer.render(canvas, screen.bottomLines(1), chrome, context);
    }
}
