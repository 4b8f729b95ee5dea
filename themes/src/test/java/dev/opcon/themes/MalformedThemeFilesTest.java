package dev.opcon.themes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MalformedThemeFilesTest {

    @TempDir
    Path directory;

    @BeforeEach
    void writeAGoodTheme() throws IOException {
        write("good.json", """
                {"roles": {"warning": {"fg": "yellow"}}}
                """);
    }

    @Test
    void aBadColourNamesTheFileAndTheField() throws IOException {
        Path file = write("neon.json", """
                {"roles": {"warning": {"fg": "#12345"}}}
                """);

        assertThat(warnings()).containsExactly("theme file " + file + ": field \"roles.warning.fg\": \"#12345\" "
                + "is not a colour (use a name like \"red\", 0-255, or #rrggbb)");
        assertThat(loadedNames()).contains("good").doesNotContain("neon");
    }

    @Test
    void anOutOfRangeIndexIsNotAColour() throws IOException {
        Path file = write("neon.json", """
                {"roles": {"ok": {"bg": 300}}}
                """);

        assertThat(warnings()).containsExactly("theme file " + file + ": field \"roles.ok.bg\": 300 "
                + "is not a colour (use a name like \"red\", 0-255, or #rrggbb)");
    }

    @Test
    void badJsonNamesTheFileAndWhere() throws IOException {
        Path file = write("broken.json", """
                {"roles": {"warning": {"fg": "yellow",}}}
                """);

        assertThat(warnings()).singleElement().asString()
                .startsWith("theme file " + file + ": not valid JSON at line 1, column ")
                .contains("(in field \"roles.warning");
        assertThat(loadedNames()).contains("good").doesNotContain("broken");
    }

    @Test
    void anUnknownRoleIsNamedAndTheKnownOnesListed() throws IOException {
        Path file = write("typo.json", """
                {"roles": {"warnnig": {"fg": "yellow"}}}
                """);

        assertThat(warnings()).singleElement().asString()
                .startsWith("theme file " + file + ": field \"roles.warnnig\": unknown role (known roles: background, text,")
                .contains("warning", "narration");
        assertThat(loadedNames()).contains("good").doesNotContain("typo");
    }

    @Test
    void aWrongTypeIsNamed() throws IOException {
        Path file = write("types.json", """
                {"roles": {"title": {"bold": "yes"}, "muted": "grey"}}
                """);

        assertThat(warnings()).containsExactly(
                "theme file " + file + ": field \"roles.title.bold\": expected true or false, found the text \"yes\"",
                "theme file " + file + ": field \"roles.muted\": expected an object like {\"fg\": \"yellow\", \"bold\": true}, "
                        + "found the text \"grey\"");
    }

    @Test
    void everyProblemInAFileIsReported() throws IOException {
        write("many.json", """
                {"colours": {}, "ascii": "no", "roles": {"ok": {"fg": "lime", "italic": true}}, "symbols": {"critical": ""}}
                """);

        assertThat(warnings()).extracting(warning -> warning.replaceFirst("^theme file \\S+: ", "")).containsExactly(
                "field \"colours\": unknown field (known: name, description, extends, ascii, symbols, roles)",
                "field \"ascii\": expected true or false, found the text \"no\"",
                "field \"symbols.critical\": \"\" must be 1 to 3 characters long",
                "field \"roles.ok.fg\": \"lime\" is not a colour (use a name like \"red\", 0-255, or #rrggbb)",
                "field \"roles.ok.italic\": unknown field (known: fg, bg, bold, underline, reverse, dim)");
    }

    @Test
    void anUnknownParentListsTheAvailableThemes() throws IOException {
        Path file = write("child.json", """
                {"extends": "solarised-dark"}
                """);

        assertThat(warnings()).containsExactly("theme file " + file + ": field \"extends\": \"solarised-dark\" is not a theme "
                + "(available: default, light, solarized-dark, high-contrast, mono, child, good)");
    }

    @Test
    void aCycleOfParentsIsReportedAndBreaksNothingElse() throws IOException {
        Path first = write("ping.json", """
                {"extends": "pong"}
                """);
        Path second = write("pong.json", """
                {"extends": "ping"}
                """);

        assertThat(warnings()).containsExactlyInAnyOrder(
                "theme file " + second + ": field \"extends\": a theme cannot extend itself (ping → pong → ping)",
                "theme file " + first + ": field \"extends\": theme \"pong\" could not be loaded (see its warning)");
        assertThat(loadedNames()).contains("good").doesNotContain("ping", "pong");
    }

    @Test
    void aBundledNameCannotBeTaken() throws IOException {
        Path file = write("default.json", "{}");

        assertThat(warnings()).containsExactly("theme file " + file + ": field \"name\": \"default\" is a bundled theme; "
                + "choose another name (a theme can build on it with \"extends\": \"default\")");
        assertThat(ThemeRegistry.load(directory).defaultTheme()).isEqualTo(ThemeRegistry.bundled().defaultTheme());
    }

    @Test
    void theSecondFileWithANameIsSkipped() throws IOException {
        Path first = write("a.json", """
                {"name": "twin"}
                """);
        Path second = write("b.json", """
                {"name": "twin"}
                """);

        assertThat(warnings()).containsExactly("theme file " + second + ": field \"name\": \"twin\" is already the name of "
                + "theme file " + first + "; this file is skipped");
    }

    @Test
    void aFileNameThatIsNoThemeNameAsksForANameField() throws IOException {
        Path file = write("my theme.json", "{}");

        assertThat(warnings()).singleElement().asString()
                .startsWith("theme file " + file + ": field \"name\": the file name does not make a theme name");
    }

    @Test
    void aDocumentThatIsNoObjectIsRefused() throws IOException {
        Path file = write("list.json", "[1, 2]");

        assertThat(warnings()).containsExactly("theme file " + file
                + ": expected a JSON object like {\"roles\": {...}}, found array");
    }

    @Test
    void controlCharactersInValuesAreShownAsEscapes() throws IOException {
        write("sneaky.json", """
                {"roles": {"ok": {"fg": "\\u001b[2J"}}}
                """);

        assertThat(warnings()).singleElement().asString().doesNotContain("\u001b");
    }

    @Test
    void warningsReachTheThemeChoice() throws IOException {
        write("neon.json", "{ nope");

        ThemeChoice choice = ThemeRegistry.load(directory).resolve("neon", Map.of());

        assertThat(choice.theme().name()).isEqualTo("default");
        assertThat(choice.warnings()).hasSize(2);
        assertThat(choice.warnings().get(0)).contains("neon.json");
        assertThat(choice.warnings().get(1)).startsWith("unknown theme \"neon\"");
    }

    private List<String> warnings() {
        return ThemeRegistry.load(directory).warnings();
    }

    private List<String> loadedNames() {
        return ThemeRegistry.load(directory).names();
    }

    private Path write(String fileName, String content) throws IOException {
        return Files.writeString(directory.resolve(fileName), content);
    }
}
