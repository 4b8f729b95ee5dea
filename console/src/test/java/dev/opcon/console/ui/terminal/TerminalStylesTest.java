package dev.opcon.console.ui.terminal;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TextColor;
import dev.opcon.themes.ThemeRegistry;
import dev.opcon.themes.model.Colour;
import dev.opcon.themes.model.Role;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TerminalStylesTest {

    private final ThemeRegistry themes = ThemeRegistry.bundled();

    @Test
    void theMonoThemeUsesNoColourOnlyAttributes() {
        TerminalStyles mono = new TerminalStyles(themes.find("mono").orElseThrow(), ColourDepth.PALETTE_256);

        for (Role role : Role.values()) {
            CellStyle style = mono.style(role, Role.BACKGROUND);
            assertThat(style.foreground()).isEqualTo(TextColor.ANSI.DEFAULT);
            assertThat(style.background()).isEqualTo(TextColor.ANSI.DEFAULT);
        }
        CellStyle critical = mono.style(Role.CRITICAL, Role.BACKGROUND);
        assertThat(critical.modifiers()).contains(SGR.BOLD, SGR.REVERSE);
        assertThat(critical.sgrParameters()).isEqualTo("0;1;7;39;49");
    }

    @Test
    void colourThemesMapToThePaletteAndRoundDownForSixteenColours() {
        TerminalStyles palette = new TerminalStyles(themes.defaultTheme(), ColourDepth.PALETTE_256);
        TerminalStyles basic = new TerminalStyles(themes.defaultTheme(), ColourDepth.ANSI_16);

        assertThat(palette.style(Role.WARNING, Role.BACKGROUND).foreground()).isEqualTo(new TextColor.Indexed(214));
        assertThat(palette.style(Role.WARNING, Role.BACKGROUND).sgrParameters()).isEqualTo("0;1;38;5;214;49");
        assertThat(basic.style(Role.WARNING, Role.BACKGROUND).foreground()).isInstanceOf(TextColor.ANSI.class);
    }

    @Test
    void textOnASurfaceTakesTheSurfacesBackground() {
        TerminalStyles styles = new TerminalStyles(themes.defaultTheme(), ColourDepth.PALETTE_256);

        assertThat(styles.style(Role.TEXT, Role.HEADER).background()).isEqualTo(new TextColor.Indexed(24));
    }

    @Test
    void trueColourIsKeptOnlyWhenTheTerminalSaysItHasIt() {
        Colour orange = Colour.rgb(255, 135, 0);

        assertThat(TerminalColours.of(orange, ColourDepth.TRUE_COLOUR)).isEqualTo(new TextColor.RGB(255, 135, 0));
        assertThat(TerminalColours.of(orange, ColourDepth.PALETTE_256)).isInstanceOf(TextColor.Indexed.class);
        assertThat(ColourDepth.of(Map.of("COLORTERM", "truecolor"))).isEqualTo(ColourDepth.TRUE_COLOUR);
        assertThat(ColourDepth.of(Map.of("TERM", "screen"))).isEqualTo(ColourDepth.PALETTE_256);
        assertThat(ColourDepth.of(Map.of("TERM", "linux"))).isEqualTo(ColourDepth.ANSI_16);
    }
}
