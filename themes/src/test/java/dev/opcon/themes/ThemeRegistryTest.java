package dev.opcon.themes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ThemeRegistryTest {

    private final ThemeRegistry registry = ThemeRegistry.bundled();

    @Test
    void noColorChoosesMonoWhateverWasRequested() {
        ThemeChoice choice = registry.resolve("solarized-dark", Map.of("NO_COLOR", "1"));

        assertThat(choice.theme().name()).isEqualTo("mono");
        assertThat(choice.warnings()).isEmpty();
        assertThat(registry.resolve("no-such-theme", Map.of("NO_COLOR", "yes")).theme().name()).isEqualTo("mono");
        assertThat(registry.resolve(null, Map.of("NO_COLOR", "0")).theme().name()).isEqualTo("mono");
    }

    @Test
    void anEmptyNoColorIsNotSet() {
        assertThat(registry.resolve("light", Map.of("NO_COLOR", "")).theme().name()).isEqualTo("light");
    }

    @Test
    void findsTheRequestedTheme() {
        ThemeChoice choice = registry.resolve("high-contrast", Map.of());

        assertThat(choice.theme().name()).isEqualTo("high-contrast");
        assertThat(choice.warnings()).isEmpty();
    }

    @Test
    void noRequestMeansTheDefaultTheme() {
        assertThat(registry.resolve(null, Map.of()).theme().name()).isEqualTo("default");
        assertThat(registry.resolve("  ", Map.of()).theme().name()).isEqualTo("default");
        assertThat(registry.resolve(null, Map.of()).warnings()).isEmpty();
    }

    @Test
    void anUnknownNameFallsBackToDefaultAndListsTheAvailableNames() {
        ThemeChoice choice = registry.resolve("neon", Map.of());

        assertThat(choice.theme()).isEqualTo(registry.defaultTheme());
        assertThat(choice.warnings()).containsExactly(
                "unknown theme \"neon\"; using \"default\" (available: default, light, solarized-dark, high-contrast, mono)");
    }

    @Test
    void anUnknownNameIsShownSafely() {
        ThemeChoice choice = registry.resolve("\u001b[2Jevil", Map.of());

        assertThat(choice.warnings()).singleElement().asString()
                .doesNotContain("\u001b")
                .contains("\\u{001b}[2Jevil");
    }

    @Test
    void cyclesThroughEveryThemeAndWrapsRound() {
        List<String> visited = new ArrayList<>();
        String current = "default";
        for (int step = 0; step < 6; step++) {
            current = registry.next(current).name();
            visited.add(current);
        }

        assertThat(visited).containsExactly("light", "solarized-dark", "high-contrast", "mono", "default", "light");
    }

    @Test
    void cyclingFromAnUnknownNameStartsAtTheFirstTheme() {
        assertThat(registry.next("gone").name()).isEqualTo("default");
    }

    @Test
    void findsOnlyKnownNames() {
        assertThat(registry.find("light")).isPresent();
        assertThat(registry.find("Light")).isEmpty();
    }

    @Test
    void anEnvironmentWithoutHomeGivesTheBundledThemes() {
        ThemeRegistry fromEnvironment = ThemeRegistry.load(Map.of());

        assertThat(fromEnvironment.names()).isEqualTo(registry.names());
        assertThat(fromEnvironment.warnings()).isEmpty();
    }
}
