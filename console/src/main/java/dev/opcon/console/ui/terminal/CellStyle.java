package dev.opcon.console.ui.terminal;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TextColor;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Set;

/**
 * One theme role on one surface in Lanterna's terms, with its ANSI "select graphic rendition"
 * parameters worked out once, since a frame switches styles hundreds of times.
 */
public final class CellStyle {

    private final TextColor foreground;
    private final TextColor background;
    private final Set<SGR> modifiers;
    private final String sgrParameters;

    CellStyle(TextColor foreground, TextColor background, EnumSet<SGR> modifiers) {
        this.foreground = foreground;
        this.background = background;
        this.modifiers = Set.copyOf(modifiers);
        StringBuilder parameters = new StringBuilder("0");
        if (modifiers.contains(SGR.BOLD)) {
            parameters.append(";1");
        }
        if (modifiers.contains(SGR.UNDERLINE)) {
            parameters.append(";4");
        }
        if (modifiers.contains(SGR.REVERSE)) {
            parameters.append(";7");
        }
        parameters.append(';').append(new String(foreground.getForegroundSGRSequence(), StandardCharsets.US_ASCII));
        parameters.append(';').append(new String(background.getBackgroundSGRSequence(), StandardCharsets.US_ASCII));
        this.sgrParameters = parameters.toString();
    }

    public TextColor foreground() {
        return foreground;
    }

    public TextColor background() {
        return background;
    }

    public Set<SGR> modifiers() {
        return modifiers;
    }

    /** {@code 0;1;38;5;214;49}: reset, then this style, for {@code ESC [ ... m}. */
    String sgrParameters() {
        return sgrParameters;
    }
}
