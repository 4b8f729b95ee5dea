package dev.opcon.console.ui.render;

/** A key and what it does, as the status line and the help show it. */
public record KeyHint(String key, String action) {
}
