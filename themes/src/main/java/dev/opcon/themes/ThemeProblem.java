package dev.opcon.themes;

import java.util.Objects;
import java.util.Optional;

/**
 * Why a theme file was not loaded.
 *
 * @param source where the theme came from, e.g. {@code theme file /home/u/.config/opcon/themes/neon.json}
 * @param field  the JSON field at fault, as a dotted path ({@code roles.warning.fg}); empty for the whole file
 */
record ThemeProblem(String source, Optional<String> field, String message) {

    ThemeProblem {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
    }

    static ThemeProblem ofFile(String source, String message) {
        return new ThemeProblem(source, Optional.empty(), message);
    }

    static ThemeProblem ofField(String source, String field, String message) {
        return new ThemeProblem(source, Optional.of(field), message);
    }

    /** The warning shown to the user. */
    String text() {
        return field.map(name -> source + ": field \"" + DisplayText.shortened(name) + "\": " + message)
                .orElse(source + ": " + message);
    }
}
