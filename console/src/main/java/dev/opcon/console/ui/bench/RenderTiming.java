package dev.opcon.console.ui.bench;

import dev.opcon.console.session.Session;
import dev.opcon.console.ui.canvas.Canvas;
import dev.opcon.console.ui.input.KeyMap;
import dev.opcon.console.ui.render.DashboardRenderer;
import dev.opcon.console.ui.render.HeaderInfo;
import dev.opcon.console.ui.render.RenderContext;
import dev.opcon.console.ui.render.ScreenChrome;
import dev.opcon.console.ui.terminal.CanvasPainter;
import dev.opcon.console.ui.terminal.ColourDepth;
import dev.opcon.console.ui.terminal.TerminalStyles;
import dev.opcon.console.ui.view.DashboardView;
import dev.opcon.core.model.Frame;
import dev.opcon.themes.ThemeRegistry;
import dev.opcon.themes.model.Theme;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * How long one frame of the full dashboard takes: drawing it on a canvas, then sending the terminal
 * what changed as ANSI (counted, then dropped), as the console does. Frames alternate between two
 * refreshes of the real subject and two focused panels, so each one changes numbers, ages and
 * borders like a real refresh; every tenth is a complete repaint, as after a resize.
 */
final class RenderTiming {

    static final int WIDTH = 200;
    static final int HEIGHT = 60;
    private static final int WARM_UP = 1_000;
    private static final int MEASURED = 3_000;

    /** Milliseconds at the 50th and 99th percentile. */
    record Percentiles(double p50, double p99) {
    }

    record Result(Percentiles render, Percentiles delta, Percentiles complete, long bytesPerDelta) {
    }

    private RenderTiming() {
    }

    static Result measure(Session session) throws IOException, InterruptedException {
        Frame[] frames = {session.loop().observeOnce(), null};
        Thread.sleep(1_000);
        frames[1] = session.loop().observeOnce();
        Theme theme = ThemeRegistry.bundled().defaultTheme();
        CountingOutput output = new CountingOutput();
        CanvasPainter painter = CanvasPainter.ansi(output);
        TerminalStyles styles = new TerminalStyles(theme, ColourDepth.PALETTE_256);
        HeaderInfo header = new HeaderInfo("ratelimiter", Optional.empty(), session.endpoints(),
                session.loop().interval(), false);
        ScreenChrome chrome = new ScreenChrome(Optional.empty(), KeyMap.DASHBOARD_HINTS, KeyMap.DASHBOARD_HELP,
                List.of(), false, theme.name());
        DashboardView[] views = {new DashboardView(), new DashboardView()};
        views[1].focus("keys");
        double[] render = new double[MEASURED];
        double[] delta = new double[MEASURED];
        double[] complete = new double[MEASURED];
        int deltas = 0;
        int completes = 0;
        long deltaBytes = 0;
        Canvas spare = null;
        for (int iteration = -WARM_UP; iteration < MEASURED; iteration++) {
            long bytesBefore = output.count;
            long started = System.nanoTime();
            Canvas canvas = spare != null ? spare : new Canvas(WIDTH, HEIGHT, "…");
            canvas.clear();
            DashboardRenderer.render(canvas, header, Optional.of(frames[Math.floorMod(iteration, 2)]),
                    views[Math.floorMod(iteration / 2, 2)], chrome,
                    RenderContext.of(theme, Instant.now(), ZoneId.systemDefault()));
            long rendered = System.nanoTime();
            boolean completeRepaint = Math.floorMod(iteration, 10) == 0;
            spare = painter.paint(canvas, styles, completeRepaint);
            long painted = System.nanoTime();
            if (iteration < 0) {
                continue;
            }
            render[iteration] = (rendered - started) / 1e6;
            if (completeRepaint) {
                complete[completes++] = (painted - started) / 1e6;
            } else {
                delta[deltas++] = (painted - started) / 1e6;
                deltaBytes += output.count - bytesBefore;
            }
        }
        return new Result(percentiles(render, MEASURED), percentiles(delta, deltas), percentiles(complete, completes),
                deltaBytes / Math.max(1, deltas));
    }

    private static Percentiles percentiles(double[] samples, int count) {
        double[] sorted = Arrays.copyOf(samples, count);
        Arrays.sort(sorted);
        return new Percentiles(sorted[count / 2], sorted[(int) Math.ceil(count * 0.99) - 1]);
    }

    /** Counts what the terminal would have been sent. */
    private static final class CountingOutput extends OutputStream {
        private long count;

        @Override
        public void write(int value) {
            count++;
        }

        @Override
        public void write(byte[] bytes, int offset, int length) {
            count += length;
        }
    }
}
