package dev.opcon.themes;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Reads a theme file's {@code symbols} object: {@code {"critical": "!!", "bar_fill": "#"}}. */
final class SymbolsParser {

    private static final Set<String> FIELDS = Arrays.stream(SymbolField.values())
            .map(SymbolField::jsonName)
            .collect(Collectors.toCollection(LinkedHashSet::new));

    private SymbolsParser() {
    }

    static Map<SymbolField, String> parse(String field, JsonNode node, Problems problems) {
        Map<SymbolField, String> symbols = new EnumMap<>(SymbolField.class);
        if (!node.isObject()) {
            problems.wrongType(field, "an object like {\"critical\": \"!!\"}", node);
            return symbols;
        }
        for (Map.Entry<String, JsonNode> entry : node.properties()) {
            String path = field + "." + entry.getKey();
            SymbolField.fromJsonName(entry.getKey()).ifPresentOrElse(
                    symbol -> read(symbol, path, entry.getValue(), problems).ifPresent(text -> symbols.put(symbol, text)),
                    () -> problems.unknownField(path, FIELDS));
        }
        return symbols;
    }

    private static Optional<String> read(SymbolField symbol, String path, JsonNode value, Problems problems) {
        if (!value.isTextual()) {
            problems.wrongType(path, "text", value);
            return Optional.empty();
        }
        String text = value.textValue();
        int length = text.codePointCount(0, text.length());
        if (!DisplayText.isClean(text)) {
            problems.add(path, Problems.quote(value) + " holds control or invisible characters");
        } else if (length < symbol.shortest() || length > symbol.longest()) {
            String allowed = symbol.longest() == 1 ? "exactly one character"
                    : symbol.shortest() + " to " + symbol.longest() + " characters";
            problems.add(path, Problems.quote(value) + " must be " + allowed + " long");
        } else {
            return Optional.of(text);
        }
        return Optional.empty();
    }
}
