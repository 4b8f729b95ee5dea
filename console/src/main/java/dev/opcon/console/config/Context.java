package dev.opcon.console.config;

import java.util.Map;

/** A named cluster in the config file: a subject and its options. */
public record Context(String name, String subject, Map<String, String> options) {

    public Context {
        options = Map.copyOf(options);
    }
}
