package dev.opcon.console.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.exceptions.JedisConnectionException;

/** The demo cluster and its chaos at the level of Redis and HTTP: no console involved. */
class DemoClusterIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static DemoCluster cluster;
    private static Chaos chaos;

    @BeforeAll
    static void startCluster() {
        cluster = DemoCluster.start(DemoSettings.defaults(), Optional::empty);
        chaos = Chaos.of(cluster);
    }

    @AfterAll
    static void stopCluster() {
        cluster.close();
    }

    @Test
    void runsThreeHealthyNodesOnLoopbackUnderSkewedTraffic() {
        assertThat(cluster.nodeUrls()).hasSize(3).allMatch(url -> url.startsWith("http://127.0.0.1:"));
        cluster.nodeUrls().forEach(url -> assertThat(status(url + "/health")).isEqualTo(200));
        await().atMost(Duration.ofSeconds(40)).untilAsserted(() -> {
            LoadCounters.Totals totals = cluster.load().totals();
            assertThat(totals.allowed()).as("allowed").isGreaterThan(100);
            assertThat(totals.blocked()).as("blocked: the hot keys reach their limit").isGreaterThan(0);
        });
    }

    @Test
    void aKilledNodeComesBackOnItsPort() {
        ClusterFault kill = chaos.byName("node-down").orElseThrow();
        ClusterNode node = cluster.node("n2");
        int port = node.port();

        assertThat(kill.toggle()).startsWith("killed node n2");
        assertThat(status(node.url() + "/health")).isEqualTo(-1);
        assertThat(kill.toggle()).isEqualTo("started node n2 again on port " + port);

        assertThat(node.port()).isEqualTo(port);
        assertThat(status(node.url() + "/health")).isEqualTo(200);
    }

    @Test
    void overLimitWritesPastTheLimitAndTakesItBack() {
        ClusterFault overLimit = chaos.byName("over-limit").orElseThrow();
        try (Jedis jedis = RedisAccess.open(cluster.redisUrl(), Duration.ofSeconds(3))) {
            overLimit.toggle();
            assertThat(jedis.zcard("ratelimit:user-50")).isGreaterThan(DemoSettings.DEFAULT_LIMIT);
            overLimit.toggle();
            assertThat(jedis.zcard("ratelimit:user-50")).isLessThan(DemoSettings.DEFAULT_LIMIT);
        }
    }

    @Test
    void ghostLimitSetsZeroThroughTheApiAndRemovesTheOverride() {
        ClusterFault ghost = chaos.byName("ghost-limit").orElseThrow();
        try (Jedis jedis = RedisAccess.open(cluster.redisUrl(), Duration.ofSeconds(3))) {
            ghost.toggle();
            assertThat(jedis.hget("ratelimit:limit:user-03", "limit")).isEqualTo("0");
            ghost.toggle();
            assertThat(jedis.exists("ratelimit:limit:user-03")).isFalse();
        }
    }

    @Test
    void aPausedRedisMissesEveryDeadlineUntilLetGo() {
        ClusterFault pause = chaos.byName("redis-pause").orElseThrow();
        try (Jedis jedis = RedisAccess.open(cluster.redisUrl(), Duration.ofMillis(1500))) {
            pause.toggle();
            assertThatThrownBy(jedis::ping).isInstanceOf(JedisConnectionException.class);
        } finally {
            pause.toggle();
        }
        assertThat(pause.active()).isFalse();
        try (Jedis jedis = RedisAccess.open(cluster.redisUrl(), RedisPause.SLICE.plusSeconds(2))) {
            assertThat(jedis.ping()).isEqualTo("PONG");
        }
    }

    @Test
    void theLatencyFaultSlowsOneNodeOnly() {
        ClusterFault latency = chaos.byName("latency").orElseThrow();
        latency.toggle();
        try {
            assertThat(cluster.node("n3").checkDelay()).isEqualTo(NodeLatencyFault.DELAY);
            assertThat(cluster.node("n1").checkDelay()).isZero();
        } finally {
            latency.toggle();
        }
        assertThat(cluster.node("n3").checkDelay()).isZero();
    }

    @Test
    void theLoadGeneratorRefusesAnyTargetButLoopback() {
        assertThatThrownBy(() -> LoadGenerator.requireLoopback(URI.create("http://192.0.2.1:8080/check")))
                .hasMessageContaining("only targets loopback");
        LoadGenerator.requireLoopback(URI.create("http://127.0.0.1:8080/check"));
        LoadGenerator.requireLoopback(URI.create("http://localhost:8080/check"));
    }

    @Test
    void recordsEveryPortItOpened() {
        List<Integer> ports = cluster.ports();

        assertThat(ports).hasSize(4).doesNotHaveDuplicates()
                .contains(cluster.localRedis().orElseThrow().port(), cluster.node("n1").port());
    }

    private static int status(String url) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(3)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (java.io.IOException unreachable) {
            return -1;
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }
}
