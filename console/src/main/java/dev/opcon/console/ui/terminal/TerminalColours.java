package dev.opcon.console.ui.terminal;

import com.googlecode.lanterna.TextColor;
import dev.opcon.themes.model.Colour;

/** Theme colours to Lanterna colours, rounded to what the terminal can show. */
final class TerminalColours {

    private static final TextColor.ANSI[] ANSI = {
        TextColor.ANSI.BLACK, TextColor.ANSI.RED, TextColor.ANSI.GREEN, TextColor.ANSI.YELLOW,
        TextColor.ANSI.BLUE, TextColor.ANSI.MAGENTA, TextColor.ANSI.CYAN, TextColor.ANSI.WHITE,
        TextColor.ANSI.BLACK_BRIGHT, TextColor.ANSI.RED_BRIGHT, TextColor.ANSI.GREEN_BRIGHT,
        TextColor.ANSI.YELLOW_BRIGHT, TextColor.ANSI.BLUE_BRIGHT, TextColor.ANSI.MAGENTA_BRIGHT,
        TextColor.ANSI.CYAN_BRIGHT, TextColor.ANSI.WHITE_BRIGHT};

    /** xterm's default shades of the 16 colours, for rounding to the nearest. */
    private static final int[] ANSI_RGB = {
        0x000000, 0xcd0000, 0x00cd00, 0xcdcd00, 0x0000ee, 0xcd00cd, 0x00cdcd, 0xe5e5e5,
        0x7f7f7f, 0xff0000, 0x00ff00, 0xffff00, 0x5c5cff, 0xff00ff, 0x00ffff, 0xffffff};

    private TerminalColours() {
    }

    static TextColor of(Colour colour, ColourDepth depth) {
        if (colour instanceof Colour.Ansi ansi) {
            return ANSI[ansi.colour().index()];
        }
        if (colour instanceof Colour.Indexed indexed) {
            if (indexed.index() < 16) {
                return ANSI[indexed.index()];
            }
            TextColor.Indexed palette = new TextColor.Indexed(indexed.index());
            return depth == ColourDepth.ANSI_16 ? nearestAnsi(palette.getRed(), palette.getGreen(), palette.getBlue())
                    : palette;
        }
        if (colour instanceof Colour.Rgb rgb) {
            return switch (depth) {
                case TRUE_COLOUR -> new TextColor.RGB(rgb.red(), rgb.green(), rgb.blue());
                case PALETTE_256 -> TextColor.Indexed.fromRGB(rgb.red(), rgb.green(), rgb.blue());
                case ANSI_16 -> nearestAnsi(rgb.red(), rgb.green(), rgb.blue());
            };
        }
        return TextColor.ANSI.DEFAULT;
    }

    private static TextColor nearestAnsi(int red, int green, int blue) {
        int best = 0;
        long bestDistance = Long.MAX_VALUE;
        for (int index = 0; index < ANSI_RGB.length; index++) {
            long dr = red - (ANSI_RGB[index] >> 16);
            long dg = green - ((ANSI_RGB[index] >> 8) & 0xFF);
            long db = blue - (ANSI_RGB[index] & 0xFF);
            long distance = dr * dr + dg * dg + db * db;
            if (distance < bestDistance) {
                best = index;
                bestDistance = distance;
            }
        }
        return ANSI[best];
    }
}
