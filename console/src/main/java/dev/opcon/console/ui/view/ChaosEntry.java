package dev.opcon.console.ui.view;

/** One line of the demo's chaos menu. */
public record ChaosEntry(String label, String expectedViolation, boolean active, boolean busy) {
}
