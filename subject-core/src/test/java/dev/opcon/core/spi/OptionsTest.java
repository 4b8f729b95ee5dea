package dev.opcon.core.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OptionsTest {

    private final List<OptionSpec> specs = List.of(
            OptionSpec.required("redis-url", "Redis", "REDIS_URL"),
            OptionSpec.optional("interval", "how often", null).withDefault("2s"));

    @Test
    void flagsBeatEnvironmentWhichBeatsConfigWhichBeatsDefaults() {
        Options fromFlag = Options.resolve(specs, Map.of("redis-url", "redis://flag"),
                Map.of("REDIS_URL", "redis://env"), Map.of("redis-url", "redis://config"));
        Options fromEnvironment = Options.resolve(specs, Map.of(), Map.of("REDIS_URL", "redis://env"),
                Map.of("redis-url", "redis://config", "interval", "5s"));

        assertThat(fromFlag.get("redis-url")).contains("redis://flag");
        assertThat(fromEnvironment.get("redis-url")).contains("redis://env");
        assertThat(fromEnvironment.duration("interval")).contains(Duration.ofSeconds(5));
        assertThat(Options.resolve(specs, Map.of(), Map.of(), Map.of()).duration("interval")).contains(Duration.ofSeconds(2));
    }

    @Test
    void aMissingRequiredOptionSaysWhereToGiveIt() {
        Options options = Options.resolve(specs, Map.of(), Map.of(), Map.of());

        assertThatThrownBy(() -> options.require("redis-url"))
                .hasMessage("missing option --redis-url: give it as a flag, in the environment, or in the config file");
    }

    @Test
    void listsAndDurationsAreParsedAndBadOnesNamed() {
        Options options = Options.of(Map.of("urls", " http://a , http://b,", "grace", "soon"));

        assertThat(options.list("urls")).containsExactly("http://a", "http://b");
        assertThatThrownBy(() -> options.duration("grace"))
                .hasMessage("option --grace: 'soon' is not a duration (write 500ms, 2s, 1m or 1h)");
        assertThat(Durations.format(Duration.ofSeconds(200))).isEqualTo("3m20s");
    }
}
