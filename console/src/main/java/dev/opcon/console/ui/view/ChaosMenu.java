package dev.opcon.console.ui.view;

import java.util.List;

/** The chaos menu as drawn: its faults and the selected one. */
public record ChaosMenu(List<ChaosEntry> entries, int selected) {

    public ChaosMenu {
        entries = List.copyOf(entries);
    }
}
