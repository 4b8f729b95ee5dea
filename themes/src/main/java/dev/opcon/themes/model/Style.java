package dev.opcon.themes.model;

import java.util.Objects;

/**
 * How one role is drawn. A {@link Colour#DEFAULT} colour means "whatever is underneath": the
 * terminal's colour in plain text output, the surface's colour in {@link #over(Style)}.
 */
public record Style(Colour foreground, Colour background, boolean bold, boolean underline, boolean reverse,
                    boolean dim) {

    /** The terminal's colours and no emphasis. */
    public static final Style PLAIN = new Style(Colour.DEFAULT, Colour.DEFAULT, false, false, false, false);

    public Style {
        Objects.requireNonNull(foreground, "foreground");
        Objects.requireNonNull(background, "background");
    }

    public static Style foreground(Colour foreground) {
        return PLAIN.withForeground(foreground);
    }

    public Style withForeground(Colour colour) {
        return new Style(colour, background, bold, underline, reverse, dim);
    }

    public Style withBackground(Colour colour) {
        return new Style(foreground, colour, bold, underline, reverse, dim);
    }

    public Style withBold(boolean value) {
        return new Style(foreground, background, value, underline, reverse, dim);
    }

    public Style withUnderline(boolean value) {
        return new Style(foreground, background, bold, value, reverse, dim);
    }

    public Style withReverse(boolean value) {
        return new Style(foreground, background, bold, underline, value, dim);
    }

    public Style withDim(boolean value) {
        return new Style(foreground, background, bold, underline, reverse, value);
    }

    /** This style drawn on {@code surface}: default colours take the surface's; emphasis stays this style's. */
    public Style over(Style surface) {
        return new Style(
                foreground.isDefault() ? surface.foreground() : foreground,
                background.isDefault() ? surface.background() : background,
                bold, underline, reverse, dim);
    }

    /** True when the style uses no colour at all, only the terminal's and emphasis. */
    public boolean colourless() {
        return foreground.isDefault() && background.isDefault();
    }
}
