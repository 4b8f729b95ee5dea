package dev.opcon.limiter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LimiterConfigTest {

    @Test
    void anEmptyEnvironmentGivesTheDocumentedDefaults() {
        LimiterConfig config = LimiterConfig.fromEnvironment(Map.of());

        assertThat(config).isEqualTo(new LimiterConfig("redis://localhost:6379", null, "127.0.0.1", 8080, 100, 60_000,
                Duration.ofSeconds(10), Duration.ofSeconds(30)));
    }

    @Test
    void readsEveryVariable() {
        LimiterConfig config = LimiterConfig.fromEnvironment(Map.of(
                "RATELIMITER_REDIS_URL", "rediss://:pw@redis.example:6380/2",
                "RATELIMITER_NODE_ID", "edge-1",
                "RATELIMITER_NODE_HOST", "0.0.0.0",
                "RATELIMITER_NODE_PORT", "0",
                "RATELIMITER_DEFAULT_LIMIT", "0",
                "RATELIMITER_DEFAULT_WINDOW_MS", "1000",
                "UNRELATED", "ignored"));

        assertThat(config.redisUrl()).isEqualTo("rediss://:pw@redis.example:6380/2");
        assertThat(config.nodeId()).isEqualTo("edge-1");
        assertThat(config.host()).isEqualTo("0.0.0.0");
        assertThat(config.port()).isZero();
        assertThat(config.defaultLimit()).isZero();
        assertThat(config.defaultWindowMs()).isEqualTo(1000);
    }

    @Test
    void blankVariablesKeepTheirDefaults() {
        LimiterConfig config = LimiterConfig.fromEnvironment(Map.of("RATELIMITER_NODE_PORT", " ", "RATELIMITER_NODE_ID", ""));

        assertThat(config.port()).isEqualTo(8080);
        assertThat(config.nodeId()).isNull();
    }

    @Test
    void eachBadValueIsReportedWithItsVariableName() {
        assertBad("RATELIMITER_NODE_PORT", "http", "RATELIMITER_NODE_PORT must be a port between 0 and 65535");
        assertBad("RATELIMITER_NODE_PORT", "70000", "got '70000'");
        assertBad("RATELIMITER_DEFAULT_LIMIT", "-1", "RATELIMITER_DEFAULT_LIMIT must be a whole number of requests, 0 or more");
        assertBad("RATELIMITER_DEFAULT_WINDOW_MS", "0", "RATELIMITER_DEFAULT_WINDOW_MS must be a whole number of milliseconds");
        assertBad("RATELIMITER_REDIS_URL", "localhost:6379", "RATELIMITER_REDIS_URL:");
        assertBad("RATELIMITER_REDIS_URL", "redis://:pw@host:99999", "the port must be between 1 and 65535");
        assertBad("RATELIMITER_NODE_ID", "two words", "RATELIMITER_NODE_ID: the node id must not contain spaces");
    }

    @Test
    void aBadUrlNeverShowsItsPassword() {
        assertThatThrownBy(() -> LimiterConfig.fromEnvironment(Map.of("RATELIMITER_REDIS_URL", "http://user:hunter2@host")))
                .hasMessageNotContaining("hunter2")
                .hasMessageContaining("http://user:****@host");
    }

    @Test
    void toStringMasksThePassword() {
        LimiterConfig config = LimiterConfig.defaults().withRedisUrl("redis://:hunter2@db:6379");

        assertThat(config.toString()).doesNotContain("hunter2").contains("redis://:****@db:6379");
    }

    @Test
    void theRegistrationMustOutliveTheHeartbeatInterval() {
        assertThatThrownBy(() -> LimiterConfig.defaults().withRegistrationTtl(Duration.ofSeconds(10)))
                .isInstanceOf(LimiterConfigException.class)
                .hasMessageContaining("must be longer than the heartbeat interval");
    }

    @Test
    void withersChangeOneFieldEach() {
        LimiterConfig changed = LimiterConfig.defaults().withPort(0).withNodeId("n").withHost("::1")
                .withDefaultLimit(7).withDefaultWindowMs(10).withHeartbeatInterval(Duration.ofSeconds(1));

        assertThat(changed).isEqualTo(new LimiterConfig("redis://localhost:6379", "n", "::1", 0, 7, 10,
                Duration.ofSeconds(1), Duration.ofSeconds(30)));
    }

    private static void assertBad(String variable, String value, String message) {
        assertThatThrownBy(() -> LimiterConfig.fromEnvironment(Map.of(variable, value)))
                .isInstanceOf(LimiterConfigException.class)
                .hasMessageContaining(message);
    }
}
