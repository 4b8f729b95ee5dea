package dev.opcon.themes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opcon.themes.model.AnsiColour;
import dev.opcon.themes.model.Colour;
import dev.opcon.themes.model.Role;
import dev.opcon.themes.model.Style;
import dev.opcon.themes.model.Symbols;
import dev.opcon.themes.model.Theme;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UserThemesTest {

    @TempDir
    Path directory;

    @Test
    void aUserThemeOverridesSomeRolesAndInheritsTheRestFromDefault() throws IOException {
        write("neon.json", """
                {"description": "Loud", "roles": {"warning": {"fg": "#ff00ff", "bold": true}, "ok": {"fg": 46}}}
                """);

        ThemeRegistry registry = ThemeRegistry.load(directory);
        Theme neon = registry.find("neon").orElseThrow();
        Theme standard = registry.defaultTheme();

        assertThat(registry.warnings()).isEmpty();
        assertThat(neon.description()).isEqualTo("Loud");
        assertThat(neon.style(Role.WARNING)).isEqualTo(Style.foreground(Colour.rgb(255, 0, 255)).withBold(true));
        assertThat(neon.style(Role.OK)).isEqualTo(Style.foreground(Colour.indexed(46)));
        assertThat(neon.style(Role.CRITICAL)).isEqualTo(standard.style(Role.CRITICAL));
        assertThat(neon.symbols()).isEqualTo(standard.symbols());
    }

    @Test
    void aUserThemeExtendsTheThemeItNames() throws IOException {
        write("night-shift.json", """
                {"extends": "solarized-dark", "roles": {"selected": {"reverse": true}}}
                """);

        ThemeRegistry registry = ThemeRegistry.load(directory);
        Theme theme = registry.find("night-shift").orElseThrow();
        Theme solarized = registry.find("solarized-dark").orElseThrow();

        assertThat(theme.style(Role.SELECTED)).isEqualTo(Style.PLAIN.withReverse(true));
        assertThat(theme.style(Role.BACKGROUND)).isEqualTo(solarized.style(Role.BACKGROUND));
        assertThat(theme.description()).isEqualTo("Based on solarized-dark");
    }

    @Test
    void userThemesMayExtendEachOtherInAnyFileOrder() throws IOException {
        write("a-child.json", """
                {"extends": "z-parent", "roles": {"title": {"fg": "bright_yellow"}}}
                """);
        write("z-parent.json", """
                {"extends": "mono", "roles": {"header": {"fg": "cyan"}}}
                """);

        ThemeRegistry registry = ThemeRegistry.load(directory);
        Theme child = registry.find("a-child").orElseThrow();

        assertThat(registry.warnings()).isEmpty();
        assertThat(child.style(Role.TITLE).foreground()).isEqualTo(Colour.ansi(AnsiColour.BRIGHT_YELLOW));
        assertThat(child.style(Role.HEADER).foreground()).isEqualTo(Colour.ansi(AnsiColour.CYAN));
        assertThat(child.ascii()).isTrue();
        assertThat(child.symbols()).isEqualTo(Symbols.ASCII);
    }

    @Test
    void theNameFieldWinsOverTheFileName() throws IOException {
        write("file-name.json", """
                {"name": "Ocean", "roles": {}}
                """);

        assertThat(ThemeRegistry.load(directory).names()).contains("Ocean").doesNotContain("file-name");
    }

    @Test
    void userThemesComeAfterTheBundledOnesInNameOrder() throws IOException {
        write("zebra.json", "{}");
        write("aurora.json", "{}");
        write("notes.txt", "not a theme");
        write(".#aurora.json", "{ half-saved");

        ThemeRegistry registry = ThemeRegistry.load(directory);

        assertThat(registry.names())
                .containsExactly("default", "light", "solarized-dark", "high-contrast", "mono", "aurora", "zebra");
        assertThat(registry.warnings()).isEmpty();
        assertThat(registry.next("mono").name()).isEqualTo("aurora");
        assertThat(registry.next("zebra").name()).isEqualTo("default");
    }

    @Test
    void symbolsAndTheAsciiFlagCanBeChanged() throws IOException {
        write("plain.json", """
                {"ascii": true, "symbols": {"critical": "XX", "bar_fill": "="}}
                """);

        Theme theme = ThemeRegistry.load(directory).find("plain").orElseThrow();

        assertThat(theme.ascii()).isTrue();
        assertThat(theme.symbols().critical()).isEqualTo("XX");
        assertThat(theme.symbols().barFill()).isEqualTo("=");
        assertThat(theme.symbols().warning()).isEqualTo(Symbols.ASCII.warning());
    }

    @Test
    void aRequestedUserThemeIsChosen() throws IOException {
        write("neon.json", "{}");

        ThemeChoice choice = ThemeRegistry.load(directory).resolve("neon", Map.of());

        assertThat(choice.theme().name()).isEqualTo("neon");
        assertThat(choice.warnings()).isEmpty();
    }

    @Test
    void theEnvironmentNamesTheDirectory() throws IOException {
        Path themes = Files.createDirectories(directory.resolve("opcon").resolve("themes"));
        Files.writeString(themes.resolve("from-xdg.json"), "{}");

        ThemeRegistry registry = ThemeRegistry.load(Map.of("XDG_CONFIG_HOME", directory.toString()));

        assertThat(registry.names()).contains("from-xdg");
    }

    @Test
    void aMissingDirectoryIsNotAProblem() {
        ThemeRegistry registry = ThemeRegistry.load(directory.resolve("absent"));

        assertThat(registry.names()).hasSize(5);
        assertThat(registry.warnings()).isEmpty();
    }

    private void write(String fileName, String content) throws IOException {
        Files.writeString(directory.resolve(fileName), content);
    }
}
