package dev.opcon.console.ui;

import java.util.List;
import java.util.Optional;

/**
 * What the demo adds to the console: the chaos menu ({@code c}) and a presenter's tour.
 * Present only in demo mode. Implemented by {@code dev.opcon.console.demo}; the UI only calls it.
 *
 * <p>Every call may do I/O (it breaks a real cluster), so the UI calls {@link ChaosControl#toggle}
 * and {@link TourStep#enter} off its own thread and shows the returned line when it comes back.
 */
public interface DemoHooks {

    /** The faults the chaos menu lists, in menu order. */
    List<ChaosControl> chaos();

    /** The tour to present with {@code --tour}, advanced with Space. */
    Optional<Tour> tour();

    /** One fault that can be injected and undone from the same menu entry. */
    interface ChaosControl {
        /** The menu's label, e.g. "Kill node n2". */
        String label();

        /** The violation it produces, e.g. "node_down". */
        String expectedViolation();

        /** True while the fault is injected (the menu then offers its undo). */
        boolean active();

        /** Injects the fault or undoes it; returns a line for the status bar. Blocking I/O. */
        String toggle();
    }

    /** A presenter's script: a narration line per step. */
    interface Tour {
        String name();

        List<TourStep> steps();
    }

    interface TourStep {
        /** The narration shown at the bottom of the screen. */
        String narration();

        /** What the step does when reached (inject a fault, undo it, nothing). Blocking I/O. */
        void enter();
    }
}
