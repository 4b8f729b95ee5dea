package dev.opcon.themes;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ThemeDirectoriesTest {

    @Test
    void prefersXdgConfigHome() {
        assertThat(ThemeDirectories.userThemesDirectory(Map.of("XDG_CONFIG_HOME", "/xdg", "HOME", "/home/u")))
                .contains(Path.of("/xdg", "opcon", "themes"));
    }

    @Test
    void fallsBackToDotConfigInHome() {
        assertThat(ThemeDirectories.userThemesDirectory(Map.of("HOME", "/home/u")))
                .contains(Path.of("/home/u", ".config", "opcon", "themes"));
        assertThat(ThemeDirectories.userThemesDirectory(Map.of("XDG_CONFIG_HOME", "", "HOME", "/home/u")))
                .contains(Path.of("/home/u", ".config", "opcon", "themes"));
    }

    @Test
    void ignoresARelativeXdgConfigHome() {
        assertThat(ThemeDirectories.userThemesDirectory(Map.of("XDG_CONFIG_HOME", "relative", "HOME", "/home/u")))
                .contains(Path.of("/home/u", ".config", "opcon", "themes"));
    }

    @Test
    void noHomeMeansNoUserThemes() {
        assertThat(ThemeDirectories.userThemesDirectory(Map.of())).isEmpty();
    }
}
