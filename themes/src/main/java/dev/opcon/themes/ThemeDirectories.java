package dev.opcon.themes;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/** Where user themes live, following the XDG base directory specification. */
public final class ThemeDirectories {

    private ThemeDirectories() {
    }

    /**
     * {@code $XDG_CONFIG_HOME/opcon/themes}, else {@code $HOME/.config/opcon/themes}. Empty when the
     * environment names no home. A relative {@code XDG_CONFIG_HOME} is ignored, as the specification says.
     */
    public static Optional<Path> userThemesDirectory(Map<String, String> environment) {
        Optional<Path> configHome = value(environment, "XDG_CONFIG_HOME")
                .map(Path::of)
                .filter(Path::isAbsolute)
                .or(() -> value(environment, "HOME").or(() -> value(environment, "USERPROFILE"))
                        .map(home -> Path.of(home, ".config")));
        return configHome.map(directory -> directory.resolve("opcon").resolve("themes"));
    }

    private static Optional<String> value(Map<String, String> environment, String name) {
        return Optional.ofNullable(environment.get(name)).filter(text -> !text.isBlank());
    }
}
