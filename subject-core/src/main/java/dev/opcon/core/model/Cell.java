package dev.opcon.core.model;

import java.util.Objects;

/**
 * One table cell. Text is already safe for a terminal.
 *
 * @param sortValue what sorting by this column compares (NaN sorts by text)
 * @param fraction  for BAR columns, how full the bar is (may exceed 1 when over a limit)
 */
public record Cell(String text, double sortValue, Tone tone, double fraction) {

    public Cell {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(tone, "tone");
    }

    public static Cell text(String text) {
        return new Cell(text, Double.NaN, Tone.NORMAL, 0);
    }

    public static Cell text(String text, Tone tone) {
        return new Cell(text, Double.NaN, tone, 0);
    }

    public static Cell number(String text, double sortValue) {
        return new Cell(text, sortValue, Tone.NORMAL, 0);
    }

    public static Cell number(String text, double sortValue, Tone tone) {
        return new Cell(text, sortValue, tone, 0);
    }

    public static Cell bar(String label, double fraction, Tone tone) {
        return new Cell(label, fraction, tone, fraction);
    }
}
