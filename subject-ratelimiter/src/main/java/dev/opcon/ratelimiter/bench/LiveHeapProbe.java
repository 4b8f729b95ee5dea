package dev.opcon.ratelimiter.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Measures the most live heap a piece of work holds at once: a full collection every 100 ms while it
 * runs, and the heap in use right after each, less what was in use before. Garbage does not count;
 * what the work keeps does. It slows the work down, so it runs apart from the timed runs.
 */
final class LiveHeapProbe {

    private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

    private LiveHeapProbe() {
    }

    static double peakMegabytes(Runnable work) {
        long before = liveHeap();
        AtomicLong peak = new AtomicLong(before);
        ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "heap-probe");
            thread.setDaemon(true);
            return thread;
        });
        sampler.scheduleAtFixedRate(() -> peak.accumulateAndGet(liveHeap(), Math::max), 100, 100, TimeUnit.MILLISECONDS);
        try {
            work.run();
        } finally {
            sampler.shutdownNow();
        }
        return Math.max(0, peak.get() - before) / (1024.0 * 1024.0);
    }

    private static long liveHeap() {
        System.gc();
        return MEMORY.getHeapMemoryUsage().getUsed();
    }
}
