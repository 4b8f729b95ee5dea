package dev.opcon.console.ui.view;

import dev.opcon.core.model.Row;

/** What is drawn over the dashboard; Escape closes the topmost. */
public sealed interface Overlay permits Overlay.Help, Overlay.History, Overlay.Detail, Overlay.Chaos {

    /** Every key, and the warnings of the themes and the config file. */
    record Help() implements Overlay {
    }

    /** The demo's faults, to inject and undo. */
    record Chaos() implements Overlay {
    }

    /** The resolved violations. */
    record History() implements Overlay {
    }

    /**
     * One row's details. The row is looked up again in every new frame, so the details stay live;
     * {@code opened} is what is shown once the row has gone.
     */
    record Detail(String panelId, String panelTitle, Row opened) implements Overlay {
    }
}
