package dev.opcon.console.demo;

import dev.opcon.core.model.Severity;
import dev.opcon.core.model.Violation;
import dev.opcon.core.refresh.RefreshLoop;
import dev.opcon.core.text.SafeText;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Runs the chaos script against a refresh loop with no UI: for each fault, waits for a cluster
 * without that violation, injects the fault, times the first frame showing the violation, undoes
 * the fault and times the first frame without it. Prints a line per step and a table at the end.
 */
final class HeadlessDemo {

    static final Duration HEALTHY_TIMEOUT = Duration.ofSeconds(20);

    private final RefreshLoop loop;
    private final FrameWatcher watcher = new FrameWatcher();
    private final PrintWriter out;

    HeadlessDemo(RefreshLoop loop, PrintWriter out) {
        this.loop = loop;
        this.out = out;
        loop.addListener(watcher);
    }

    /** Runs the script within {@code budget}; faults it has no time left for are reported as not run. */
    List<FaultOutcome> run(List<ScriptedFault> script, Duration budget) throws InterruptedException {
        long deadline = System.nanoTime() + budget.toNanos();
        loop.start();
        List<FaultOutcome> outcomes = new ArrayList<>();
        for (ScriptedFault scripted : script) {
            FaultOutcome outcome = left(deadline).compareTo(scripted.detectionBound()) <= 0
                    ? FaultOutcome.notRun(scripted, "not run: --duration used up")
                    : runOne(scripted, deadline);
            outcomes.add(outcome);
            print("  " + (outcome.passed() ? "ok" : "FAILED") + (outcome.note().isEmpty() ? "" : ": " + outcome.note()));
        }
        return outcomes;
    }

    private FaultOutcome runOne(ScriptedFault scripted, long deadline) throws InterruptedException {
        ClusterFault fault = scripted.fault();
        String invariant = fault.expectedViolation();
        String entity = fault.expectedEntity();
        print(fault.name() + ": " + fault.label());
        Optional<FrameWatcher.TimedFrame> healthy = watcher.awaitFirst(System.nanoTime(),
                frame -> frame.active(invariant, "").isEmpty() && noCritical(frame), min(HEALTHY_TIMEOUT, left(deadline)));
        if (healthy.isEmpty()) {
            return FaultOutcome.notRun(scripted, "not run: the cluster did not become healthy first; active: " + activeNow());
        }
        long injectStart = System.nanoTime();
        String injected = fault.inject();
        // Timed from when the fault is in force: a node's graceful stop, say, takes a moment itself.
        long injectedAt = System.nanoTime();
        print("  " + injected + " (" + seconds(Duration.ofNanos(injectedAt - injectStart)) + ")");
        if (!fault.active()) {
            return FaultOutcome.notRun(scripted, "could not inject the fault");
        }
        Optional<FrameWatcher.TimedFrame> shown = watcher.awaitFirst(injectedAt,
                frame -> frame.active(invariant, entity).isPresent(), patience(scripted.detectionBound(), deadline));
        Optional<Duration> detected = shown.map(frame -> Duration.ofNanos(frame.arrivedNanos() - injectedAt));
        String violation = shown.flatMap(frame -> frame.active(invariant, entity)).map(HeadlessDemo::describe)
                .orElse(describe(invariant, entity));
        print("  " + (detected.isPresent() ? violation + " detected after " + seconds(detected.get()) : invariant + " never showed"));
        long undoStart = System.nanoTime();
        String undone = fault.undo();
        long undoneAt = System.nanoTime();
        print("  " + undone + " (" + seconds(Duration.ofNanos(undoneAt - undoStart)) + ")");
        Optional<FrameWatcher.TimedFrame> gone = watcher.awaitFirst(undoneAt,
                frame -> frame.active(invariant, entity).isEmpty(), patience(scripted.clearBound(), deadline));
        Optional<Duration> cleared = gone.map(frame -> Duration.ofNanos(frame.arrivedNanos() - undoneAt));
        print("  " + (cleared.isPresent() ? invariant + " cleared after " + seconds(cleared.get()) : invariant + " did not clear"));
        return FaultOutcome.measured(scripted, violation, detected, cleared);
    }

    /**
     * Waits past the bound, to report the real time, but not past the budget; an undo is always
     * given its full bound, so a fault is never left unmeasured half-way.
     */
    private static Duration patience(Duration bound, long deadline) {
        return max(bound, min(bound.multipliedBy(2), left(deadline)));
    }

    private static Duration left(long deadline) {
        return Duration.ofNanos(Math.max(0, deadline - System.nanoTime()));
    }

    private static boolean noCritical(FrameWatcher.TimedFrame frame) {
        return frame.frame().active().stream().noneMatch(violation -> violation.severity() == Severity.CRITICAL);
    }

    private String activeNow() {
        return watcher.latest().map(frame -> frame.frame().active().stream().map(HeadlessDemo::describe).toList().toString())
                .orElse("no frame yet");
    }

    private static String describe(Violation violation) {
        return describe(violation.invariant(), violation.entity());
    }

    private static String describe(String invariant, String entity) {
        return entity.isEmpty() ? invariant : invariant + " " + SafeText.of(entity);
    }

    static String seconds(Duration duration) {
        return String.format(Locale.ROOT, "%.1f s", duration.toMillis() / 1000.0);
    }

    private static Duration min(Duration first, Duration second) {
        return first.compareTo(second) <= 0 ? first : second;
    }

    private static Duration max(Duration first, Duration second) {
        return first.compareTo(second) >= 0 ? first : second;
    }

    private void print(String line) {
        out.println(line);
        out.flush();
    }
}
