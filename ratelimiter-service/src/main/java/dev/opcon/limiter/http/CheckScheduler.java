package dev.opcon.limiter.http;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Runs checks on their own bounded pool, apart from health and management requests, so that a
 * flood of checks (or a slow Redis) never delays /health: a busy node must not look dead.
 *
 * <p>The injected delay (chaos, tests) postpones a check on a timer instead of sleeping in a pool
 * thread: the added latency is then the delay asked for, not the delay times the queue length.
 */
final class CheckScheduler implements Executor {

    private final ExecutorService checkPool;
    private final ScheduledExecutorService delayTimer;
    private volatile Duration delay = Duration.ZERO;

    CheckScheduler(int threads) {
        this.checkPool = Executors.newFixedThreadPool(threads, NamedThreads.daemon("limiter-check"));
        this.delayTimer = Executors.newSingleThreadScheduledExecutor(NamedThreads.daemon("limiter-check-delay"));
    }

    void setDelay(Duration newDelay) {
        if (newDelay == null || newDelay.isNegative()) {
            throw new IllegalArgumentException("the check delay must be zero or positive, got " + newDelay);
        }
        delay = newDelay;
    }

    Duration delay() {
        return delay;
    }

    @Override
    public void execute(Runnable check) {
        Duration current = delay;
        if (current.isZero()) {
            checkPool.execute(check);
        } else {
            delayTimer.schedule(() -> checkPool.execute(check), current.toNanos(), TimeUnit.NANOSECONDS);
        }
    }

    void shutdown() {
        delayTimer.shutdownNow();
        checkPool.shutdownNow();
    }
}
