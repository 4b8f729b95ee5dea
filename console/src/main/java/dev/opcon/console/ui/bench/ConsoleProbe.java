package dev.opcon.console.ui.bench;

import com.googlecode.lanterna.TerminalSize;
import dev.opcon.console.config.ConfigFile;
import dev.opcon.console.session.Session;
import dev.opcon.console.session.SessionOpener;
import dev.opcon.console.ui.ConsoleLaunch;
import dev.opcon.console.ui.FullScreenConsole;
import dev.opcon.console.ui.canvas.Canvas;
import dev.opcon.console.ui.terminal.CanvasPainter;
import dev.opcon.console.ui.terminal.LoopProbe;
import dev.opcon.core.registry.SubjectRegistry;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The child JVM of the UI benchmark, so that what is measured is one process: the console alone
 * (its CPU time and heap), an idle JVM (the baseline), or the time to a first frame. Prints
 * {@code RESULT name value} lines on standard output; the console draws on an off-screen terminal.
 */
public final class ConsoleProbe {

    private ConsoleProbe() {
    }

    /**
     * {@code idle WARM MEASURE}, {@code console WARM MEASURE NODE_URLS REDIS_URL},
     * {@code first-frame NODE_URLS REDIS_URL} or {@code frames NODE_URLS REDIS_URL}.
     */
    public static void main(String[] arguments) throws Exception {
        switch (arguments[0]) {
            case "idle" -> idle(Duration.ofSeconds(Long.parseLong(arguments[1])), Duration.ofSeconds(Long.parseLong(arguments[2])));
            case "console" -> console(Duration.ofSeconds(Long.parseLong(arguments[1])),
                    Duration.ofSeconds(Long.parseLong(arguments[2])), arguments[3], arguments[4]);
            case "first-frame" -> firstFrame(arguments[1], arguments[2]);
            case "frames" -> frames(arguments[1], arguments[2]);
            default -> throw new IllegalArgumentException("unknown mode " + arguments[0]);
        }
        System.exit(0);
    }

    private static void idle(Duration warm, Duration measure) throws InterruptedException {
        Thread.sleep(warm.toMillis());
        long cpuBefore = processCpuNanos();
        long started = System.nanoTime();
        HeapPeak peak = HeapPeak.start();
        Thread.sleep(measure.toMillis());
        report(cpuBefore, started, peak);
    }

    private static void console(Duration warm, Duration measure, String nodeUrls, String redisUrl) throws Exception {
        AtomicLong frames = new AtomicLong();
        PipedOutputStream keys = new PipedOutputStream();
        Thread ui = startConsole(nodeUrls, redisUrl, keys, new LoopProbe() {
            @Override
            public void drawn(Canvas canvas, long nanos) {
                frames.incrementAndGet();
            }
        });
        Thread.sleep(warm.toMillis());
        long cpuBefore = processCpuNanos();
        long framesBefore = frames.get();
        ThreadCpu byThread = ThreadCpu.start();
        long started = System.nanoTime();
        HeapPeak peak = HeapPeak.start();
        Thread.sleep(measure.toMillis());
        double elapsed = System.nanoTime() - started;
        byThread.percentByGroup(elapsed)
                .forEach((group, percent) -> System.out.println("RESULT cpu_" + group + "_percent " + percent));
        System.out.println("BUSIEST " + byThread.busiestRefreshThreads(elapsed, 4));
        report(cpuBefore, started, peak);
        System.out.println("RESULT frames_per_second " + (frames.get() - framesBefore) * 1e9 / (System.nanoTime() - started));
        keys.write('q');
        keys.flush();
        ui.join(5_000);
    }

