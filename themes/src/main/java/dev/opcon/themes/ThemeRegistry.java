package dev.opcon.themes;

import dev.opcon.themes.model.Theme;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The themes a user can pick: the bundled ones, then their own. Loading never throws: a broken user
 * theme file is skipped and becomes a {@linkplain #warnings() warning} that names the file and field.
 * Immutable once loaded.
 */
public final class ThemeRegistry {

    public static final String DEFAULT_THEME = "default";
    /** Used whenever {@code NO_COLOR} is set (see no-color.org). */
    public static final String NO_COLOR_THEME = "mono";

    private final Map<String, Theme> themes;
    private final List<String> warnings;

    private ThemeRegistry(List<Theme> themes, List<String> warnings) {
        Map<String, Theme> byName = new LinkedHashMap<>();
        themes.forEach(theme -> byName.put(theme.name(), theme));
        this.themes = Collections.unmodifiableMap(byName);
        this.warnings = List.copyOf(warnings);
    }

    /** The bundled themes only. */
    public static ThemeRegistry bundled() {
        return new ThemeRegistry(BundledThemes.all(), List.of());
    }

    /** The bundled themes and the {@code *.json} files in {@code userThemesDirectory}, which need not exist. */
    public static ThemeRegistry load(Path userThemesDirectory) {
        List<Theme> bundled = BundledThemes.all();
        ThemeFileReader.ThemeFiles files = ThemeFileReader.list(userThemesDirectory);
        List<ThemeProblem> problems = new ArrayList<>(files.problems());
        Map<String, ThemeDefinition> userDefinitions = new LinkedHashMap<>();
        for (Path file : files.files()) {
            ParseResult result = ThemeFileReader.readFile(file);
            problems.addAll(result.problems());
            result.definition().ifPresent(definition -> nameClash(definition, userDefinitions).ifPresentOrElse(
                    problems::add,
                    () -> userDefinitions.put(definition.name(), definition)));
        }
        List<ThemeDefinition> definitions = List.copyOf(userDefinitions.values());
        ThemeLinker.LinkResult linked = ThemeLinker.link(bundled, definitions);
        problems.addAll(linked.problems());
        List<Theme> all = new ArrayList<>(bundled);
        linked.themes().stream().sorted(Comparator.comparing(Theme::name)).forEach(all::add);
        return new ThemeRegistry(all, problems.stream().map(ThemeProblem::text).toList());
    }

    /** {@link #load(Path)} from the directory the environment names (see {@link ThemeDirectories}). */
    public static ThemeRegistry load(Map<String, String> environment) {
        return ThemeDirectories.userThemesDirectory(environment)
                .map(ThemeRegistry::load)
                .orElseGet(ThemeRegistry::bundled);
    }

    /** Bundled themes first, in their fixed order, then user themes by name. */
    public List<String> names() {
        return List.copyOf(themes.keySet());
    }

    public Optional<Theme> find(String name) {
        return Optional.ofNullable(themes.get(name));
    }

    public Theme defaultTheme() {
        return themes.get(DEFAULT_THEME);
    }

    /** What went wrong while loading user themes; empty when everything loaded. */
    public List<String> warnings() {
        return warnings;
    }

    /**
     * The theme to use: {@code mono} when {@code NO_COLOR} is set to anything, else the requested one,
     * else (none requested, or unknown) the default. The warnings include those from loading.
     */
    public ThemeChoice resolve(String requestedName, Map<String, String> environment) {
        Objects.requireNonNull(environment, "environment");
        String noColour = environment.get("NO_COLOR");
        if (noColour != null && !noColour.isEmpty()) {
            return new ThemeChoice(themes.get(NO_COLOR_THEME), warnings);
        }
        if (requestedName == null || requestedName.isBlank()) {
            return new ThemeChoice(defaultTheme(), warnings);
        }
        return find(requestedName.strip())
                .map(theme -> new ThemeChoice(theme, warnings))
                .orElseGet(() -> new ThemeChoice(defaultTheme(), withWarning(unknownTheme(requestedName))));
    }

    /** The theme after {@code currentName} in {@link #names()}, wrapping round; the first for an unknown name. */
    public Theme next(String currentName) {
        List<String> names = names();
        int index = names.indexOf(currentName);
        return themes.get(names.get((index + 1) % names.size()));
    }

    private String unknownTheme(String requestedName) {
        return "unknown theme \"" + DisplayText.shortened(requestedName) + "\"; using \"" + DEFAULT_THEME
                + "\" (available: " + String.join(", ", themes.keySet()) + ")";
    }

    private List<String> withWarning(String warning) {
        List<String> all = new ArrayList<>(warnings);
        all.add(warning);
        return all;
    }

    private static Optional<ThemeProblem> nameClash(ThemeDefinition definition, Map<String, ThemeDefinition> earlier) {
        String name = definition.name();
        if (BundledThemes.NAMES.contains(name)) {
            return Optional.of(ThemeProblem.ofField(definition.source(), "name", "\"" + name + "\" is a bundled theme; "
                    + "choose another name (a theme can build on it with \"extends\": \"" + name + "\")"));
        }
        if (earlier.containsKey(name)) {
            return Optional.of(ThemeProblem.ofField(definition.source(), "name", "\"" + name
                    + "\" is already the name of " + earlier.get(name).source() + "; this file is skipped"));
        }
        return Optional.empty();
    }
}
