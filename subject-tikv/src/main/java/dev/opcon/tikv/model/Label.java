package dev.opcon.tikv.model;

import java.util.Objects;

/** A store label such as {@code zone=az-1}; safe text. */
public record Label(String key, String value) {

    public Label {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return key + "=" + value;
    }
}
