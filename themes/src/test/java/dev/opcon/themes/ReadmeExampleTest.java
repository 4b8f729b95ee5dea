package dev.opcon.themes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opcon.themes.model.Colour;
import dev.opcon.themes.model.Role;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The example in README.md must stay a theme that loads. */
class ReadmeExampleTest {

    @Test
    void theDocumentedExampleLoads(@TempDir Path directory) throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        int start = readme.indexOf("```json") + "```json".length();
        Files.writeString(directory.resolve("example.json"), readme.substring(start, readme.indexOf("```", start)));

        ThemeRegistry registry = ThemeRegistry.load(directory);

        assertThat(registry.warnings()).isEmpty();
        assertThat(registry.find("night-shift").orElseThrow().style(Role.WARNING).foreground())
                .isEqualTo(Colour.rgb(0xff, 0x87, 0x00));
    }
}
