package dev.opcon.ratelimiter.metrics;

import dev.opcon.core.error.OpconException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Runs independent blocking calls (PromQL queries, node scrapes) at once and waits for all of
 * them until one shared deadline. A call still running at the deadline is interrupted and reported
 * as timed out; the others keep their answers.
 */
final class ParallelCalls {

    /** Daemon threads, so that a reader nobody closes never keeps the JVM alive; idle ones end after 60 s. */
    private static final ExecutorService EXECUTOR = Executors.newCachedThreadPool(new DaemonThreads());

    /**
     * One call.
     *
     * @param description what is asked, for messages, e.g. "Prometheus at http://p:9090: query 'up'"
     */
    record Call<T>(String description, Supplier<T> action) {
    }

    /** A call's answer, or why there is none; exactly one of the two is set. */
    record Outcome<T>(T value, OpconException failure) {

        boolean succeeded() {
            return failure == null;
        }
    }

    private ParallelCalls() {
    }

    /** The outcomes in the order of the calls; returns by the deadline (plus scheduling noise). */
    static <T> List<Outcome<T>> run(List<Call<T>> calls, Duration deadline) {
        List<Future<T>> futures = new ArrayList<>(calls.size());
        for (Call<T> call : calls) {
            futures.add(EXECUTOR.submit(() -> call.action().get()));
        }
        long deadlineNanos = System.nanoTime() + deadline.toNanos();
        List<Outcome<T>> outcomes = new ArrayList<>(calls.size());
        for (int index = 0; index < calls.size(); index++) {
            outcomes.add(await(calls.get(index), futures.get(index), deadlineNanos, deadline));
        }
        return outcomes;
    }

    private static <T> Outcome<T> await(Call<T> call, Future<T> future, long deadlineNanos, Duration deadline) {
        try {
            long remaining = Math.max(0, deadlineNanos - System.nanoTime());
            return new Outcome<>(future.get(remaining, TimeUnit.NANOSECONDS), null);
        } catch (TimeoutException | CancellationException timedOut) {
            future.cancel(true);
            return new Outcome<>(null, OpconException.unavailable(call.description() + ": no answer within "
                    + deadline.toMillis() + " ms", null));
        } catch (ExecutionException e) {
            return new Outcome<>(null, asOpconException(call, e.getCause()));
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            return new Outcome<>(null, OpconException.unavailable(call.description() + ": interrupted", e));
        }
    }

    private static OpconException asOpconException(Call<?> call, Throwable failure) {
        if (failure instanceof OpconException opconException) {
            return opconException;
        }
        return new OpconException(OpconException.Category.INTERNAL, call.description() + " failed: " + failure,
                failure);
    }

    private static final class DaemonThreads implements ThreadFactory {
        private final AtomicInteger sequence = new AtomicInteger();

        @Override
        public Thread newThread(Runnable task) {
            Thread thread = new Thread(task, "opcon-metrics-" + sequence.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        }
    }
}
