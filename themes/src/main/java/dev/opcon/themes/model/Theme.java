package dev.opcon.themes.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A complete theme: a style for every role, plus the symbols that carry meaning without colour.
 *
 * @param ascii true when the UI should draw with ASCII only: {@link #symbols()} are ASCII, and
 *              borders and lines should use {@code + - |} rather than box-drawing characters
 */
public record Theme(String name, String description, Map<Role, Style> styles, Symbols symbols, boolean ascii) {

    public Theme {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(symbols, "symbols");
        if (name.isBlank()) {
            throw new IllegalArgumentException("a theme needs a name");
        }
        Map<Role, Style> copy = new EnumMap<>(Role.class);
        copy.putAll(styles);
        List<Role> missing = Arrays.stream(Role.values()).filter(role -> copy.get(role) == null).toList();
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("theme " + name + " has no style for " + missing);
        }
        styles = Collections.unmodifiableMap(copy);
    }

    /** The style of {@code role} as the theme states it; for plain text output. */
    public Style style(Role role) {
        return styles.get(role);
    }

    /**
     * The style of {@code role} drawn on {@code surface} (e.g. {@link Role#OVERLAY}), which is itself
     * drawn on {@link Role#BACKGROUND}: default colours are filled in from underneath. For full-screen UIs.
     */
    public Style style(Role role, Role surface) {
        Style surfaceOnBackground = styles.get(surface).over(styles.get(Role.BACKGROUND));
        return styles.get(role).over(surfaceOnBackground);
    }

    /** True when no role uses a colour: the theme relies on emphasis (bold, reverse, ...) only. */
    public boolean colourless() {
        return styles.values().stream().allMatch(Style::colourless);
    }
}