    private static void firstFrame(String nodeUrls, String redisUrl) throws Exception {
        CountDownLatch dashboard = new CountDownLatch(1);
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        startConsole(nodeUrls, redisUrl, new PipedOutputStream(), new LoopProbe() {
            private boolean first = true;

            @Override
            public void drawn(Canvas canvas, long nanos) {
                if (first) {
                    first = false;
                    System.out.println("FIRST_FRAME " + (System.currentTimeMillis() - jvmStart));
                }
                if (dashboard.getCount() > 0 && canvas.toText().contains("Nodes 3")) {
                    System.out.println("FIRST_DASHBOARD " + (System.currentTimeMillis() - jvmStart));
                    dashboard.countDown();
                }
            }
        });
        if (!dashboard.await(30, TimeUnit.SECONDS)) {
            System.out.println("FAILED no dashboard within 30 s");
        }
    }

    private static void frames(String nodeUrls, String redisUrl) throws Exception {
        try (Session session = opener().open("ratelimiter", Map.of("ratelimiter-url", nodeUrls, "redis-url", redisUrl),
                Optional.empty(), Duration.ofSeconds(1))) {
            RenderTiming.Result result = RenderTiming.measure(session);
            System.out.println("RESULT render_p50 " + result.render().p50());
            System.out.println("RESULT render_p99 " + result.render().p99());
            System.out.println("RESULT delta_p50 " + result.delta().p50());
            System.out.println("RESULT delta_p99 " + result.delta().p99());
            System.out.println("RESULT complete_p50 " + result.complete().p50());
            System.out.println("RESULT complete_p99 " + result.complete().p99());
            System.out.println("RESULT delta_bytes " + result.bytesPerDelta());
        }
    }

    private static SessionOpener opener() {
        return new SessionOpener(SubjectRegistry.fromClassPath(),
                new ConfigFile(Path.of("/nonexistent/opcon/config.json"), List.of(), List.of()), Map.of());
    }

    private static Thread startConsole(String nodeUrls, String redisUrl, PipedOutputStream keys, LoopProbe probe)
            throws IOException {
        PipedInputStream input = new PipedInputStream(keys);
        OutputStream output = OutputStream.nullOutputStream();
        OffscreenTerminal terminal = new OffscreenTerminal(input, output, new TerminalSize(200, 60));
        ConsoleLaunch launch = new ConsoleLaunch(opener(), Optional.of("ratelimiter"), Optional.empty(),
                Map.of("ratelimiter-url", nodeUrls, "redis-url", redisUrl), "default", Duration.ofSeconds(1),
                Map.of("TERM", "xterm-256color"), Optional.empty());
        Thread ui = new Thread(() -> FullScreenConsole.run(launch, terminal, CanvasPainter.ansi(output), probe),
                "opcon-ui");
        ui.setDaemon(true);
        ui.start();
        return ui;
    }

    private static void report(long cpuBefore, long started, HeapPeak peak) {
        double elapsed = System.nanoTime() - started;
        peak.stop();
        System.gc();
        long afterGc = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        System.out.println("RESULT cpu_percent " + 100.0 * (processCpuNanos() - cpuBefore) / elapsed);
        System.out.println("RESULT heap_after_gc_mb " + afterGc / 1048576.0);
        System.out.println("RESULT heap_peak_mb " + peak.peak() / 1048576.0);
        System.out.println("RESULT heap_committed_mb "
                + ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getCommitted() / 1048576.0);
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** The highest heap use seen, sampled twice a second. */
    private static final class HeapPeak {
        private final AtomicLong peak = new AtomicLong();
        private final Thread sampler;

        private HeapPeak() {
            sampler = new Thread(() -> {
                while (!Thread.currentThread().isInterrupted()) {
                    peak.accumulateAndGet(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max);
                    try {
                        Thread.sleep(500);
                    } catch (InterruptedException stop) {
                        return;
                    }
                }
            }, "heap-peak");
            sampler.setDaemon(true);
        }

        static HeapPeak start() {
            HeapPeak heapPeak = new HeapPeak();
            heapPeak.sampler.start();
            return heapPeak;
        }

        void stop() {
            sampler.interrupt();
        }

        long peak() {
            return peak.get();
        }
    }
}
