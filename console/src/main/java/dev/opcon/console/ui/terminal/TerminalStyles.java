package dev.opcon.console.ui.terminal;

import com.googlecode.lanterna.SGR;
import dev.opcon.themes.model.Role;
import dev.opcon.themes.model.Style;
import dev.opcon.themes.model.Theme;
import java.util.EnumSet;

/**
 * A theme in Lanterna's terms: for each role drawn on each surface, its colours and attributes.
 * The only place theme colours become terminal colours.
 */
public final class TerminalStyles {

    private static final Role[] ROLES = Role.values();

    private final Theme theme;
    private final ColourDepth depth;
    private final CellStyle[] styles = new CellStyle[ROLES.length * ROLES.length];

    public TerminalStyles(Theme theme, ColourDepth depth) {
        this.theme = theme;
        this.depth = depth;
    }

    public Theme theme() {
        return theme;
    }

    public CellStyle style(Role role, Role surface) {
        int index = role.ordinal() * ROLES.length + surface.ordinal();
        CellStyle style = styles[index];
        if (style == null) {
            style = build(theme.style(role, surface));
            styles[index] = style;
        }
        return style;
    }

    private CellStyle build(Style style) {
        EnumSet<SGR> modifiers = EnumSet.noneOf(SGR.class);
        if (style.bold()) {
            modifiers.add(SGR.BOLD);
        }
        if (style.underline()) {
            modifiers.add(SGR.UNDERLINE);
        }
        if (style.reverse()) {
            modifiers.add(SGR.REVERSE);
        }
        // Lanterna has no "dim" attribute; a dim role is drawn plain, which keeps it readable.
        return new CellStyle(TerminalColours.of(style.foreground(), depth), TerminalColours.of(style.background(), depth),
                modifiers);
    }
}
