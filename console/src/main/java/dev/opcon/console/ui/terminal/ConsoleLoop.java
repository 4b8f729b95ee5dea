package dev.opcon.console.ui.terminal;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.terminal.Terminal;
import dev.opcon.console.ui.app.ConsoleApp;
import dev.opcon.console.ui.app.UiQueue;
import dev.opcon.console.ui.canvas.Canvas;
import dev.opcon.themes.model.Role;
import java.io.IOException;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The UI thread. Each turn it takes the keys typed, the work and newest frames other threads
 * posted, and a resize; it draws only when one of those changed something, or when the second
 * changes (for the clock and the ages); then it parks until something is posted or it is time to
 * poll the keyboard again. It never waits on a source.
 */
public final class ConsoleLoop {

    private static final Logger LOG = LoggerFactory.getLogger(ConsoleLoop.class);
    /** How long the loop parks between keyboard polls while the user types: typing feels immediate. */
    private static final long TYPING_POLL_MILLIS = 15;
    /** Between polls when nobody typed for a while: a first key still answers within a blink, at a third of the wake-ups. */
    private static final long IDLE_POLL_MILLIS = 45;
    private static final long TYPING_NANOS = 2_000_000_000L;
    private static final int KEYS_PER_TURN = 64;

    private final Terminal terminal;
    private final CanvasPainter painter;
    private final ConsoleApp app;
    private final UiQueue queue;
    private final ColourDepth depth;
    private final Clock clock;
    private final LoopProbe probe;
    private final AtomicReference<TerminalSize> resized = new AtomicReference<>();
    private TerminalSize size;
    private TerminalStyles styles;
    private Canvas spare;

    public ConsoleLoop(Terminal terminal, CanvasPainter painter, ConsoleApp app, UiQueue queue, ColourDepth depth,
                       Clock clock, LoopProbe probe) {
        this.terminal = terminal;
        this.painter = painter;
        this.app = app;
        this.queue = queue;
        this.depth = depth;
        this.clock = clock;
        this.probe = probe;
    }

    public void run() throws IOException {
        queue.bindToCurrentThread();
        size = terminal.getTerminalSize();
        // Called on the thread that noticed the resize (a signal handler's): hand it over and wake up.
        terminal.addResizeListener((resizedTerminal, newSize) -> {
            resized.set(newSize);
            queue.invokeLater(() -> { });
        });
        app.start();
        boolean dirty = true;
        boolean complete = true;
        long shownSecond = -1;
        long lastKey = System.nanoTime();
        while (app.running()) {
            long started = System.nanoTime();
            int keys = 0;
            KeyStroke key;
            while (keys < KEYS_PER_TURN && app.running() && (key = terminal.pollInput()) != null) {
                app.handle(key);
                keys++;
            }
            if (!app.running()) {
                return;
            }
            if (keys > 0) {
                dirty = true;
                lastKey = started;
            }
            dirty |= queue.drain(app::frameArrived);
            TerminalSize newSize = resized.getAndSet(null);
            if (newSize != null) {
                size = newSize;
                complete = true;
            }
            long second = clock.millis() / 1000;
            dirty |= complete || second != shownSecond;
            if (dirty) {
                complete |= app.takeFullRedraw();
                draw(complete);
                shownSecond = second;
                dirty = false;
                complete = false;
            }
            probe.turn(System.nanoTime() - started);
            if (keys == 0) {
                boolean typing = System.nanoTime() - lastKey < TYPING_NANOS;
                queue.await(typing ? TYPING_POLL_MILLIS : IDLE_POLL_MILLIS, TimeUnit.MILLISECONDS);
            }
        }
    }

    private void draw(boolean complete) throws IOException {
        long started = System.nanoTime();
        String ellipsis = app.renderContext().glyphs().ellipsis();
        Canvas canvas = spare != null && spare.width() == size.getColumns() && spare.height() == size.getRows()
                && spare.ellipsis().equals(ellipsis) ? spare : new Canvas(size.getColumns(), size.getRows(), ellipsis);
        canvas.clear();
        try {
            app.draw(canvas);
        } catch (RuntimeException bug) {
            // A bug in drawing must not take the terminal down with it: say so and keep going.
            LOG.error("drawing the screen failed", bug);
            canvas.clear();
            canvas.write(0, 0, "opcon: internal error while drawing (" + bug.getClass().getSimpleName()
                    + "); the log file has the details. q quits.", Role.ERROR);
        }
        boolean themeChanged = styles == null || styles.theme() != app.theme();
        if (themeChanged) {
            styles = new TerminalStyles(app.theme(), depth);
        }
        spare = painter.paint(canvas, styles, complete || themeChanged);
        probe.drawn(canvas, System.nanoTime() - started);
    }
}
