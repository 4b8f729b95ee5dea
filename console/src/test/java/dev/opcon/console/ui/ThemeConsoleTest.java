package dev.opcon.console.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.TextColor;
import dev.opcon.console.ui.fake.FakeCluster;
import dev.opcon.console.ui.fake.TestRegistries;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ThemeConsoleTest {

    @TempDir
    Path configHome;

    private ConsoleLaunch launch(String theme, Map<String, String> environment) {
        return new ConsoleLaunch(TestRegistries.opener(FakeCluster.threeNodes(), Map.of()), Optional.of("fake"),
                Optional.empty(), Map.of("fake-url", "http://x"), theme, Launches.FAST, environment, Optional.empty());
    }

    @Test
    void noColourMeansTheMonoThemeWhateverWasAsked() throws Exception {
        try (ConsoleHarness console = ConsoleHarness.start(launch("default", Map.of("NO_COLOR", "1")), 100, 30)) {
            String screen = console.awaitText("node-3");

            assertThat(screen).contains("+[Nodes 3]", "|node-1");
            for (int column = 0; column < 100; column++) {
                assertThat(console.terminal().getCharacter(column, 0).getForegroundColor())
                        .isEqualTo(TextColor.ANSI.DEFAULT);
            }
            assertThat(console.quit()).isZero();
        }
    }

    @Test
    void aMalformedThemeFileIsNamedWithItsFieldAndTheDefaultThemeIsUsed() throws Exception {
        Path themes = Files.createDirectories(configHome.resolve("opcon/themes"));
        Files.writeString(themes.resolve("broken.json"), """
                {"name": "broken", "extends": "default", "roles": {"warning": {"fg": "not-a-colour"}}}
                """);
        Map<String, String> environment = Map.of("XDG_CONFIG_HOME", configHome.toString());
        try (ConsoleHarness console = ConsoleHarness.start(launch("broken", environment), 140, 30)) {
            String screen = console.awaitText("node-3");

            assertThat(screen).contains("broken.json").contains("roles.warning.fg");
            assertThat(console.quit()).isZero();
        }
    }
}
