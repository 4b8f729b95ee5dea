package dev.opcon.themes.model;

import java.util.Objects;

/**
 * The characters that carry meaning without colour: severity marks, source states, bars and
 * sparklines. A UI puts the mark next to coloured text, so severity reads on a monochrome screen too.
 *
 * @param sparkline the sparkline's levels, lowest first, one character each
 */
public record Symbols(String ok, String info, String warning, String critical, String stale, String error,
                      String barFill, String barEmpty, String sparkline) {

    public static final Symbols UNICODE = new Symbols("✔", "●", "▲", "✖", "◌", "⊘", "█", "░", "▁▂▃▄▅▆▇█");

    /** Safe on any terminal and font. */
    public static final Symbols ASCII = new Symbols("+", "i", "!", "!!", "~", "x", "#", ".", ".:-=+*#");

    public Symbols {
        requireText("ok", ok);
        requireText("info", info);
        requireText("warning", warning);
        requireText("critical", critical);
        requireText("stale", stale);
        requireText("error", error);
        requireText("barFill", barFill);
        requireText("barEmpty", barEmpty);
        requireText("sparkline", sparkline);
        if (sparkline.codePointCount(0, sparkline.length()) < 2) {
            throw new IllegalArgumentException("sparkline needs at least two levels: " + sparkline);
        }
    }

    public static Symbols of(boolean ascii) {
        return ascii ? ASCII : UNICODE;
    }

    /** The sparkline level for {@code fraction} (0 = lowest, 1 = highest; clamped). */
    public String sparklineLevel(double fraction) {
        int levels = sparkline.codePointCount(0, sparkline.length());
        double clamped = Double.isNaN(fraction) ? 0 : Math.max(0, Math.min(1, fraction));
        int level = (int) Math.round(clamped * (levels - 1));
        int start = sparkline.offsetByCodePoints(0, level);
        return sparkline.substring(start, sparkline.offsetByCodePoints(start, 1));
    }

    private static void requireText(String name, String value) {
        Objects.requireNonNull(value, name);
        if (value.isEmpty()) {
            throw new IllegalArgumentException(name + " must not be empty");
        }
    }
}
