package dev.opcon.themes.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ColourTest {

    @Test
    void readsEveryForm() {
        assertThat(Colour.parse("default")).contains(Colour.DEFAULT);
        assertThat(Colour.parse("red")).contains(Colour.ansi(AnsiColour.RED));
        assertThat(Colour.parse("bright_white")).contains(Colour.ansi(AnsiColour.BRIGHT_WHITE));
        assertThat(Colour.parse("Bright-Black")).contains(Colour.ansi(AnsiColour.BRIGHT_BLACK));
        assertThat(Colour.parse("0")).contains(Colour.indexed(0));
        assertThat(Colour.parse("255")).contains(Colour.indexed(255));
        assertThat(Colour.parse("#FF8700")).contains(Colour.rgb(255, 135, 0));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "#12345", "#1234567", "#gg0000", "256", "-1", "1.5", "orange", "bright", "rgb(1,2,3)"})
    void rejectsWhatIsNotAColour(String text) {
        assertThat(Colour.parse(text)).isEmpty();
    }

    @Test
    void writesTheFormItReads() {
        for (String text : new String[] {"default", "bright_cyan", "208", "#00ff7f"}) {
            assertThat(Colour.parse(text).orElseThrow().text()).isEqualTo(text);
        }
    }

    @Test
    void ansiIndexesFollowTheSgrOrder() {
        assertThat(AnsiColour.BLACK.index()).isZero();
        assertThat(AnsiColour.WHITE.index()).isEqualTo(7);
        assertThat(AnsiColour.BRIGHT_BLACK.bright()).isTrue();
        assertThat(AnsiColour.BRIGHT_WHITE.index()).isEqualTo(15);
    }

    @Test
    void refusesOutOfRangeValues() {
        assertThatThrownBy(() -> Colour.indexed(256)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Colour.rgb(0, 256, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
