package dev.opcon.console.ui.terminal;

import java.util.Locale;
import java.util.Map;

/**
 * How many colours the terminal shows, read from {@code COLORTERM} and {@code TERM}. Theme colours
 * beyond it are rounded to the nearest one it has, so a 24-bit theme still reads on a 16-colour
 * console instead of printing sequences the terminal ignores or garbles.
 */
public enum ColourDepth {
    TRUE_COLOUR, PALETTE_256, ANSI_16;

    public static ColourDepth of(Map<String, String> environment) {
        String colourTerm = environment.getOrDefault("COLORTERM", "").toLowerCase(Locale.ROOT);
        if (colourTerm.equals("truecolor") || colourTerm.equals("24bit")) {
            return TRUE_COLOUR;
        }
        String term = environment.getOrDefault("TERM", "").toLowerCase(Locale.ROOT);
        boolean basic = term.equals("linux") || term.equals("vt100") || term.equals("vt220") || term.equals("ansi")
                || term.equals("cons25") || term.startsWith("dumb");
        return basic && colourTerm.isEmpty() ? ANSI_16 : PALETTE_256;
    }
}
