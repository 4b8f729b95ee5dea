package dev.opcon.themes;

import dev.opcon.themes.model.Theme;
import java.util.List;
import java.util.Objects;

/**
 * The theme to draw with, and everything the user should be told about it: user theme files that
 * were skipped, an unknown name that fell back to the default.
 */
public record ThemeChoice(Theme theme, List<String> warnings) {

    public ThemeChoice {
        Objects.requireNonNull(theme, "theme");
        warnings = List.copyOf(warnings);
    }
}
