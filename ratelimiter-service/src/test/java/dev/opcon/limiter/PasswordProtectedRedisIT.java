package dev.opcon.limiter;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opcon.limiter.NodeClient.Answer;
import dev.opcon.limiter.embedded.LocalRedis;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A node reaches a Redis with requirepass through redis://:password@host:port, and never shows the password. */
class PasswordProtectedRedisIT {

    private static final String PASSWORD = "s3cret:with/odd@chars";
    private static LocalRedis redis;

    @BeforeAll
    static void start() {
        redis = LocalRedis.start(PASSWORD);
    }

    @AfterAll
    static void stop() {
        redis.close();
    }

    @Test
    void theRightPasswordWorks() {
        assertThat(redis.url()).doesNotContain("s3cret");
        try (LimiterNode node = LimiterNode.start(LimiterConfig.defaults().withRedisUrl(redis.urlWithPassword()).withPort(0))) {
            assertThat(NodeClient.get(node.url() + "/health").status()).isEqualTo(200);
            assertThat(NodeClient.check(node, "guarded").status()).isEqualTo(200);
            assertThat(node.config().toString()).doesNotContain("s3cret").contains("****");
        }
    }

    @Test
    void aMissingPasswordIsReportedWithoutLeakingIt() {
        try (LimiterNode node = LimiterNode.start(LimiterConfig.defaults().withRedisUrl(redis.url()).withPort(0))) {
            Answer health = NodeClient.get(node.url() + "/health");

            assertThat(health.status()).isEqualTo(503);
            assertThat(health.json().get("error").asText()).contains("NOAUTH");
        }
    }

    @Test
    void aWrongPasswordIsReportedWithoutLeakingIt() {
        String wrong = "redis://:not-the-password@127.0.0.1:" + redis.port();
        try (LimiterNode node = LimiterNode.start(LimiterConfig.defaults().withRedisUrl(wrong).withPort(0))) {
            Answer health = NodeClient.get(node.url() + "/health");

            assertThat(health.status()).isEqualTo(503);
            assertThat(health.text()).doesNotContain("not-the-password").contains("****");
        }
    }
}
