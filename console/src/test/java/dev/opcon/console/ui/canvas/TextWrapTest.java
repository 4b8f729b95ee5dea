package dev.opcon.console.ui.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextWrapTest {

    @Test
    void wrapsAtSpacesAndKeepsTheIndentOfEachParagraph() {
        assertThat(TextWrap.lines("No source answered:\n  management at http://x: refused", 20))
                .containsExactly("No source answered:", "  management at", "  http://x: refused");
    }

    @Test
    void cutsWordsLongerThanTheLine() {
        assertThat(TextWrap.lines("abcdefghij", 5)).allMatch(line -> TextWidth.of(line) <= 5);
    }

    @Test
    void tailKeepsTheEndWhereTheCursorIs() {
        assertThat(TextWrap.tail("http://a-long-host:8080", 10, "…")).isEqualTo("…host:8080");
    }
}
