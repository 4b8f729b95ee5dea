package dev.opcon.themes;

import com.fasterxml.jackson.databind.JsonNode;
import dev.opcon.themes.model.Colour;
import dev.opcon.themes.model.Style;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads one role's style: {@code {"fg": "yellow", "bg": "default", "bold": true}}. A field left out
 * means the terminal default colour or no emphasis; a role is never merged with the theme it extends.
 */
final class StyleParser {

    static final Set<String> FIELDS = new LinkedHashSet<>(
            List.of("fg", "bg", "bold", "underline", "reverse", "dim"));

    private StyleParser() {
    }

    /** The style, or empty when a problem was added. */
    static Optional<Style> parse(String field, JsonNode node, Problems problems) {
        if (!node.isObject()) {
            problems.wrongType(field, "an object like {\"fg\": \"yellow\", \"bold\": true}", node);
            return Optional.empty();
        }
        Style style = Style.PLAIN;
        boolean valid = true;
        for (Map.Entry<String, JsonNode> entry : node.properties()) {
            String path = field + "." + entry.getKey();
            Optional<Style> changed = apply(style, entry.getKey(), entry.getValue(), path, problems);
            valid &= changed.isPresent();
            style = changed.orElse(style);
        }
        return valid ? Optional.of(style) : Optional.empty();
    }

    private static Optional<Style> apply(Style style, String name, JsonNode value, String path, Problems problems) {
        return switch (name) {
            case "fg" -> colour(path, value, problems).map(style::withForeground);
            case "bg" -> colour(path, value, problems).map(style::withBackground);
            case "bold" -> flag(path, value, problems).map(style::withBold);
            case "underline" -> flag(path, value, problems).map(style::withUnderline);
            case "reverse" -> flag(path, value, problems).map(style::withReverse);
            case "dim" -> flag(path, value, problems).map(style::withDim);
            default -> {
                problems.unknownField(path, FIELDS);
                yield Optional.empty();
            }
        };
    }

    static Optional<Colour> colour(String path, JsonNode value, Problems problems) {
        Optional<Colour> colour = value.isTextual() ? Colour.parse(value.textValue())
                : value.isIntegralNumber() && value.canConvertToInt() ? Colour.parse(Integer.toString(value.intValue()))
                : Optional.empty();
        if (colour.isEmpty()) {
            problems.add(path, Problems.quote(value) + " is not a colour (" + Colour.ACCEPTED_FORMS + ")");
        }
        return colour;
    }

    private static Optional<Boolean> flag(String path, JsonNode value, Problems problems) {
        if (!value.isBoolean()) {
            problems.wrongType(path, "true or false", value);
            return Optional.empty();
        }
        return Optional.of(value.booleanValue());
    }
}
