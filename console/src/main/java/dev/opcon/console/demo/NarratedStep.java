package dev.opcon.console.demo;

import dev.opcon.console.ui.DemoHooks;
import java.util.Objects;

/** One step of a tour: the narration line, and what reaching it does (often nothing). */
record NarratedStep(String narration, Runnable action) implements DemoHooks.TourStep {

    NarratedStep {
        Objects.requireNonNull(narration, "narration");
        Objects.requireNonNull(action, "action");
    }

    static NarratedStep say(String narration) {
        return new NarratedStep(narration, () -> { });
    }

    @Override
    public void enter() {
        action.run();
    }
}
