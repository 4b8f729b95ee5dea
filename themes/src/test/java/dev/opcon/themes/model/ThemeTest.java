package dev.opcon.themes.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ThemeTest {

    private static final Colour CANVAS = Colour.indexed(255);
    private static final Colour INK = Colour.indexed(235);
    private static final Colour PAPER = Colour.indexed(253);

    @Test
    void refusesAThemeWithoutEveryRole() {
        Map<Role, Style> styles = everyRole(Style.PLAIN);
        styles.remove(Role.NARRATION);

        assertThatThrownBy(() -> new Theme("partial", "", styles, Symbols.UNICODE, false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("NARRATION");
    }

    @Test
    void defaultColoursTakeTheSurfaceUnderneath() {
        Map<Role, Style> styles = everyRole(Style.PLAIN);
        styles.put(Role.BACKGROUND, new Style(INK, CANVAS, false, false, false, false));
        styles.put(Role.OVERLAY, Style.PLAIN.withBackground(PAPER));
        styles.put(Role.CRITICAL, Style.foreground(Colour.ansi(AnsiColour.RED)).withBold(true));
        Theme theme = new Theme("paper", "", styles, Symbols.UNICODE, false);

        assertThat(theme.style(Role.TEXT)).isEqualTo(Style.PLAIN);
        assertThat(theme.style(Role.TEXT, Role.BACKGROUND)).isEqualTo(new Style(INK, CANVAS, false, false, false, false));
        assertThat(theme.style(Role.TEXT, Role.OVERLAY)).isEqualTo(new Style(INK, PAPER, false, false, false, false));
        assertThat(theme.style(Role.CRITICAL, Role.OVERLAY))
                .isEqualTo(new Style(Colour.ansi(AnsiColour.RED), PAPER, true, false, false, false));
    }

    @Test
    void sparklineLevelsRunFromLowestToHighest() {
        assertThat(Symbols.UNICODE.sparklineLevel(0)).isEqualTo("▁");
        assertThat(Symbols.UNICODE.sparklineLevel(1)).isEqualTo("█");
        assertThat(Symbols.UNICODE.sparklineLevel(7)).isEqualTo("█");
        assertThat(Symbols.ASCII.sparklineLevel(-1)).isEqualTo(".");
        assertThat(Symbols.ASCII.sparklineLevel(Double.NaN)).isEqualTo(".");
    }

    static Map<Role, Style> everyRole(Style style) {
        Map<Role, Style> styles = new EnumMap<>(Role.class);
        for (Role role : Role.values()) {
            styles.put(role, style);
        }
        return styles;
    }
}
