package dev.opcon.themes;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Collects what is wrong with one theme file while it is parsed, so that one pass reports everything. */
final class Problems {

    private final String source;
    private final List<ThemeProblem> found = new ArrayList<>();

    Problems(String source) {
        this.source = source;
    }

    String source() {
        return source;
    }

    void add(String field, String message) {
        found.add(ThemeProblem.ofField(source, field, message));
    }

    void unknownField(String field, Set<String> knownFields) {
        add(field, "unknown field (known: " + String.join(", ", knownFields) + ")");
    }

    void wrongType(String field, String expected, JsonNode actual) {
        add(field, "expected " + expected + ", found " + describe(actual));
    }

    boolean isEmpty() {
        return found.isEmpty();
    }

    List<ThemeProblem> all() {
        return List.copyOf(found);
    }

    /** A JSON value as the user wrote it, made safe to show, e.g. {@code "#12345"} or {@code 300}. */
    static String quote(JsonNode value) {
        return DisplayText.shortened(value.toString());
    }

    private static String describe(JsonNode value) {
        return switch (value.getNodeType()) {
            case OBJECT -> "an object";
            case ARRAY -> "a list";
            case STRING -> "the text " + quote(value);
            case BOOLEAN, NUMBER -> quote(value);
            case NULL -> "null";
            default -> "a " + value.getNodeType().name().toLowerCase(Locale.ROOT);
        };
    }
}
