package dev.opcon.limiter;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.opcon.limiter.NodeClient.Answer;
import dev.opcon.limiter.embedded.LocalRedis;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Three nodes sharing one Redis behave as one limiter. */
class DistributedAdmissionIT {

    private static LocalRedis redis;
    private static final List<LimiterNode> nodes = new ArrayList<>();

    @BeforeAll
    static void startCluster() {
        redis = LocalRedis.start();
        LimiterConfig config = LimiterConfig.defaults().withRedisUrl(redis.url()).withPort(0)
                .withDefaultLimit(100).withDefaultWindowMs(60_000);
        for (int index = 0; index < 3; index++) {
            nodes.add(LimiterNode.start(config.withNodeId("node-" + index)));
        }
    }

    @AfterAll
    static void stopCluster() {
        nodes.forEach(LimiterNode::close);
        redis.close();
    }

    @Test
    void thousandConcurrentChecksOverThreeNodesAdmitExactlyTheLimit() {
        long allowedBefore = nodes.stream().mapToLong(node -> node.metrics().allowedCount()).sum();
        long blockedBefore = nodes.stream().mapToLong(node -> node.metrics().blockedCount()).sum();
        List<CompletableFuture<Answer>> answers = IntStream.range(0, 1000)
                .mapToObj(index -> NodeClient.postAsync(nodes.get(index % 3).url() + "/check", "{\"key\":\"burst\"}"))
                .toList();
        CompletableFuture.allOf(answers.toArray(CompletableFuture[]::new)).join();

        Map<Integer, Long> statuses = answers.stream().map(CompletableFuture::join)
                .collect(Collectors.groupingBy(Answer::status, Collectors.counting()));
        assertThat(statuses).containsExactlyInAnyOrderEntriesOf(Map.of(200, 100L, 429, 900L));
        assertThat(answers.stream().map(CompletableFuture::join).filter(answer -> answer.status() == 200)
                .map(answer -> answer.json().get("current_count").asLong()))
                .as("every admission got its own place in the window")
                .containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, 100).mapToObj(Long::valueOf).toList());

        JsonNode counter = NodeClient.get(nodes.get(1).url() + "/api/counters").json().get("counters").get(0);
        assertThat(counter.get("key").asText()).isEqualTo("burst");
        assertThat(counter.get("count").asLong()).isEqualTo(100);
        assertThat(counter.get("remaining").asLong()).isZero();
        assertThat(nodes.stream().mapToLong(node -> node.metrics().allowedCount()).sum()).isEqualTo(allowedBefore + 100);
        assertThat(nodes.stream().mapToLong(node -> node.metrics().blockedCount()).sum()).isEqualTo(blockedBefore + 900);
    }

    @Test
    void aRefusedRequestSaysWhenToRetry() {
        LimiterNode node = nodes.get(0);
        String body = "{\"key\":\"retry\",\"limit\":1,\"window_ms\":30000}";
        assertThat(NodeClient.post(node.url() + "/check", body).status()).isEqualTo(200);

        Answer refused = NodeClient.post(nodes.get(2).url() + "/check", body);

        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.json().get("allowed").asBoolean()).isFalse();
        assertThat(refused.json().get("retry_after_seconds").asLong()).isBetween(29L, 30L);
        assertThat(refused.header("X-RateLimit-Limit")).isEqualTo("1");
        assertThat(refused.header("X-RateLimit-Remaining")).isEqualTo("0");
        assertThat(Long.parseLong(refused.header("X-RateLimit-Reset")))
                .isBetween(Instant.now().getEpochSecond() + 28, Instant.now().getEpochSecond() + 31);
    }

    @Test
    void everyNodeListsEveryRegisteredNode() {
        Map<String, String> expected = nodes.stream().collect(Collectors.toMap(LimiterNode::nodeId, LimiterNode::address));
        for (LimiterNode node : nodes) {
            JsonNode listed = NodeClient.get(node.url() + "/api/nodes").json().get("nodes");
            Map<String, JsonNode> byId = NodeClient.elements(listed).stream()
                    .collect(Collectors.toMap(entry -> entry.get("id").asText(), Function.identity()));
            assertThat(byId.keySet()).containsExactlyInAnyOrderElementsOf(expected.keySet());
            byId.forEach((id, entry) -> {
                assertThat(entry.get("address").asText()).isEqualTo(expected.get(id));
                assertThat(entry.get("state").asText()).isEqualTo("Up");
                assertThat(Instant.parse(entry.get("registered_at").asText())).isBefore(Instant.now().plusSeconds(1));
            });
        }
    }

    @Test
    void eachNodeReportsItsOwnIdentityOnHealth() {
        for (LimiterNode node : nodes) {
            Answer health = NodeClient.get(node.url() + "/health");
            assertThat(health.status()).isEqualTo(200);
            assertThat(health.json().get("node_id").asText()).isEqualTo(node.nodeId());
            assertThat(node.url()).isEqualTo("http://127.0.0.1:" + node.port());
            assertThat(node.address()).isEqualTo("127.0.0.1:" + node.port());
        }
    }
}
