package dev.opcon.ratelimiter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.opcon.core.json.Json;
import dev.opcon.core.model.Frame;
import dev.opcon.core.model.Severity;
import dev.opcon.core.model.SourceStatus;
import dev.opcon.core.model.Violation;
import dev.opcon.core.refresh.RefreshLoop;
import dev.opcon.limiter.LimiterNode;
import dev.opcon.ratelimiter.model.NodeData;
import dev.opcon.ratelimiter.model.NodeState;
import dev.opcon.ratelimiter.model.RateLimiterData;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.Jedis;

class NodeLifecycleIT {

    private LimiterCluster cluster;

    @BeforeEach
    void startCluster() {
        cluster = LimiterCluster.start(3);
    }

    @AfterEach
    void stopCluster() {
        cluster.close();
    }

    @Test
    void threeHealthyNodesAndRedisGiveNoViolation() throws Exception {
        RefreshLoop loop = cluster.watch();

        Frame frame = loop.observeOnce();

        assertThat(frame.observation().sources()).allSatisfy(source -> assertThat(source.isOk()).as(source.toString()).isTrue());
        RateLimiterData data = frame.observation().data(RateLimiterData.class);
        assertThat(data.nodes()).extracting(NodeData::id).containsExactlyInAnyOrder("n1", "n2", "n3");
        assertThat(data.nodes()).allSatisfy(node -> {
            assertThat(node.state()).isEqualTo(NodeState.UP);
            assertThat(node.healthy()).isTrue();
            assertThat(node.redisReachable()).isTrue();
            assertThat(node.registered()).isTrue();
            assertThat(node.configured()).isTrue();
        });
        assertThat(data.redis().connected()).isTrue();
        assertThat(data.metricsSource()).isEqualTo("direct");
        assertThat(frame.active()).isEmpty();
        assertThat(frame.exitCode()).isZero();
        assertThat(frame.observation().sources()).allSatisfy(source -> assertThat(source.isOk()).as(source.toString()).isTrue());
        String json = Json.mapper().writeValueAsString(frame.observation().data());
        assertThat(json).contains("\"state\":\"Up\"", "\"health_error\":null", "\"registered_at\":", "\"redis_reachable\":true",
                "\"allowed_per_sec\":", "\"blocked_per_sec\":", "\"p99_ms\":", "\"keys_total\":", "\"keys_not_shown\":",
                "\"used_memory_bytes\":", "\"ops_per_sec\":", "\"ping_ms\":", "\"metrics_source\":\"direct\"");
    }

    @Test
    void aStoppedNodeIsDownWithinOneRefreshAndClearsWhenItComesBack() {
        RefreshLoop loop = cluster.watch();
        assertThat(loop.observeOnce().active()).isEmpty();
        LimiterNode second = cluster.node(1);
        int port = second.port();

        second.close();
        Frame down = loop.observeOnce();

        // Its health probe and its /metrics fail too, but that is what node_down says: one dead node, one violation.
        assertThat(down.active()).singleElement().satisfies(violation -> {
            assertThat(violation.invariant()).isEqualTo("node_down");
            assertThat(violation.entity()).isEqualTo("n2");
            assertThat(violation.severity()).isEqualTo(Severity.CRITICAL);
            assertThat(violation.message()).contains("n2", "no longer registered", "connection refused");
        });
        assertThat(down.observation().sources()).filteredOn(source -> !source.isOk()).extracting(SourceStatus::name)
                .containsExactly("node:n2");
        assertThat(down.observation().data(RateLimiterData.class).metricsProblems()).singleElement()
                .satisfies(problem -> assertThat(problem.nodeId()).isEqualTo("n2"));
        assertThat(down.exitCode()).isEqualTo(2);
        assertThat(down.observation().data(RateLimiterData.class).nodes())
                .filteredOn(node -> node.id().equals("n2")).singleElement()
                .satisfies(node -> assertThat(node.state()).isEqualTo(NodeState.DOWN));

        cluster.startNode("n2", port);
        Frame back = loop.observeOnce();

        assertThat(back.active()).isEmpty();
        assertThat(back.resolved()).extracting(Violation::invariant, Violation::entity).contains(
                org.assertj.core.groups.Tuple.tuple("node_down", "n2"));
        assertThat(back.resolved().get(0).duration(back.observation().observedAt())).isPositive();
    }

    /**
     * Known nodes are probed before the registry is read, so n2 is first probed, and scraped, at the
     * address it left; the registry then sends the probe to its new one in the same refresh.
     */
    @Test
    void aNodeBackAtAnotherAddressIsUpThereInTheSameRefreshWithoutAWarning() {
        RefreshLoop loop = cluster.watch(Map.of("ratelimiter-url", cluster.node(0).url()));
        assertThat(loop.observeOnce().active()).isEmpty();

        cluster.node(1).close();
        LimiterNode moved = cluster.startNode("n2", 0);
        try (Jedis jedis = cluster.jedis()) {
            await().atMost(Duration.ofSeconds(10))
                    .until(() -> moved.address().equals(jedis.hget("ratelimiter:nodes:n2", "address")));
        }
        Frame frame = loop.observeOnce();

        assertThat(frame.active()).isEmpty();
        assertThat(frame.observation().data(RateLimiterData.class).nodes())
                .filteredOn(node -> node.id().equals("n2")).singleElement().satisfies(node -> {
                    assertThat(node.state()).isEqualTo(NodeState.UP);
                    assertThat(node.baseUrl()).isEqualTo(moved.url());
                });
        assertThat(frame.observation().data(RateLimiterData.class).metricsProblems()).isEmpty();
    }
}
