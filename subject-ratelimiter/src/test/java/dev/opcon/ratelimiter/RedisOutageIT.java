package dev.opcon.ratelimiter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.opcon.core.model.Frame;
import dev.opcon.core.model.Severity;
import dev.opcon.core.refresh.RefreshLoop;
import dev.opcon.ratelimiter.model.NodeState;
import dev.opcon.ratelimiter.model.RateLimiterData;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

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
                .extracting(violation -> violation.entity()).containsExactlyInAnyOrder("redis", "n1", "n2");
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
            assertThat(violation.entity()).isEqualTo("redis");
        });
    }
}
