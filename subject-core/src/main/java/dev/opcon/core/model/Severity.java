package dev.opcon.core.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** How bad a violation is; the order is the order of importance. */
public enum Severity {
    CRITICAL, WARNING, INFO;

    @JsonValue
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
