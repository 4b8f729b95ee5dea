package dev.opcon.console.ui.render;

import dev.opcon.console.ui.canvas.Canvas;
import dev.opcon.console.ui.canvas.Rectangle;
import dev.opcon.console.ui.view.StatusMessage;
import dev.opcon.themes.model.Role;
import java.util.List;
import java.util.Optional;

/** The bottom line: a message when there is one, else the most useful keys. */
public final class StatusLineRenderer {

    private StatusLineRenderer() {
    }

    public static void render(Canvas canvas, Rectangle area, Optional<StatusMessage> message, List<KeyHint> hints,
                              RenderContext context) {
        if (area.isEmpty()) {
            return;
        }
        Rectangle line = area.line(0);
        canvas.fill(line, Role.BACKGROUND);
        if (message.isPresent() && message.get().shownAt(context.now())) {
            canvas.write(line.x() + 1, line.y(), message.get().text(), role(message.get().level()), line.width() - 2);
            return;
        }
        drawHints(canvas, line, hints);
    }

    /** The first unread warning (a broken theme or config file) instead of the hints, until help is opened. */
    public static void render(Canvas canvas, Rectangle area, ScreenChrome chrome, RenderContext context) {
        if (chrome.message().isEmpty() && chrome.warningsUnread() && !chrome.warnings().isEmpty() && !area.isEmpty()) {
            Rectangle line = area.line(0);
            canvas.fill(line, Role.BACKGROUND);
            int more = chrome.warnings().size() - 1;
            canvas.write(line.x() + 1, line.y(), context.glyphs().symbols().warning() + " " + chrome.warnings().get(0)
                    + (more > 0 ? "  (+" + more + " more)" : "") + "  ? shows all", Role.WARNING, line.width() - 2);
            return;
        }
        render(canvas, area, chrome.message(), chrome.hints(), context);
    }

    /** A text being typed, such as a filter, with a cursor and what Enter and Escape do. */
    public static void renderPrompt(Canvas canvas, Rectangle area, String label, String text, RenderContext context) {
        Rectangle line = area.line(0);
        canvas.fill(line, Role.BACKGROUND);
        int x = line.x() + 1;
        x += canvas.write(x, line.y(), label, Role.KEY_HINT, line.width() - 2);
        x += canvas.write(x, line.y(), text, Role.TEXT, line.right() - x - 1);
        x += canvas.write(x, line.y(), context.glyphs().cursor(), Role.KEY_HINT, line.right() - x - 1);
        canvas.write(x + 2, line.y(), "Enter keep " + context.glyphs().dot() + " Esc clear", Role.MUTED,
                line.right() - x - 3);
    }

    static void drawHints(Canvas canvas, Rectangle line, List<KeyHint> hints) {
        int x = line.x() + 1;
        for (KeyHint hint : hints) {
            int needed = hint.key().length() + 1 + hint.action().length();
            if (x + needed > line.right() - 1) {
                return;
            }
            x += canvas.write(x, line.y(), hint.key(), Role.KEY_HINT);
            x += canvas.write(x + 1, line.y(), hint.action(), Role.MUTED) + 1;
            x += 2;
        }
    }

    private static Role role(StatusMessage.Level level) {
        return switch (level) {
            case INFO -> Role.TEXT;
            case WARNING -> Role.WARNING;
            case ERROR -> Role.ERROR;
        };
    }
}
