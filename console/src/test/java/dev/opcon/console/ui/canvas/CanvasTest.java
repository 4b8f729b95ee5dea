package dev.opcon.console.ui.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opcon.themes.model.Role;
import org.junit.jupiter.api.Test;

class CanvasTest {

    private final Canvas canvas = new Canvas(20, 3, "…");

    @Test
    void controlSequencesInTextBecomeVisibleEscapes() {
        canvas.write(0, 0, "k\u001b[2J\u0007\u009b1m", Role.TEXT);

        assertThat(canvas.line(0)).isEqualTo("k\\e[2J\\a\\x9b1m");
    }

    @Test
    void combiningMarksAndBidiOverridesAreEscapedSoEveryCellIsOneGlyph() {
        canvas.write(0, 0, "e\u0301\u202Eab", Role.TEXT);

        assertThat(canvas.line(0)).isEqualTo("e\\u{0301}\\u{202e}ab");
    }

    @Test
    void textLongerThanItsRoomIsCutWithAnEllipsis() {
        int written = canvas.write(2, 1, "abcdefgh", Role.TEXT, 5);

        assertThat(written).isEqualTo(5);
        assertThat(canvas.line(1)).isEqualTo("  abcd…");
    }

    @Test
    void wideGlyphsTakeTwoCellsAndAreNeverCutInHalf() {
        canvas.write(0, 0, "中文x", Role.TEXT);
        canvas.write(0, 1, "中文", Role.TEXT, 3);

        assertThat(canvas.line(0)).isEqualTo("中文x");
        assertThat(canvas.isContinuation(1, 0)).isTrue();
        assertThat(canvas.line(1)).isEqualTo("中…");
    }

    @Test
    void overwritingHalfOfAWideGlyphBlanksTheOtherHalf() {
        canvas.write(0, 0, "中文", Role.TEXT);
        canvas.write(1, 0, "x", Role.TEXT);

        assertThat(canvas.line(0)).isEqualTo(" x文");
        assertThat(canvas.isContinuation(1, 0)).isFalse();
    }

    @Test
    void fillSetsTheSurfaceAndWritingKeepsIt() {
        canvas.fill(new Rectangle(0, 2, 20, 1), Role.HEADER);
        canvas.write(0, 2, "title", Role.WARNING);

        assertThat(canvas.surface(0, 2)).isEqualTo(Role.HEADER);
        assertThat(canvas.role(0, 2)).isEqualTo(Role.WARNING);
        assertThat(canvas.role(10, 2)).isEqualTo(Role.HEADER);
    }

    @Test
    void writingOutsideTheCanvasIsIgnored() {
        canvas.write(-1, 0, "x", Role.TEXT);
        canvas.write(0, 5, "x", Role.TEXT);
        canvas.write(19, 0, "xyz", Role.TEXT);

        assertThat(canvas.line(0)).isEqualTo(" ".repeat(19) + "…");
    }
}
