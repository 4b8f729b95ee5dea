package dev.opcon.themes;

import dev.opcon.themes.model.Theme;
import java.util.List;

/** The themes shipped as resources next to this class, in the order a user cycles through them. */
final class BundledThemes {

    static final List<String> NAMES = List.of("default", "light", "solarized-dark", "high-contrast", "mono");

    private BundledThemes() {
    }

    static List<Theme> all() {
        return Loaded.THEMES;
    }

    /** Loaded once, on first use; the themes are immutable. */
    private static final class Loaded {
        private static final List<Theme> THEMES = load();

        private static List<Theme> load() {
            List<ThemeDefinition> definitions = NAMES.stream().map(ThemeFileReader::readResource).toList();
            ThemeLinker.LinkResult result = ThemeLinker.link(List.of(), definitions);
            if (!result.problems().isEmpty()) {
                throw new IllegalStateException(String.join("\n",
                        result.problems().stream().map(ThemeProblem::text).toList()));
            }
            return result.themes();
        }
    }
}
