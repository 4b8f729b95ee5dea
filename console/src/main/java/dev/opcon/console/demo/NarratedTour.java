package dev.opcon.console.demo;

import dev.opcon.console.ui.DemoHooks;
import java.util.List;

/** A presenter's script, advanced with Space. */
record NarratedTour(String name, String description, List<DemoHooks.TourStep> steps) implements DemoHooks.Tour {

    NarratedTour {
        steps = List.copyOf(steps);
    }
}
