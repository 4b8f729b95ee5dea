package dev.opcon.limiter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.opcon.limiter.NodeClient.Answer;
import dev.opcon.limiter.embedded.LocalRedis;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A node tells the truth about Redis on /health and /check, and recovers on its own. */
class RedisOutageIT {

    private LocalRedis redis;
    private LimiterNode node;

    @BeforeEach
    void start() {
        redis = LocalRedis.start();
        node = LimiterNode.start(LimiterConfig.defaults().withRedisUrl(redis.url()).withPort(0)
                .withHeartbeatInterval(Duration.ofMillis(200)).withRegistrationTtl(Duration.ofSeconds(2)));
    }

    @AfterEach
    void stop() {
        node.close();
        redis.close();
    }

    @Test
    void healthIsUnreachableWhileRedisIsDownAndHealthyAfterItsRestart() {
        assertThat(NodeClient.get(node.url() + "/health").json().get("redis").asText()).isEqualTo("ok");

        redis.stop();

        Answer down = NodeClient.get(node.url() + "/health");
        assertThat(down.status()).isEqualTo(503);
        assertThat(down.json().get("status").asText()).isEqualTo("unhealthy");
        assertThat(down.json().get("redis").asText()).isEqualTo("unreachable");
        assertThat(down.json().get("node_id").asText()).isEqualTo(node.nodeId());
        assertThat(down.json().get("error").asText()).contains(redis.url());
        Answer check = NodeClient.check(node, "during-outage");
        assertThat(check.status()).isEqualTo(503);
        assertThat(check.json().get("error").asText()).contains("unreachable");

        redis.restart();

        Answer healthy = NodeClient.get(node.url() + "/health");
        assertThat(healthy.status()).as("the stale pooled connection must not cause a false alarm").isEqualTo(200);
        assertThat(healthy.json().get("status").asText()).isEqualTo("healthy");
        assertThat(healthy.json().has("error")).isFalse();
        await().atMost(Duration.ofSeconds(5)).until(() -> NodeClient.check(node, "after-outage").status() == 200);
        await("the heartbeat registers the node in the emptied Redis").atMost(Duration.ofSeconds(5))
                .until(() -> NodeClient.get(node.url() + "/api/nodes").json().get("nodes").size() == 1);
    }

    @Test
    void healthAnswersWithinAboutASecondWhenRedisHangs() {
        redis.pause();
        try {
            long started = System.nanoTime();
            Answer health = NodeClient.get(node.url() + "/health");
            Duration took = Duration.ofNanos(System.nanoTime() - started);

            assertThat(health.status()).isEqualTo(503);
            assertThat(health.json().get("redis").asText()).isEqualTo("unreachable");
            assertThat(took).isLessThan(Duration.ofMillis(1800));
        } finally {
            redis.resume();
        }
        await().atMost(Duration.ofSeconds(5)).until(() -> NodeClient.get(node.url() + "/health").status() == 200);
    }

    @Test
    void healthAndManagementStayResponsiveWhileChecksHangOnRedis() {
        redis.pause();
        List<CompletableFuture<Answer>> hanging;
        try {
            hanging = IntStream.range(0, 64)
                    .mapToObj(index -> NodeClient.postAsync(node.url() + "/check", "{\"key\":\"hanging\"}")).toList();

            long started = System.nanoTime();
            assertThat(NodeClient.get(node.url() + "/api/limits").status()).isEqualTo(200);
            assertThat(Duration.ofNanos(System.nanoTime() - started))
                    .as("not queued behind 64 checks of a second each").isLessThan(Duration.ofMillis(1500));

            started = System.nanoTime();
            assertThat(NodeClient.get(node.url() + "/health").status()).isEqualTo(503);
            assertThat(Duration.ofNanos(System.nanoTime() - started))
                    .as("health has connections of its own").isLessThan(Duration.ofMillis(1800));
        } finally {
            redis.resume();
        }
        hanging.forEach(answer -> assertThat(answer.join().status()).isIn(200, 503));
    }
}
