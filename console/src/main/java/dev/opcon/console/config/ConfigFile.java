package dev.opcon.console.config;

import com.fasterxml.jackson.databind.JsonNode;
import dev.opcon.core.json.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code $XDG_CONFIG_HOME/opcon/config.json} (else {@code ~/.config/opcon/config.json}):
 * <pre>{"contexts": {"prod-limiter": {"subject": "ratelimiter",
 *                                     "options": {"ratelimiter-url": "http://...", "redis-url": "redis://..."}}}}</pre>
 * A missing file is an empty config; a malformed one is reported as a warning naming the file and
 * the field, and the console goes on without it.
 */
public record ConfigFile(Path path, List<Context> contexts, List<String> warnings) {

    public ConfigFile {
        contexts = List.copyOf(contexts);
        warnings = List.copyOf(warnings);
    }

    public static Path defaultDirectory(Map<String, String> environment) {
        String xdg = environment.get("XDG_CONFIG_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg)
                : Path.of(environment.getOrDefault("HOME", System.getProperty("user.home")), ".config");
        return base.resolve("opcon");
    }

    public static ConfigFile load(Map<String, String> environment) {
        return load(defaultDirectory(environment).resolve("config.json"));
    }

    public static ConfigFile load(Path path) {
        if (!Files.isRegularFile(path)) {
            return new ConfigFile(path, List.of(), List.of());
        }
        List<String> warnings = new ArrayList<>();
        List<Context> contexts = new ArrayList<>();
        JsonNode root;
        try {
            root = Json.mapper().readTree(path.toFile());
        } catch (IOException malformed) {
            return new ConfigFile(path, List.of(), List.of("config file " + path + " is not valid JSON ("
                    + firstLine(malformed.getMessage()) + "); going on without contexts"));
        }
        JsonNode contextsNode = root == null ? null : root.get("contexts");
        if (contextsNode != null && !contextsNode.isObject()) {
            warnings.add("config file " + path + ": field \"contexts\" must be an object of named contexts");
        } else if (contextsNode != null) {
            contextsNode.fields().forEachRemaining(entry -> readContext(path, entry.getKey(), entry.getValue())
                    .ifPresentOrElse(contexts::add, () -> warnings.add("config file " + path + ": field \"contexts."
                            + entry.getKey() + "\" needs a \"subject\" string and an \"options\" object of strings")));
        }
        return new ConfigFile(path, contexts, warnings);
    }

    public Optional<Context> context(String name) {
        return contexts.stream().filter(context -> context.name().equals(name)).findFirst();
    }

    private static Optional<Context> readContext(Path path, String name, JsonNode node) {
        if (!node.isObject() || !node.path("subject").isTextual()) {
            return Optional.empty();
        }
        Map<String, String> options = new LinkedHashMap<>();
        JsonNode optionsNode = node.path("options");
        if (!optionsNode.isMissingNode() && !optionsNode.isObject()) {
            return Optional.empty();
        }
        optionsNode.fields().forEachRemaining(option -> options.put(option.getKey(), option.getValue().asText()));
        return Optional.of(new Context(name, node.get("subject").asText(), options));
    }

    private static String firstLine(String text) {
        return text == null ? "" : text.lines().findFirst().orElse("");
    }
}
