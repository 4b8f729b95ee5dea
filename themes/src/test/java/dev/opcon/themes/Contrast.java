package dev.opcon.themes;

import dev.opcon.themes.model.Colour;
import java.util.OptionalDouble;

/** WCAG contrast between two colours, using xterm's stock palette for ANSI and indexed colours. */
final class Contrast {

    private static final int[] ANSI = {
        0x000000, 0xcd0000, 0x00cd00, 0xcdcd00, 0x0000ee, 0xcd00cd, 0x00cdcd, 0xe5e5e5,
        0x7f7f7f, 0xff0000, 0x00ff00, 0xffff00, 0x5c5cff, 0xff00ff, 0x00ffff, 0xffffff};
    private static final int[] CUBE = {0, 95, 135, 175, 215, 255};

    private Contrast() {
    }

    /** Empty when either colour is the terminal's own, which a theme cannot know. */
    static OptionalDouble ratio(Colour first, Colour second) {
        if (first.isDefault() || second.isDefault()) {
            return OptionalDouble.empty();
        }
        double lighter = Math.max(luminance(rgb(first)), luminance(rgb(second)));
        double darker = Math.min(luminance(rgb(first)), luminance(rgb(second)));
        return OptionalDouble.of((lighter + 0.05) / (darker + 0.05));
    }

    private static int rgb(Colour colour) {
        if (colour instanceof Colour.Rgb rgb) {
            return rgb.red() << 16 | rgb.green() << 8 | rgb.blue();
        }
        if (colour instanceof Colour.Ansi ansi) {
            return ANSI[ansi.colour().index()];
        }
        int index = ((Colour.Indexed) colour).index();
        if (index < 16) {
            return ANSI[index];
        }
        if (index >= 232) {
            int grey = 8 + 10 * (index - 232);
            return grey << 16 | grey << 8 | grey;
        }
        int cube = index - 16;
        return CUBE[cube / 36] << 16 | CUBE[cube / 6 % 6] << 8 | CUBE[cube % 6];
    }

    private static double luminance(int rgb) {
        return 0.2126 * channel(rgb >> 16) + 0.7152 * channel(rgb >> 8) + 0.0722 * channel(rgb);
    }

    private static double channel(int value) {
        double fraction = (value & 0xFF) / 255.0;
        return fraction <= 0.03928 ? fraction / 12.92 : Math.pow((fraction + 0.055) / 1.055, 2.4);
    }
}
