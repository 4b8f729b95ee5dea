package dev.opcon.themes.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The 16 colours every colour terminal has; the terminal's palette decides their exact shade. */
public enum AnsiColour {
    BLACK, RED, GREEN, YELLOW, BLUE, MAGENTA, CYAN, WHITE,
    BRIGHT_BLACK, BRIGHT_RED, BRIGHT_GREEN, BRIGHT_YELLOW, BRIGHT_BLUE, BRIGHT_MAGENTA, BRIGHT_CYAN, BRIGHT_WHITE;

    /** The SGR palette index, 0 to 15 (black is 0, bright white is 15). */
    public int index() {
        return ordinal();
    }

    public boolean bright() {
        return index() >= 8;
    }

    /** The name used in theme files, e.g. {@code bright_red}. */
    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Reads {@code bright_red}, {@code bright-red} or {@code Bright_Red}. */
    public static Optional<AnsiColour> fromJsonName(String jsonName) {
        String normalised = jsonName.toLowerCase(Locale.ROOT).replace('-', '_');
        return Arrays.stream(values()).filter(colour -> colour.jsonName().equals(normalised)).findFirst();
    }
}
