package dev.opcon.core.model;

import java.util.Objects;

/** A label and its value, as in a key/value panel or a row's detail view. */
public record Entry(String label, String value, Tone tone) {

    public Entry {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(tone, "tone");
    }

    public static Entry of(String label, String value) {
        return new Entry(label, value, Tone.NORMAL);
    }
}
