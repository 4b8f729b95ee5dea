package dev.opcon.console.ui.render;

import dev.opcon.themes.model.Symbols;
import dev.opcon.themes.model.Theme;

/**
 * The characters the console draws with besides text: box lines, arrows, the ellipsis and the
 * theme's meaning-carrying symbols. ASCII themes get ASCII everywhere, for terminals and fonts
 * that lack box drawing.
 */
public record Glyphs(String horizontal, String vertical, String topLeft, String topRight, String bottomLeft,
                     String bottomRight, String ellipsis, String ascending, String descending, String dot,
                     String cursor, String secretMask, Symbols symbols) {

    private static final Glyphs UNICODE = new Glyphs("─", "│", "┌", "┐", "└", "┘", "…", "↑", "↓", "·", "▏", "•",
            Symbols.UNICODE);
    private static final Glyphs ASCII = new Glyphs("-", "|", "+", "+", "+", "+", "~", "^", "v", "|", "_", "*",
            Symbols.ASCII);

    public static Glyphs of(Theme theme) {
        Glyphs base = theme.ascii() ? ASCII : UNICODE;
        return base.withSymbols(theme.symbols());
    }

    public Glyphs withSymbols(Symbols themeSymbols) {
        return new Glyphs(horizontal, vertical, topLeft, topRight, bottomLeft, bottomRight, ellipsis, ascending,
                descending, dot, cursor, secretMask, themeSymbols);
    }
}
