package dev.opcon.core.refresh;

import dev.opcon.core.error.OpconException;
import dev.opcon.core.model.SourceStatus;
import dev.opcon.core.spi.Source;
import dev.opcon.core.spi.SourceResults;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs the sources of one phase at once, each against its own hard deadline. A source that misses
 * its deadline is reported as an error and left running; while it still runs, later refreshes
 * report it stale instead of piling up more reads of the same slow thing.
 */
final class SourceRunner implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(SourceRunner.class.getName());

    private final Clock clock;
    private final ExecutorService pool;
    private final Map<String, InFlight> inFlight = new HashMap<>();
    private final Map<String, Instant> lastSuccess = new HashMap<>();

    /** A read and whether its thread is still busy: a cancelled future is done, its thread may not be. */
    private record InFlight(java.util.concurrent.atomic.AtomicBoolean running, long startedNanos) {
    }

    SourceRunner(Clock clock) {
        this.clock = clock;
        AtomicInteger counter = new AtomicInteger();
        this.pool = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "opcon-source-" + counter.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    synchronized SourceResults run(List<Source<?>> sources) {
        long startNanos = System.nanoTime();
        List<Started> started = new ArrayList<>();
        SourceResults results = SourceResults.empty();
        for (Source<?> source : sources) {
            InFlight previous = inFlight.get(source.name());
            if (previous != null && previous.running().get()) {
                Duration running = Duration.ofNanos(startNanos - previous.startedNanos());
                results = results.with(SourceStatus.stale(source.name(), source.endpoint(), running,
                        Optional.ofNullable(lastSuccess.get(source.name()))), null);
                continue;
            }
            var running = new java.util.concurrent.atomic.AtomicBoolean(true);
            Future<Object> future = pool.submit(() -> {
                try {
                    return source.fetch().fetch();
                } finally {
                    running.set(false);
                }
            });
            inFlight.put(source.name(), new InFlight(running, startNanos));
            started.add(new Started(source, future));
        }
        for (Started each : started) {
            results = results.merge(await(each, startNanos));
        }
        return results;
    }

    private record Started(Source<?> source, Future<Object> future) {
    }

    /** Deadlines and latencies use the monotonic clock; the injected clock only stamps times. */
    private SourceResults await(Started started, long startNanos) {
        Source<?> source = started.source();
        long waitNanos = Math.max(0, startNanos + source.deadline().toNanos() - System.nanoTime());
        try {
            Object value = started.future().get(waitNanos, TimeUnit.NANOSECONDS);
            Instant now = clock.instant();
            lastSuccess.put(source.name(), now);
            return SourceResults.empty().with(SourceStatus.ok(source.name(), source.endpoint(),
                    since(startNanos), now), value);
        } catch (TimeoutException timedOut) {
            // Interrupt the read; a read that ignores interrupts stays in flight and shows as stale.
            started.future().cancel(true);
            return failed(source, startNanos, "no answer within " + source.deadline().toMillis() + " ms",
                    OpconException.Category.SOURCE_UNAVAILABLE);
        } catch (ExecutionException failure) {
            return failed(source, startNanos, failure.getCause());
        } catch (CancellationException cancelled) {
            return failed(source, startNanos, "cancelled", OpconException.Category.SOURCE_UNAVAILABLE);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            started.future().cancel(true);
            return failed(source, startNanos, "interrupted", OpconException.Category.SOURCE_UNAVAILABLE);
        }
    }

    private SourceResults failed(Source<?> source, long startNanos, Throwable cause) {
        if (cause instanceof OpconException known) {
            LOG.log(System.Logger.Level.DEBUG, () -> "source " + source.name() + " failed: " + known.getMessage(), known);
            return failed(source, startNanos, known.getMessage(), known.category());
        }
        LOG.log(System.Logger.Level.WARNING, "source " + source.name() + " failed unexpectedly", cause);
        return failed(source, startNanos, cause.getClass().getSimpleName() + ": " + cause.getMessage(),
                OpconException.Category.INTERNAL);
    }

    private SourceResults failed(Source<?> source, long startNanos, String reason, OpconException.Category category) {
        return SourceResults.empty().with(SourceStatus.failed(source.name(), source.endpoint(),
                since(startNanos), dev.opcon.core.text.SafeText.of(reason), category,
                Optional.ofNullable(lastSuccess.get(source.name()))), null);
    }

    private static Duration since(long startNanos) {
        return Duration.ofNanos(System.nanoTime() - startNanos);
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
