package dev.opcon.ratelimiter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.opcon.core.model.Frame;
import dev.opcon.core.model.Severity;
import dev.opcon.core.refresh.RefreshLoop;
import dev.opcon.ratelimiter.model.NodeState;
import dev.opcon.ratelimiter.model.RateLimiterData;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.args.ClientPauseMode;

class RedisOutageIT {

    private final LimiterCluster cluster = LimiterCluster.start(2);

    @AfterEach
    void stopCluster() {
        cluster.close();
    }

    @Test
    void aRedisOutageIsCriticalAndTheSameSubjectRecoversWhenRedisIsBack() {
        RefreshLoop loop = cluster.watch();
        assertThat(loop.observeOnce().exitCode()).isZero();

        cluster.redis().stop();
        Frame outage = loop.observeOnce();

        assertThat(outage.exitCode()).isEqualTo(2);
        assertThat(outage.active()).filteredOn(violation -> violation.invariant().equals("redis_disconnected"))
                .allSatisfy(violation -> assertThat(violation.severity()).isEqualTo(Severity.CRITICAL))
                .extracting(violation -> violation.entity()).containsExactlyInAnyOrder("", "n1", "n2");
        RateLimiterData data = outage.observation().data(RateLimiterData.class);
        assertThat(data.redis().connected()).isFalse();
        assertThat(data.redis().error()).startsWith("Redis at redis://127.0.0.1:" + cluster.redis().port() + "/0: cannot connect");
        // The nodes are alive and say what is wrong: Redis, not them.
        assertThat(data.nodes()).hasSize(2).allSatisfy(node -> {
            assertThat(node.state()).isEqualTo(NodeState.UP);
            assertThat(node.redisReachable()).isFalse();
            assertThat(node.healthError()).containsIgnoringCase("redis");
        });
        assertThat(outage.active()).noneMatch(violation -> violation.invariant().equals("node_down"));

        cluster.redis().restart();
        AtomicReference<Frame> recovered = new AtomicReference<>();
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250))
                .until(() -> {
                    recovered.set(loop.observeOnce());
                    return recovered.get().exitCode() == 0;
                });

        RateLimiterData after = recovered.get().observation().data(RateLimiterData.class);
        assertThat(after.redis().connected()).isTrue();
        assertThat(after.nodes()).allSatisfy(node -> assertThat(node.redisReachable()).isTrue());
        assertThat(recovered.get().resolved()).anySatisfy(violation -> {
            assertThat(violation.invariant()).isEqualTo("redis_disconnected");
            assertThat(violation.entity()).isEmpty();
        });
    }

    /**
     * As the demo pauses Redis. Every node waits on Redis too, so the management API and the health
     * probes are slow in the same refresh; the console's own PING must still fail, and the refresh
     * end, within about one refresh of a one-second interval.
     */
    @Test
    void aPausedRedisIsReportedByTheConsolesOwnPingWithinOneRefreshAndClearsAfterThePause() {
        RefreshLoop loop = cluster.watch(Map.of("source-deadline", "2s"));
        assertThat(loop.observeOnce().active()).isEmpty();

        try (Jedis pauser = cluster.jedis()) {
            pauser.clientPause(5_000, ClientPauseMode.ALL);
        }
        Frame paused = loop.observeOnce();

        assertThat(paused.observation().took()).isLessThan(Duration.ofMillis(2_500));
        assertThat(paused.active()).filteredOn(violation -> violation.invariant().equals("redis_disconnected"))
                .filteredOn(violation -> violation.entity().isEmpty()).singleElement()
                .satisfies(violation -> {
                    assertThat(violation.severity()).isEqualTo(Severity.CRITICAL);
                    assertThat(violation.message()).contains("the console cannot reach Redis", "no answer within 800 ms");
                });

        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250))
                .until(() -> loop.observeOnce().active().stream()
                        .noneMatch(violation -> violation.invariant().equals("redis_disconnected")));
        assertThat(loop.latest().orElseThrow().resolved()).anySatisfy(violation -> {
            assertThat(violation.invariant()).isEqualTo("redis_disconnected");
            assertThat(violation.entity()).isEmpty();
        });
    }
}
