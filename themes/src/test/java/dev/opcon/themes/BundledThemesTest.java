package dev.opcon.themes;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.opcon.themes.model.Colour;
import dev.opcon.themes.model.Role;
import dev.opcon.themes.model.Style;
import dev.opcon.themes.model.Symbols;
import dev.opcon.themes.model.Theme;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class BundledThemesTest {

    private static final ThemeRegistry REGISTRY = ThemeRegistry.bundled();

    static Stream<Theme> bundledThemes() {
        return BundledThemes.NAMES.stream().map(name -> REGISTRY.find(name).orElseThrow());
    }

    static Stream<Theme> colouredThemes() {
        return bundledThemes().filter(theme -> !theme.colourless());
    }

    @Test
    void allLoadInTheirCyclingOrder() {
        assertThat(REGISTRY.names()).containsExactly("default", "light", "solarized-dark", "high-contrast", "mono");
        assertThat(REGISTRY.warnings()).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("bundledThemes")
    void definesEveryRoleInItsOwnFile(Theme theme) throws IOException {
        try (InputStream input = BundledThemes.class.getResourceAsStream(theme.name() + ".json")) {
            JsonNode document = new ObjectMapper().readTree(input);
            List<String> roles = new ArrayList<>();
            document.get("roles").fieldNames().forEachRemaining(roles::add);

            assertThat(roles).containsExactlyElementsOf(Arrays.stream(Role.values()).map(Role::jsonName).toList());
            assertThat(document.has("extends")).isFalse();
        }
        assertThat(theme.styles()).containsOnlyKeys(Role.values());
        assertThat(theme.description()).isNotBlank();
    }

    @ParameterizedTest
    @MethodSource("colouredThemes")
    void severitiesAndBarsDifferInColour(Theme theme) {
        assertThat(foregrounds(theme, Role.OK, Role.WARNING, Role.CRITICAL)).doesNotHaveDuplicates();
        assertThat(foregrounds(theme, Role.BAR_FILL, Role.BAR_WARNING, Role.BAR_CRITICAL, Role.BAR_EMPTY))
                .doesNotHaveDuplicates();
        assertThat(foregrounds(theme, Role.STALE, Role.ERROR, Role.TEXT, Role.MUTED)).doesNotHaveDuplicates();
    }

    /**
     * WCAG's 3:1 for text, less for graphics and for what should recede; checked wherever the theme sets
     * both colours (on the terminal's own background the terminal decides).
     */
    @ParameterizedTest
    @MethodSource("colouredThemes")
    void everyRoleIsReadableOnTheCanvasAndOnOverlays(Theme theme) {
        for (Role role : Role.values()) {
            double least = leastContrast(role);
            for (Role surface : List.of(Role.BACKGROUND, Role.OVERLAY)) {
                Style drawn = theme.style(role, surface);
                Contrast.ratio(drawn.foreground(), drawn.background()).ifPresent(ratio ->
                        assertThat(ratio).as("%s on %s in %s", role, surface, theme.name()).isGreaterThanOrEqualTo(least));
            }
        }
    }

    @Test
    void monoUsesNoColourAndAsciiSymbols() {
        Theme mono = REGISTRY.find("mono").orElseThrow();

        assertThat(mono.colourless()).isTrue();
        assertThat(mono.ascii()).isTrue();
        assertThat(mono.symbols()).isEqualTo(Symbols.ASCII);
        assertThat(mono.symbols().barFill()).isEqualTo("#");
        assertThat(mono.symbols().barEmpty()).isEqualTo(".");
        assertThat(mono.symbols().critical()).isEqualTo("!!");
        assertThat(mono.style(Role.SELECTED).reverse()).isTrue();
        String allSymbols = String.join("", mono.symbols().ok(), mono.symbols().info(), mono.symbols().warning(),
                mono.symbols().critical(), mono.symbols().stale(), mono.symbols().error(), mono.symbols().sparkline());
        assertThat(allSymbols.chars()).allMatch(character -> character >= 0x20 && character < 0x7F);
    }

    @Test
    void severitiesStillDifferWithoutColour() {
        Theme mono = REGISTRY.find("mono").orElseThrow();

        assertThat(List.of(mono.symbols().ok(), mono.symbols().info(), mono.symbols().warning(), mono.symbols().critical()))
                .doesNotHaveDuplicates();
        assertThat(List.of(mono.style(Role.WARNING), mono.style(Role.CRITICAL), mono.style(Role.TEXT)))
                .doesNotHaveDuplicates();
    }

    @Test
    void colouredThemesUseUnicodeSymbols() {
        colouredThemes().forEach(theme -> {
            assertThat(theme.ascii()).as(theme.name()).isFalse();
            assertThat(theme.symbols()).as(theme.name()).isEqualTo(Symbols.UNICODE);
        });
    }

    @Test
    void solarizedUsesOnlyTheSolarizedPalette() {
        Set<String> solarized = Set.of("#002b36", "#073642", "#586e75", "#657b83", "#839496", "#93a1a1", "#eee8d5",
                "#fdf6e3", "#b58900", "#cb4b16", "#dc322f", "#d33682", "#6c71c4", "#268bd2", "#2aa198", "#859900");
        Theme theme = REGISTRY.find("solarized-dark").orElseThrow();

        List<Colour> colours = theme.styles().values().stream()
                .flatMap(style -> Stream.of(style.foreground(), style.background()))
                .filter(colour -> !colour.isDefault())
                .toList();
        assertThat(colours).allSatisfy(colour -> assertThat(colour.text()).isIn(solarized));
        assertThat(theme.style(Role.BACKGROUND).background().text()).isEqualTo("#002b36");
    }

    private static double leastContrast(Role role) {
        return switch (role) {
            case BORDER, BAR_EMPTY -> 1.4;
            case BORDER_FOCUSED, BAR_FILL, BAR_WARNING, BAR_CRITICAL, SPARKLINE -> 2.0;
            case MUTED, STALE -> 2.5;
            default -> 3.0;
        };
    }

    private static List<Colour> foregrounds(Theme theme, Role... roles) {
        return Arrays.stream(roles).map(role -> theme.style(role, Role.BACKGROUND).foreground()).toList();
    }
}
