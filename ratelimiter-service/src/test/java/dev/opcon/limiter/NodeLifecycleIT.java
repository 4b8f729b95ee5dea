package dev.opcon.limiter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import dev.opcon.limiter.embedded.LocalRedis;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.Jedis;

/** Starting, registering, stopping and starting again. */
class NodeLifecycleIT {

    private static LocalRedis redis;
    private static LimiterConfig config;

    @BeforeAll
    static void startRedis() {
        redis = LocalRedis.start();
        config = LimiterConfig.defaults().withRedisUrl(redis.url()).withPort(0);
    }

    @AfterAll
    static void stopRedis() {
        redis.close();
    }

    @Test
    void registrationHasTheContractFieldsAndATimeToLive() {
        try (LimiterNode node = LimiterNode.start(config.withNodeId("ttl-node")); Jedis jedis = jedis()) {
            assertThat(jedis.hgetAll("ratelimiter:nodes:ttl-node")).containsOnlyKeys("address", "registered_at")
                    .containsEntry("address", node.address());
            assertThat(jedis.pttl("ratelimiter:nodes:ttl-node")).isBetween(1L, 30_000L);
        }
    }

    @Test
    void gracefulCloseRemovesTheRegistration() {
        try (LimiterNode staying = LimiterNode.start(config.withNodeId("staying"))) {
            LimiterNode leaving = LimiterNode.start(config.withNodeId("leaving"));
            assertThat(listedIds(staying)).contains("staying", "leaving");

            leaving.close();

            assertThat(listedIds(staying)).contains("staying").doesNotContain("leaving");
            try (Jedis jedis = jedis()) {
                assertThat(jedis.exists("ratelimiter:nodes:leaving")).isFalse();
            }
            leaving.close();
        }
    }

    @Test
    void aStoppedNodeStartsAgainOnTheSamePort() {
        LimiterNode first = LimiterNode.start(config);
        int port = first.port();
        NodeClient.check(first, "same-port");
        first.close();

        try (LimiterNode second = LimiterNode.start(config.withPort(port))) {
            assertThat(second.port()).isEqualTo(port);
            assertThat(second.nodeId()).isEqualTo(first.nodeId()).endsWith("-" + port);
            assertThat(NodeClient.get(second.url() + "/health").status()).isEqualTo(200);
            assertThat(NodeClient.check(second, "same-port").json().get("current_count").asLong()).isEqualTo(2);
            assertThat(listedIds(second)).contains(second.nodeId());
        }
    }

    @Test
    void aTakenPortIsReportedAsAStartFailure() {
        try (LimiterNode node = LimiterNode.start(config)) {
            assertThatThrownBy(() -> LimiterNode.start(config.withPort(node.port())))
                    .isInstanceOf(LimiterStartException.class)
                    .hasMessageContaining("cannot listen on 127.0.0.1:" + node.port());
        }
    }

    @Test
    void aNodeStartsWhileRedisIsDownAndRegistersWhenItComesBack() {
        try (LocalRedis ownRedis = LocalRedis.start()) {
            ownRedis.stop();
            LimiterConfig fastHeartbeat = config.withRedisUrl(ownRedis.url()).withNodeId("patient")
                    .withHeartbeatInterval(Duration.ofMillis(100)).withRegistrationTtl(Duration.ofSeconds(1));
            try (LimiterNode node = LimiterNode.start(fastHeartbeat)) {
                assertThat(NodeClient.get(node.url() + "/health").status()).isEqualTo(503);

                ownRedis.restart();

                await().atMost(Duration.ofSeconds(5))
                        .until(() -> listedIds(node).contains("patient"));
            }
        }
    }

    @Test
    void requestsArrivingAfterCloseAreRefused() {
        LimiterNode node = LimiterNode.start(config);
        String url = node.url();
        node.close();

        assertThatThrownBy(() -> NodeClient.get(url + "/health")).isInstanceOf(UncheckedIOException.class);
    }

    private static List<String> listedIds(LimiterNode node) {
        JsonNode nodes = NodeClient.get(node.url() + "/api/nodes").json().get("nodes");
        return NodeClient.elements(nodes).stream().map(entry -> entry.get("id").asText()).toList();
    }

    private static Jedis jedis() {
        return new Jedis("127.0.0.1", redis.port());
    }
}
