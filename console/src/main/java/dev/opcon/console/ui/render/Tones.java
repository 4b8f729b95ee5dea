package dev.opcon.console.ui.render;

import dev.opcon.core.model.Severity;
import dev.opcon.core.model.SourceStatus;
import dev.opcon.core.model.Tone;
import dev.opcon.themes.model.Role;
import dev.opcon.themes.model.Symbols;

/** Meanings (tones, severities, source states) to theme roles and symbols: never to colours. */
public final class Tones {

    private Tones() {
    }

    public static Role role(Tone tone) {
        return switch (tone) {
            case NORMAL -> Role.TEXT;
            case MUTED -> Role.MUTED;
            case OK -> Role.OK;
            case INFO -> Role.INFO;
            case WARNING -> Role.WARNING;
            case CRITICAL -> Role.CRITICAL;
        };
    }

    public static Role role(Severity severity) {
        return role(Tone.of(severity));
    }

    public static String symbol(Severity severity, Symbols symbols) {
        return switch (severity) {
            case CRITICAL -> symbols.critical();
            case WARNING -> symbols.warning();
            case INFO -> symbols.info();
        };
    }

    /** "✖ critical": the symbol makes the severity readable without colour. */
    public static String label(Severity severity, Symbols symbols) {
        return symbol(severity, symbols) + " " + severity.label();
    }

    public static Role role(SourceStatus.State state) {
        return switch (state) {
            case OK -> Role.OK;
            case ERROR -> Role.ERROR;
            case STALE -> Role.STALE;
        };
    }

    public static String symbol(SourceStatus.State state, Symbols symbols) {
        return switch (state) {
            case OK -> symbols.ok();
            case ERROR -> symbols.error();
            case STALE -> symbols.stale();
        };
    }
}
