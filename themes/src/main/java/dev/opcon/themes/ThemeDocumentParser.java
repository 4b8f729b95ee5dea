package dev.opcon.themes;

import com.fasterxml.jackson.databind.JsonNode;
import dev.opcon.themes.model.Role;
import dev.opcon.themes.model.Style;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Turns one theme document (already parsed as JSON) into a {@link ThemeDefinition}, or into the
 * list of everything wrong with it. See {@code themes/README.md} for the format.
 */
final class ThemeDocumentParser {

    static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    static final String NAME_RULE = "1 to 64 letters, digits, '.', '_' or '-', starting with a letter or digit";

    private static final Set<String> FIELDS = new LinkedHashSet<>(
            List.of("name", "description", "extends", "ascii", "symbols", "roles"));
    private static final Set<String> ROLE_NAMES = Arrays.stream(Role.values())
            .map(Role::jsonName)
            .collect(Collectors.toCollection(LinkedHashSet::new));
    private static final int LONGEST_DESCRIPTION = 200;

    private final Problems problems;

    private ThemeDocumentParser(Problems problems) {
        this.problems = problems;
    }

    /**
     * @param nameFromSource the name to use when the document has no {@code name} (the file name)
     */
    static ParseResult parse(String source, String nameFromSource, JsonNode document) {
        Problems problems = new Problems(source);
        if (!document.isObject()) {
            String found = document.getNodeType().name().toLowerCase(Locale.ROOT);
            return ParseResult.failed(List.of(ThemeProblem.ofFile(source,
                    "expected a JSON object like {\"roles\": {...}}, found " + found)));
        }
        ThemeDefinition definition = new ThemeDocumentParser(problems).definition(nameFromSource, document);
        return problems.isEmpty() ? ParseResult.parsed(definition) : ParseResult.failed(problems.all());
    }

    private ThemeDefinition definition(String nameFromSource, JsonNode document) {
        document.fieldNames().forEachRemaining(field -> {
            if (!FIELDS.contains(field)) {
                problems.unknownField(field, FIELDS);
            }
        });
        return new ThemeDefinition(
                name(document.get("name"), nameFromSource),
                problems.source(),
                text("description", document.get("description")).map(ThemeDocumentParser::description),
                parent(document.get("extends")),
                ascii(document.get("ascii")),
                Optional.ofNullable(document.get("symbols"))
                        .map(node -> SymbolsParser.parse("symbols", node, problems))
                        .orElse(Map.of()),
                roles(document.get("roles")));
    }

    private String name(JsonNode node, String nameFromSource) {
        if (node == null) {
            if (!NAME.matcher(nameFromSource).matches()) {
                problems.add("name", "the file name does not make a theme name (" + NAME_RULE
                        + "); rename the file or add a \"name\" field");
            }
            return nameFromSource;
        }
        Optional<String> name = text("name", node);
        name.filter(text -> !NAME.matcher(text).matches()).ifPresent(text ->
                problems.add("name", Problems.quote(node) + " is not a theme name (" + NAME_RULE + ")"));
        return name.orElse(nameFromSource);
    }

    private Optional<String> parent(JsonNode node) {
        Optional<String> parent = text("extends", node);
        parent.filter(text -> !NAME.matcher(text).matches()).ifPresent(text ->
                problems.add("extends", Problems.quote(node) + " is not a theme name (" + NAME_RULE + ")"));
        return parent;
    }

    private Optional<Boolean> ascii(JsonNode node) {
        if (node == null) {
            return Optional.empty();
        }
        if (!node.isBoolean()) {
            problems.wrongType("ascii", "true or false", node);
            return Optional.empty();
        }
        return Optional.of(node.booleanValue());
    }

    private Map<Role, Style> roles(JsonNode node) {
        Map<Role, Style> roles = new EnumMap<>(Role.class);
        if (node == null) {
            return roles;
        }
        if (!node.isObject()) {
            problems.wrongType("roles", "an object like {\"warning\": {\"fg\": \"yellow\"}}", node);
            return roles;
        }
        for (Map.Entry<String, JsonNode> entry : node.properties()) {
            String path = "roles." + entry.getKey();
            Role.fromJsonName(entry.getKey()).ifPresentOrElse(
                    role -> StyleParser.parse(path, entry.getValue(), problems).ifPresent(style -> roles.put(role, style)),
                    () -> problems.add(path, "unknown role (known roles: " + String.join(", ", ROLE_NAMES) + ")"));
        }
        return roles;
    }

    private Optional<String> text(String field, JsonNode node) {
        if (node == null) {
            return Optional.empty();
        }
        if (!node.isTextual()) {
            problems.wrongType(field, "text", node);
            return Optional.empty();
        }
        return Optional.of(node.textValue());
    }

    private static String description(String text) {
        return DisplayText.shortened(text.strip(), LONGEST_DESCRIPTION);
    }
}
