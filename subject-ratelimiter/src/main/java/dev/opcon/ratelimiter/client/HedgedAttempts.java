package dev.opcon.ratelimiter.client;

import dev.opcon.core.error.OpconException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Asks several equivalent URLs for the same thing without letting a dead or slow one use up the
 * whole budget: the first URL starts at once and may use all of the budget; the next one starts
 * when the previous fails, or after a share of the budget has passed without an answer. The first
 * answer wins and the others are cancelled.
 */
final class HedgedAttempts<T> {

    @FunctionalInterface
    interface Attempt<T> {
        T read(URI url) throws InterruptedException;
    }

    record Winner<T>(URI url, T value) {
    }

    private record Outcome<T>(URI url, T value, OpconException failure) {
    }

    private final ExecutorService executor;
    private final Duration budget;

    HedgedAttempts(ExecutorService executor, Duration budget) {
        this.executor = executor;
        this.budget = budget;
    }

    Winner<T> run(List<URI> urls, Attempt<T> attempt) throws InterruptedException {
        long start = System.nanoTime();
        long deadline = start + budget.toNanos();
        long stagger = budget.toNanos() / (urls.size() + 1);
        ExecutorCompletionService<Outcome<T>> completion = new ExecutorCompletionService<>(executor);
        List<Future<Outcome<T>>> running = new ArrayList<>();
        Map<URI, String> failures = new LinkedHashMap<>();
        boolean anyUnavailable = false;
        int started = 0;
        try {
            running.add(completion.submit(() -> outcome(urls.get(0), attempt)));
            started = 1;
            int finished = 0;
            while (finished < urls.size()) {
                long now = System.nanoTime();
                long nextStart = started < urls.size() ? start + started * stagger : deadline;
                if (now >= deadline) {
                    break;
                }
                Future<Outcome<T>> done = completion.poll(Math.min(nextStart, deadline) - now, TimeUnit.NANOSECONDS);
                if (done == null) {
                    if (started < urls.size() && System.nanoTime() >= nextStart) {
                        URI next = urls.get(started++);
                        running.add(completion.submit(() -> outcome(next, attempt)));
                    }
                    continue;
                }
                finished++;
                Outcome<T> outcome = result(done);
                if (outcome.failure() == null) {
                    return new Winner<>(outcome.url(), outcome.value());
                }
                failures.put(outcome.url(), outcome.failure().getMessage());
                anyUnavailable |= outcome.failure().category() == OpconException.Category.SOURCE_UNAVAILABLE;
                if (started < urls.size()) {
                    URI next = urls.get(started++);
                    running.add(completion.submit(() -> outcome(next, attempt)));
                }
            }
        } finally {
            running.forEach(future -> future.cancel(true));
        }
        for (int index = 0; index < started; index++) {
            if (!failures.containsKey(urls.get(index))) {
                failures.put(urls.get(index), urls.get(index) + ": no answer within " + budget.toMillis() + " ms");
                anyUnavailable = true;
            }
        }
        String message = (urls.size() == 1 ? "" : "no management API answered: ") + String.join("; ", failures.values());
        throw anyUnavailable || failures.isEmpty() ? OpconException.unavailable(message, null) : OpconException.nonsense(message, null);
    }

    private Outcome<T> outcome(URI url, Attempt<T> attempt) throws InterruptedException {
        try {
            return new Outcome<>(url, attempt.read(url), null);
        } catch (OpconException failure) {
            return new Outcome<>(url, null, failure);
        }
    }

    private Outcome<T> result(Future<Outcome<T>> done) throws InterruptedException {
        try {
            return done.get();
        } catch (ExecutionException bug) {
            throw new OpconException(OpconException.Category.INTERNAL, "reading the management API failed: "
                    + bug.getCause(), bug.getCause());
        }
    }
}
