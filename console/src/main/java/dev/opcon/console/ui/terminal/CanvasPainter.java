package dev.opcon.console.ui.terminal;

import com.googlecode.lanterna.terminal.Terminal;
import dev.opcon.console.ui.canvas.Canvas;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Sends the terminal only what changed since the last frame: runs of changed cells, each written
 * with one cursor move and a style switch only where the style changes. A complete repaint (first
 * frame, resize, theme change, Ctrl-L) clears the screen and writes every cell.
 */
public final class CanvasPainter {

    /** Unchanged cells up to this many between two changes are written again rather than skipped with a move. */
    private static final int GAP_WORTH_REWRITING = 3;

    private final FrameSink sink;
    private final StringBuilder run = new StringBuilder(256);
    private Canvas shown;

    private CanvasPainter(FrameSink sink) {
        this.sink = sink;
    }

    /** Paints through the terminal's own API. */
    public static CanvasPainter of(Terminal terminal) {
        return new CanvasPainter(new TerminalFrameSink(terminal));
    }

    /** Paints as ANSI straight to {@code output}, the stream the (ANSI) terminal writes to. */
    public static CanvasPainter ansi(OutputStream output) {
        return new CanvasPainter(new AnsiFrameSink(output));
    }

    /**
     * Paints {@code canvas}; afterwards the painter keeps it as what the terminal shows, so the
     * caller must not change it, and gets the previous one back to reuse.
     *
     * @return the canvas shown before, free to draw the next frame on (null the first time)
     */
    public Canvas paint(Canvas canvas, TerminalStyles styles, boolean complete) throws IOException {
        boolean everything = complete || shown == null || shown.width() != canvas.width()
                || shown.height() != canvas.height();
        if (everything) {
            sink.clear();
        }
        CellStyle current = null;
        for (int y = 0; y < canvas.height(); y++) {
            int x = 0;
            while (x < canvas.width()) {
                if (!everything && !changed(canvas, x, y)) {
                    x++;
                    continue;
                }
                if (canvas.isContinuation(x, y) && x > 0) {
                    x--;
                }
                sink.moveTo(x, y);
                int unchanged = 0;
                while (x < canvas.width() && unchanged <= GAP_WORTH_REWRITING) {
                    unchanged = everything || changed(canvas, x, y) ? 0 : unchanged + 1;
                    if (!canvas.isContinuation(x, y)) {
                        CellStyle style = styles.style(canvas.role(x, y), canvas.surface(x, y));
                        if (style != current) {
                            flushRun();
                            sink.style(style);
                            current = style;
                        }
                        run.append(canvas.glyph(x, y));
                    }
                    x++;
                }
                flushRun();
            }
        }
        sink.finish();
        Canvas previous = shown;
        shown = canvas;
        return previous;
    }

    /** Forgets what the terminal shows: the next frame is painted completely. */
    public void invalidate() {
        shown = null;
    }

    private boolean changed(Canvas canvas, int x, int y) {
        return !canvas.glyph(x, y).equals(shown.glyph(x, y)) || canvas.role(x, y) != shown.role(x, y)
                || canvas.surface(x, y) != shown.surface(x, y) || canvas.isContinuation(x, y) != shown.isContinuation(x, y);
    }

    private void flushRun() throws IOException {
        if (run.length() > 0) {
            sink.text(run);
            run.setLength(0);
        }
    }
}
