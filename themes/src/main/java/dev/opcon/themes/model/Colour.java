package dev.opcon.themes.model;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A colour as a theme states it. Each UI maps the four kinds to its own library; on a terminal
 * with fewer colours, the UI library rounds {@link Rgb} and {@link Indexed} down.
 */
public sealed interface Colour permits Colour.TerminalDefault, Colour.Ansi, Colour.Indexed, Colour.Rgb {

    /** The terminal's own foreground or background; in a composed style, the surface's. */
    Colour DEFAULT = new TerminalDefault();

    /** What {@link #parse} accepts, for error messages. */
    String ACCEPTED_FORMS = "use a name like \"red\", 0-255, or #rrggbb";

    /** The form used in theme files: {@code default}, {@code bright_red}, {@code 208} or {@code #ff8700}. */
    String text();

    default boolean isDefault() {
        return this instanceof TerminalDefault;
    }

    /** Reads {@code default}, one of the 16 ANSI names, {@code 0}-{@code 255} or {@code #rrggbb}. */
    static Optional<Colour> parse(String text) {
        String trimmed = text.strip();
        if (trimmed.equalsIgnoreCase("default")) {
            return Optional.of(DEFAULT);
        }
        if (Rgb.FORM.matcher(trimmed).matches()) {
            int value = Integer.parseInt(trimmed.substring(1), 16);
            return Optional.of(new Rgb(value >> 16, (value >> 8) & 0xFF, value & 0xFF));
        }
        if (Indexed.FORM.matcher(trimmed).matches()) {
            int index = Integer.parseInt(trimmed);
            return index <= 255 ? Optional.of(new Indexed(index)) : Optional.empty();
        }
        return AnsiColour.fromJsonName(trimmed).map(Ansi::new);
    }

    static Colour ansi(AnsiColour colour) {
        return new Ansi(colour);
    }

    static Colour indexed(int index) {
        return new Indexed(index);
    }

    static Colour rgb(int red, int green, int blue) {
        return new Rgb(red, green, blue);
    }

    /** Use {@link #DEFAULT}; every instance is equal to it. */
    record TerminalDefault() implements Colour {
        @Override
        public String toString() {
            return text();
        }

        @Override
        public String text() {
            return "default";
        }
    }

    record Ansi(AnsiColour colour) implements Colour {
        public Ansi {
            Objects.requireNonNull(colour, "colour");
        }

        @Override
        public String toString() {
            return text();
        }

        @Override
        public String text() {
            return colour.jsonName();
        }
    }

    /** An xterm-256 palette index: 0-15 the ANSI colours, 16-231 a 6×6×6 cube, 232-255 greys. */
    record Indexed(int index) implements Colour {
        private static final Pattern FORM = Pattern.compile("[0-9]{1,3}");

        public Indexed {
            if (index < 0 || index > 255) {
                throw new IllegalArgumentException("xterm-256 index out of range 0-255: " + index);
            }
        }

        @Override
        public String toString() {
            return text();
        }

        @Override
        public String text() {
            return Integer.toString(index);
        }
    }

    /** A 24-bit colour. */
    record Rgb(int red, int green, int blue) implements Colour {
        private static final Pattern FORM = Pattern.compile("#[0-9a-fA-F]{6}");

        public Rgb {
            requireComponent("red", red);
            requireComponent("green", green);
            requireComponent("blue", blue);
        }

        @Override
        public String toString() {
            return text();
        }

        @Override
        public String text() {
            return String.format(Locale.ROOT, "#%02x%02x%02x", red, green, blue);
        }

        private static void requireComponent(String name, int value) {
            if (value < 0 || value > 255) {
                throw new IllegalArgumentException(name + " out of range 0-255: " + value);
            }
        }
    }
}
