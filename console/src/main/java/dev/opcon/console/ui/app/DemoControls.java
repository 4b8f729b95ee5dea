package dev.opcon.console.ui.app;

import dev.opcon.console.ui.DemoHooks;
import dev.opcon.console.ui.view.ChaosEntry;
import dev.opcon.console.ui.view.StatusMessage;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The demo's chaos menu and tour, as the UI drives them. Injecting a fault or entering a tour step
 * breaks or mends a real cluster, so it runs on a thread of its own; its answer comes back through
 * the {@link UiQueue} as a status line.
 */
final class DemoControls {

    private static final Logger LOG = LoggerFactory.getLogger(DemoControls.class);

    private final DemoHooks hooks;
    private final UiQueue queue;
    private final ConsoleApp app;
    private final Set<Integer> busy = new HashSet<>();
    private int selected;
    private int tourStep = -1;

    DemoControls(DemoHooks hooks, UiQueue queue, ConsoleApp app) {
        this.hooks = hooks;
        this.queue = queue;
        this.app = app;
    }

    List<ChaosEntry> entries() {
        List<ChaosEntry> entries = new ArrayList<>();
        List<DemoHooks.ChaosControl> controls = hooks.chaos();
        for (int index = 0; index < controls.size(); index++) {
            DemoHooks.ChaosControl control = controls.get(index);
            entries.add(new ChaosEntry(control.label(), control.expectedViolation(), control.active(), busy.contains(index)));
        }
        return entries;
    }

    int selected() {
        return selected;
    }

    void move(int step) {
        int size = hooks.chaos().size();
        if (size > 0) {
            selected = Math.max(0, Math.min(size - 1, selected + step));
        }
    }

    /** Injects or undoes the fault at {@code index} off the UI thread; a fault already changing is left alone. */
    void toggle(int index) {
        List<DemoHooks.ChaosControl> controls = hooks.chaos();
        if (index < 0 || index >= controls.size() || !busy.add(index)) {
            return;
        }
        selected = index;
        DemoHooks.ChaosControl control = controls.get(index);
        app.say((control.active() ? "undoing: " : "injecting: ") + control.label() + "…", StatusMessage.Level.INFO);
        background("opcon-chaos", () -> {
            String line;
            StatusMessage.Level level = StatusMessage.Level.INFO;
            try {
                line = control.toggle();
            } catch (RuntimeException failed) {
                LOG.warn("chaos '{}' failed", control.label(), failed);
                line = control.label() + " failed: " + failed.getMessage();
                level = StatusMessage.Level.ERROR;
            }
            String said = line;
            StatusMessage.Level saidLevel = level;
            queue.invokeLater(() -> {
                busy.remove(index);
                app.say(said, saidLevel);
            });
        });
    }

    boolean hasTour() {
        return hooks.tour().isPresent() && !hooks.tour().get().steps().isEmpty();
    }

    /** The narration line of the current tour step, once the tour has started. */
    Optional<String> narration() {
        if (!hasTour() || tourStep < 0) {
            return Optional.empty();
        }
        DemoHooks.Tour tour = hooks.tour().get();
        boolean last = tourStep == tour.steps().size() - 1;
        return Optional.of(tour.name() + " " + (tourStep + 1) + "/" + tour.steps().size() + ": "
                + tour.steps().get(tourStep).narration() + (last ? "" : "   (Space: next)"));
    }

    /** Enters the next step of the tour (the first, at the start). */
    void nextStep() {
        if (!hasTour()) {
            return;
        }
        List<DemoHooks.TourStep> steps = hooks.tour().get().steps();
        if (tourStep >= steps.size() - 1) {
            app.say("the tour is over; c opens the chaos menu", StatusMessage.Level.INFO);
            return;
        }
        tourStep++;
        DemoHooks.TourStep step = steps.get(tourStep);
        background("opcon-tour", () -> {
            try {
                step.enter();
            } catch (RuntimeException failed) {
                LOG.warn("tour step failed", failed);
                queue.invokeLater(() -> app.say("tour step failed: " + failed.getMessage(), StatusMessage.Level.ERROR));
            }
        });
    }

    private static void background(String name, Runnable work) {
        Thread thread = new Thread(work, name);
        thread.setDaemon(true);
        thread.start();
    }
}
