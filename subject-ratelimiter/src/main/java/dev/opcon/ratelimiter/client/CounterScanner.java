package dev.opcon.ratelimiter.client;

import dev.opcon.core.error.OpconException;
import dev.opcon.ratelimiter.model.CounterScan;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * Runs counter passes one at a time on a thread of its own. A pass over a million keys can outlast
 * a refresh's deadline; it then goes on in the background, the refresh gets the previous pass
 * (whose age the console shows), and the next refresh the finished one. Passes never pile up.
 *
 * <p>Passes are also paced: a new one starts only when the last finished pass is older than
 * {@value #DUTY_FACTOR} times that pass's duration (at most {@link #LONGEST_PAUSE}). Scanning thus
 * takes at most about 2.5 % of the time of the console and of the watched Redis: every refresh for
 * a few thousand keys, every few seconds for tens of thousands.
 */
final class CounterScanner implements AutoCloseable {

    private final Supplier<CounterScan> pass;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(runnable -> {
        Thread scanning = new Thread(runnable, "opcon-redis-counters");
        scanning.setDaemon(true);
        return scanning;
    });
    private static final int DUTY_FACTOR = 40;
    private static final Duration LONGEST_PAUSE = Duration.ofSeconds(60);

    private CompletableFuture<CounterScan> running;
    private volatile CounterScan latest;
    private long lastStartedNanos;
    private volatile long lastFinishedNanos;

    CounterScanner(Supplier<CounterScan> pass) {
        this.pass = pass;
    }

    /**
     * Starts a pass unless one is running, and waits up to {@code wait} for it.
     *
     * @return the finished pass, or the previous one when this one is still running
     * @throws OpconException when the pass failed, or is still running and none finished before
     */
    CounterScan read(Duration wait) throws InterruptedException {
        CompletableFuture<CounterScan> scan = startUnlessRunning();
        try {
            CounterScan finished = scan.get(wait.toNanos(), TimeUnit.NANOSECONDS);
            latest = finished;
            return finished;
        } catch (TimeoutException stillRunning) {
            CounterScan previous = latest;
            if (previous != null) {
                return previous;
            }
            throw OpconException.unavailable("the first pass over the counters is still running after "
                    + wait.toMillis() + " ms; it will show on a later refresh", null);
        } catch (ExecutionException failed) {
            if (failed.getCause() instanceof OpconException known) {
                throw known;
            }
            throw new OpconException(OpconException.Category.INTERNAL, "the pass over the counters failed: "
                    + failed.getCause(), failed.getCause());
        }
    }

    /** One pass on the caller's thread (the benchmark times exactly this). */
    CounterScan passNow() {
        return pass.get();
    }

    private synchronized CompletableFuture<CounterScan> startUnlessRunning() {
        if (running == null || running.isDone() && !resting()) {
            lastStartedNanos = System.nanoTime();
            running = CompletableFuture.supplyAsync(pass, thread);
            // Kept even when nobody waits for it any more: the next refresh shows it.
            running.thenAccept(finished -> {
                lastFinishedNanos = System.nanoTime();
                latest = finished;
            });
        }
        return running;
    }

    /** True while the last successful pass is too recent, for its duration, to start another. */
    private boolean resting() {
        if (running.isCompletedExceptionally() || latest == null) {
            return false;
        }
        long duration = Math.max(0, lastFinishedNanos - lastStartedNanos);
        long pause = Math.min(LONGEST_PAUSE.toNanos(), duration * DUTY_FACTOR);
        return System.nanoTime() - lastFinishedNanos < pause;
    }

    @Override
    public void close() {
        thread.shutdownNow();
    }
}
