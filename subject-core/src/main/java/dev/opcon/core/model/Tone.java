package dev.opcon.core.model;

/** The meaning of a cell or row, which the console maps to a theme role. Never a colour. */
public enum Tone {
    NORMAL, MUTED, OK, INFO, WARNING, CRITICAL;

    public static Tone of(Severity severity) {
        return switch (severity) {
            case CRITICAL -> CRITICAL;
            case WARNING -> WARNING;
            case INFO -> INFO;
        };
    }
}
