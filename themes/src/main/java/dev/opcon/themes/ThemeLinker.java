package dev.opcon.themes;

import dev.opcon.themes.model.Role;
import dev.opcon.themes.model.Style;
import dev.opcon.themes.model.Symbols;
import dev.opcon.themes.model.Theme;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Fills in what each definition leaves out from the theme it extends ({@code default} unless it says
 * otherwise). A definition whose parent is unknown, broken or part of a cycle is dropped with a problem.
 */
final class ThemeLinker {

    private final Map<String, Theme> linked = new LinkedHashMap<>();
    private final Map<String, ThemeDefinition> pending = new LinkedHashMap<>();
    private final Set<String> failed = new HashSet<>();
    private final List<Theme> newlyLinked = new ArrayList<>();
    private final List<ThemeProblem> problems = new ArrayList<>();

    private ThemeLinker(Collection<Theme> known, List<ThemeDefinition> definitions) {
        known.forEach(theme -> linked.put(theme.name(), theme));
        definitions.forEach(definition -> pending.putIfAbsent(definition.name(), definition));
    }

    /**
     * @param known       themes already complete, which definitions may extend
     * @param definitions the definitions to link, with distinct names that are not among {@code known}
     */
    static LinkResult link(Collection<Theme> known, List<ThemeDefinition> definitions) {
        ThemeLinker linker = new ThemeLinker(known, definitions);
        definitions.forEach(definition -> linker.resolve(definition, List.of()));
        return new LinkResult(linker.newlyLinked, linker.problems);
    }

    record LinkResult(List<Theme> themes, List<ThemeProblem> problems) {
        LinkResult {
            themes = List.copyOf(themes);
            problems = List.copyOf(problems);
        }
    }

    private Optional<Theme> resolve(ThemeDefinition definition, List<String> chain) {
        if (linked.containsKey(definition.name())) {
            return Optional.of(linked.get(definition.name()));
        }
        if (failed.contains(definition.name())) {
            return Optional.empty();
        }
        Optional<Theme> theme = parentName(definition)
                .map(parentName -> parent(definition, parentName, chain)
                        .flatMap(parent -> build(definition, Optional.of(parent))))
                .orElseGet(() -> build(definition, Optional.empty()));
        theme.ifPresentOrElse(this::accept, () -> failed.add(definition.name()));
        return theme;
    }

    private void accept(Theme theme) {
        linked.put(theme.name(), theme);
        newlyLinked.add(theme);
    }

    private static Optional<String> parentName(ThemeDefinition definition) {
        if (definition.parent().isPresent()) {
            return definition.parent();
        }
        boolean needsParent = !definition.definesEveryRole() && !definition.name().equals(ThemeRegistry.DEFAULT_THEME);
        return needsParent ? Optional.of(ThemeRegistry.DEFAULT_THEME) : Optional.empty();
    }

    private Optional<Theme> parent(ThemeDefinition definition, String parentName, List<String> chain) {
        List<String> path = new ArrayList<>(chain);
        path.add(definition.name());
        if (path.contains(parentName)) {
            path.add(parentName);
            return fail(definition, "extends", "a theme cannot extend itself (" + String.join(" → ", path) + ")");
        }
        if (linked.containsKey(parentName)) {
            return Optional.of(linked.get(parentName));
        }
        if (!pending.containsKey(parentName)) {
            Set<String> available = new LinkedHashSet<>(linked.keySet());
            pending.keySet().stream().sorted().forEach(available::add);
            return fail(definition, "extends", "\"" + parentName + "\" is not a theme (available: "
                    + String.join(", ", available) + ")");
        }
        Optional<Theme> parent = resolve(pending.get(parentName), path);
        if (parent.isEmpty()) {
            return fail(definition, "extends", "theme \"" + parentName + "\" could not be loaded (see its warning)");
        }
        return parent;
    }

    private Optional<Theme> build(ThemeDefinition definition, Optional<Theme> parent) {
        Map<Role, Style> styles = new EnumMap<>(Role.class);
        parent.ifPresent(theme -> styles.putAll(theme.styles()));
        styles.putAll(definition.roles());
        if (styles.size() < Role.values().length) {
            List<String> missing = Arrays.stream(Role.values())
                    .filter(role -> !styles.containsKey(role)).map(Role::jsonName).toList();
            return fail(definition, "roles", "missing roles " + String.join(", ", missing)
                    + " (define them, or set \"extends\" to a theme to take them from)");
        }
        boolean ascii = definition.ascii().orElse(parent.map(Theme::ascii).orElse(false));
        Symbols baseSymbols = definition.ascii().isPresent() || parent.isEmpty()
                ? Symbols.of(ascii) : parent.get().symbols();
        String description = definition.description()
                .orElse(parent.map(theme -> "Based on " + theme.name()).orElse(""));
        return Optional.of(new Theme(definition.name(), description, styles,
                SymbolField.merge(baseSymbols, definition.symbols()), ascii));
    }

    private Optional<Theme> fail(ThemeDefinition definition, String field, String message) {
        problems.add(ThemeProblem.ofField(definition.source(), field, message));
        return Optional.empty();
    }
}
