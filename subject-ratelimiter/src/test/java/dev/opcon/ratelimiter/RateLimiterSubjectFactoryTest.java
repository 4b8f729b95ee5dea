package dev.opcon.ratelimiter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opcon.core.error.OpconException;
import dev.opcon.core.registry.SubjectRegistry;
import dev.opcon.core.spi.OptionSpec;
import dev.opcon.core.spi.Options;
import dev.opcon.core.spi.Subject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RateLimiterSubjectFactoryTest {

    private static final Map<String, String> VALID = Map.of(
            "ratelimiter-url", "http://127.0.0.1:8080, http://127.0.0.1:8081",
            "redis-url", "redis://:hunter2@127.0.0.1:6379/0");

    @Test
    void isFoundByNameOnTheClassPath() {
        SubjectRegistry registry = SubjectRegistry.fromClassPath();

        assertThat(registry.describe("ratelimiter").description()).contains("rate limiter");
        assertThat(registry.factory("ratelimiter")).isInstanceOf(RateLimiterSubjectFactory.class);
    }

    @Test
    void declaresItsOptionsWithTheSeedSystemsEnvironmentNames() {
        List<OptionSpec> options = new RateLimiterSubjectFactory().options();

        assertThat(options).filteredOn(OptionSpec::required).extracting(OptionSpec::name)
                .containsExactly("ratelimiter-url", "redis-url");
        assertThat(options).filteredOn(spec -> spec.environmentVariable().isPresent())
                .extracting(spec -> spec.environmentVariable().get())
                .containsExactly("RATELIMITER_URL", "REDIS_URL", "PROMETHEUS_URL");
        assertThat(options).filteredOn(OptionSpec::secret).extracting(OptionSpec::name)
                .containsExactly("redis-url", "prometheus-url");
        assertThat(options).extracting(OptionSpec::name).contains("top-keys", "source-deadline", "high-latency-ms",
                "high-latency-grace", "counter-drift-threshold", "counter-drift-grace", "node-down-grace",
                "redis-disconnected-grace", "over-limit-grace", "ghost-allowing-grace", "source-unreachable-grace");
    }

    @Test
    void createsASubjectWithoutAnyIoEvenForHostsThatDoNotExist() {
        try (Subject subject = create(Map.of("ratelimiter-url", "http://no-such-node.invalid:8080",
                "redis-url", "redis://:hunter2@no-such-redis.invalid:6379"))) {
            assertThat(subject.name()).isEqualTo("ratelimiter");
            assertThat(subject.endpoints()).contains("http://no-such-node.invalid:8080",
                    "redis://:***@no-such-redis.invalid:6379/0", "direct each node's /metrics");
            assertThat(String.join(" ", subject.endpoints())).doesNotContain("hunter2");
            assertThat(subject.sources()).extracting(source -> source.name())
                    .containsExactly("management-api", "management-counters", "redis", "redis-counters");
        }
    }

    @Test
    void aBadNodeUrlNamesTheOptionAndWhatToWrite() {
        assertConfigurationError(Map.of("ratelimiter-url", "http://ok:1,ftp://user:hunter2@node"),
                "option --ratelimiter-url: 'ftp://user:***@node' is not a usable URL: it must start with http:// or https://");
        assertConfigurationError(Map.of("ratelimiter-url", " , "), "option --ratelimiter-url is required");
        assertConfigurationError(Map.of("ratelimiter-url", "http://under_score:80"), "it has no usable host name");
    }

    @Test
    void aBadRedisOrPrometheusUrlNamesItsOption() {
        assertConfigurationError(Map.of("redis-url", "tcp://:hunter2@h:1"), "option --redis-url: 'tcp://:***@h:1'");
        assertConfigurationError(Map.of("prometheus-url", "prometheus:9090"), "option --prometheus-url:");
    }

    @Test
    void badThresholdsAndGracesNameTheirOption() {
        assertConfigurationError(Map.of("top-keys", "many"), "option --top-keys: 'many' is not a whole number");
        assertConfigurationError(Map.of("top-keys", "-1"), "option --top-keys");
        assertConfigurationError(Map.of("high-latency-ms", "0"), "option --high-latency-ms: give a number above 0");
        assertConfigurationError(Map.of("counter-drift-grace", "soon"), "option --counter-drift-grace: 'soon' is not a duration");
        assertConfigurationError(Map.of("source-deadline", "10ms"), "option --source-deadline: give a duration between");
    }

    @Test
    void anUnknownOptionIsRefusedWithTheListOfKnownOnes() {
        assertConfigurationError(Map.of("pd-endpoint", "http://pd:2379"),
                "the ratelimiter subject has no option --pd-endpoint; it takes: --ratelimiter-url, --redis-url");
    }

    @Test
    void choosesPrometheusWhenAUrlIsGiven() {
        try (Subject subject = create(Map.of("prometheus-url", "http://prom:9090"))) {
            assertThat(subject.endpoints()).anySatisfy(endpoint -> assertThat(endpoint).startsWith("prometheus http://prom:9090"));
        }
    }

    private static void assertConfigurationError(Map<String, String> overrides, String message) {
        assertThatThrownBy(() -> create(overrides)).isInstanceOfSatisfying(OpconException.class, failure -> {
            assertThat(failure.category()).isEqualTo(OpconException.Category.CONFIGURATION);
            assertThat(failure.getMessage()).contains(message).doesNotContain("hunter2");
        });
    }

    private static Subject create(Map<String, String> overrides) {
        Map<String, String> options = new HashMap<>(VALID);
        options.putAll(overrides);
        return new RateLimiterSubjectFactory().create(Options.of(options));
    }
}
