package dev.opcon.core.refresh;

import dev.opcon.core.model.Finding;
import dev.opcon.core.model.Frame;
import dev.opcon.core.model.Observation;
import dev.opcon.core.model.ObservationBody;
import dev.opcon.core.spi.Source;
import dev.opcon.core.spi.SourceResults;
import dev.opcon.core.spi.Subject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

/**
 * Observes a subject every interval on its own thread and hands each {@link Frame} to its
 * listeners. Sources run with hard deadlines ({@link SourceRunner}); grace periods and the
 * violation log are applied here, once, for every view.
 *
 * <p>Listeners are called on the refresh thread and must only hand the frame over (a UI posts it
 * to its own thread); they never do I/O there.
 */
public final class RefreshLoop implements AutoCloseable {

    public static final Duration MINIMUM_INTERVAL = Duration.ofMillis(250);
    private static final System.Logger LOG = System.getLogger(RefreshLoop.class.getName());

    private final Subject subject;
    private final Clock clock;
    private final SourceRunner runner;
    private final GraceTracker graceTracker = new GraceTracker();
    private final ViolationLog violationLog = new ViolationLog(500);
    private final List<Consumer<Frame>> listeners = new CopyOnWriteArrayList<>();
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition wake = lock.newCondition();

    private volatile Duration interval;
    private volatile boolean paused;
    private volatile Frame latest;
    private boolean refreshRequested;
    private boolean closed;
    private long sequence;
    private Thread thread;

    public RefreshLoop(Subject subject, Duration interval, Clock clock) {
        this.subject = Objects.requireNonNull(subject, "subject");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.interval = atLeastMinimum(interval);
        this.runner = new SourceRunner(clock);
    }

    public RefreshLoop(Subject subject, Duration interval) {
        this(subject, interval, Clock.systemUTC());
    }

    public Subject subject() {
        return subject;
    }

    public void addListener(Consumer<Frame> listener) {
        listeners.add(listener);
    }

    /** Starts refreshing on a daemon thread named {@code opcon-refresh}; the first refresh is immediate. */
    public void start() {
        lock.lock();
        try {
            if (thread != null) {
                return;
            }
            thread = new Thread(this::run, "opcon-refresh");
            thread.setDaemon(true);
            thread.start();
        } finally {
            lock.unlock();
        }
    }

    /** One synchronous refresh: what {@code opcon check} without {@code --watch} uses. */
    public synchronized Frame observeOnce() {
        Instant start = clock.instant();
        SourceResults first = runner.run(subject.sources());
        List<Source<?>> followUps = subject.followUpSources(first);
        SourceResults all = followUps.isEmpty() ? first : first.merge(runner.run(followUps));
        ObservationBody body = subject.assemble(all, start);
        Instant end = clock.instant();
        Observation observation = new Observation(subject.name(), start, Duration.between(start, end),
                all.statuses(), body.data(), body.panels());
        List<Finding> findings = subject.invariants().check(observation);
        violationLog.update(graceTracker.apply(findings, end), end);
        Frame frame = new Frame(++sequence, observation, violationLog.active(), violationLog.resolved());
        latest = frame;
        return frame;
    }

    public Optional<Frame> latest() {
        return Optional.ofNullable(latest);
    }

    public void refreshNow() {
        signal(() -> refreshRequested = true);
    }

    public void setPaused(boolean paused) {
        this.paused = paused;
        signal(() -> { });
    }

    public boolean paused() {
        return paused;
    }

    public void setInterval(Duration interval) {
        this.interval = atLeastMinimum(interval);
        signal(() -> { });
    }

    public Duration interval() {
        return interval;
    }

    @Override
    public void close() {
        signal(() -> closed = true);
        Thread running;
        lock.lock();
        try {
            running = thread;
        } finally {
            lock.unlock();
        }
        if (running != null) {
            running.interrupt();
            try {
                running.join(2_000);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
        }
        runner.close();
        subject.close();
    }

    private void run() {
        while (!isClosed()) {
            if (!paused || takeRefreshRequest()) {
                refreshAndPublish();
            }
            waitForNextTick();
        }
    }

    private void refreshAndPublish() {
        try {
            Frame frame = observeOnce();
            for (Consumer<Frame> listener : listeners) {
                listener.accept(frame);
            }
        } catch (RuntimeException bug) {
            // A bug in a subject must not stop the watcher: the next refresh tries again.
            LOG.log(System.Logger.Level.ERROR, "refresh of " + subject.name() + " failed", bug);
        }
    }

    private void waitForNextTick() {
        lock.lock();
        try {
            long tickStart = System.nanoTime();
            long remaining;
            // Re-read the interval on every wake-up, so "+" and "-" act on the tick in progress.
            while (!closed && !refreshRequested
                    && (remaining = interval.toNanos() - (System.nanoTime() - tickStart)) > 0) {
                wake.awaitNanos(remaining);
            }
            if (!paused) {
                refreshRequested = false;
            }
        } catch (InterruptedException interrupted) {
            closed = true;
        } finally {
            lock.unlock();
        }
    }

    private boolean takeRefreshRequest() {
        lock.lock();
        try {
            boolean requested = refreshRequested;
            refreshRequested = false;
            return requested;
        } finally {
            lock.unlock();
        }
    }

    private boolean isClosed() {
        lock.lock();
        try {
            return closed;
        } finally {
            lock.unlock();
        }
    }

    private void signal(Runnable change) {
        lock.lock();
        try {
            change.run();
            wake.signalAll();
        } finally {
            lock.unlock();
        }
    }

    private static Duration atLeastMinimum(Duration interval) {
        return interval.compareTo(MINIMUM_INTERVAL) < 0 ? MINIMUM_INTERVAL : interval;
    }
}
