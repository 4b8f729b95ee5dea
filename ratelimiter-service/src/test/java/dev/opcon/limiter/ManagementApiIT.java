package dev.opcon.limiter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import dev.opcon.limiter.NodeClient.Answer;
import dev.opcon.limiter.embedded.LocalRedis;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.Jedis;

/** The management API and the limit rules, against one node with a default of 5 per minute. */
class ManagementApiIT {

    private static LocalRedis redis;
    private static LimiterNode node;

    @BeforeAll
    static void start() {
        redis = LocalRedis.start();
        node = LimiterNode.start(LimiterConfig.defaults().withRedisUrl(redis.url()).withPort(0)
                .withDefaultLimit(5).withDefaultWindowMs(60_000));
    }

    @AfterAll
    static void stop() {
        node.close();
        redis.close();
    }

    @BeforeEach
    void forgetCounters() {
        try (Jedis jedis = jedis()) {
            jedis.keys("ratelimit:*").forEach(jedis::del);
        }
    }

    @Test
    void limitsAnswerTheDefaults() {
        JsonNode limits = NodeClient.get(node.url() + "/api/limits").json();

        assertThat(limits.get("default_limit").asLong()).isEqualTo(5);
        assertThat(limits.get("default_window_ms").asLong()).isEqualTo(60_000);
    }

    @Test
    void anOverrideBeatsTheRequestsLimitWhichBeatsTheDefault() {
        assertThat(admitted("by-default", "{\"key\":\"by-default\"}", 8)).isEqualTo(5);
        assertThat(admitted("by-request", "{\"key\":\"by-request\",\"limit\":3}", 8)).isEqualTo(3);

        Answer put = NodeClient.put(node.url() + "/api/limits/by-override", "{\"limit\":2,\"window_ms\":30000}");

        assertThat(put.status()).isEqualTo(200);
        assertThat(put.json().toString()).isEqualTo("{\"key\":\"by-override\",\"limit\":2,\"window_ms\":30000,\"updated\":true}");
        assertThat(admitted("by-override", "{\"key\":\"by-override\",\"limit\":7}", 8)).isEqualTo(2);
        try (Jedis jedis = jedis()) {
            assertThat(jedis.hgetAll("ratelimit:limit:by-override")).isEqualTo(Map.of("limit", "2", "window_ms", "30000"));
        }
    }

    @Test
    void aLimitUpdateWithoutWindowKeepsTheStoredWindow() {
        NodeClient.put(node.url() + "/api/limits/keeps-window", "{\"limit\":4,\"window_ms\":1234}");

        Answer update = NodeClient.put(node.url() + "/api/limits/keeps-window", "{\"limit\":9}");
        Answer fresh = NodeClient.put(node.url() + "/api/limits/fresh", "{\"limit\":9}");

        assertThat(update.json().get("window_ms").asLong()).isEqualTo(1234);
        assertThat(fresh.json().get("window_ms").asLong()).as("the default").isEqualTo(60_000);
    }

    @Test
    void limitZeroRefusesEverythingAndIsListed() {
        assertThat(NodeClient.put(node.url() + "/api/limits/closed", "{\"limit\":0}").status()).isEqualTo(200);

        Answer refused = NodeClient.check(node, "closed");

        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.json().get("remaining").asLong()).isZero();
        assertThat(refused.json().get("current_count").asLong()).isZero();
        assertThat(counters("")).containsEntry("closed", List.of(0L, 0L, 0L));
        assertThat(blocked()).containsEntry("closed", List.of(0L, 0L));
    }

    @Test
    void blocksCompareEachKeyAgainstItsOwnLimit() {
        NodeClient.put(node.url() + "/api/limits/small", "{\"limit\":2}");
        NodeClient.put(node.url() + "/api/limits/large", "{\"limit\":10}");
        admitted("small", "{\"key\":\"small\"}", 2);
        admitted("large", "{\"key\":\"large\"}", 7);
        admitted("default", "{\"key\":\"default\"}", 3);

        assertThat(blocked()).as("large has 7 > default 5 but is below its own 10")
                .containsOnlyKeys("small")
                .containsEntry("small", List.of(2L, 2L));
    }

    @Test
    void countersListEveryKeyBusiestFirstWithItsOwnLimit() {
        NodeClient.put(node.url() + "/api/limits/half", "{\"limit\":10}");
        admitted("half", "{\"key\":\"half\"}", 5);
        admitted("full", "{\"key\":\"full\"}", 5);
        admitted("fifth", "{\"key\":\"fifth\"}", 1);

        JsonNode listed = NodeClient.get(node.url() + "/api/counters").json().get("counters");

        assertThat(NodeClient.elements(listed).stream().map(counter -> counter.get("key").asText()))
                .containsExactly("full", "half", "fifth");
        assertThat(listed.get(1).toString())
                .isEqualTo("{\"key\":\"half\",\"count\":5,\"limit\":10,\"remaining\":5,\"window_ms\":60000}");
        assertThat(counters("?limit=2")).containsOnlyKeys("full", "half");
    }

    @Test
    void countersCountOnlyTheKeysOwnWindow() {
        NodeClient.put(node.url() + "/api/limits/short", "{\"limit\":3,\"window_ms\":300}");
        admitted("short", "{\"key\":\"short\"}", 3);
        assertThat(counters("")).containsEntry("short", List.of(3L, 3L, 0L));

        await().atMost(Duration.ofSeconds(5)).until(() -> counters("").get("short").get(0) == 0L);
        assertThat(NodeClient.check(node, "short").status()).as("the window slid").isEqualTo(200);
    }

    @Test
    void resetForgetsTheAdmissionsButKeepsTheOverride() {
        NodeClient.put(node.url() + "/api/limits/reset-me", "{\"limit\":2}");
        admitted("reset-me", "{\"key\":\"reset-me\"}", 3);

        Answer reset = NodeClient.post(node.url() + "/api/counters/reset-me/reset", "");

        assertThat(reset.json().toString()).isEqualTo("{\"key\":\"reset-me\",\"reset\":true}");
        try (Jedis jedis = jedis()) {
            assertThat(jedis.exists("ratelimit:reset-me", "ratelimit:reset-me:seq")).isZero();
            assertThat(jedis.exists("ratelimit:limit:reset-me")).isTrue();
        }
        assertThat(admitted("reset-me", "{\"key\":\"reset-me\"}", 3)).isEqualTo(2);
    }

    @Test
    void keysWithSpecialCharactersTravelThroughPaths() {
        String key = "user 42/login+x";
        NodeClient.put(node.url() + "/api/limits/user%2042%2Flogin+x", "{\"limit\":1}");

        assertThat(admitted(key, "{\"key\":\"" + key + "\"}", 2)).isEqualTo(1);
        assertThat(NodeClient.post(node.url() + "/api/counters/user%2042%2Flogin+x/reset", "").json().get("key").asText())
                .isEqualTo(key);
    }

    @Test
    void theAdmissionScriptIsSentAgainAfterRedisForgetsIt() {
        try (Jedis jedis = jedis()) {
            jedis.scriptFlush();
        }

        assertThat(NodeClient.check(node, "after-flush").status()).isEqualTo(200);
    }

    @Test
    void badRequestsAreRefusedWithAReason() {
        Map<String, String> bodies = Map.of(
                "", "request body must be a JSON object",
                "not json", "not valid JSON",
                "[1]", "must be a JSON object",
                "{}", "key is required",
                "{\"key\":7}", "key is required",
                "{\"key\":\"k\",\"limit\":-1}", "limit must be 0 or more",
                "{\"key\":\"k\",\"limit\":2.5}", "limit must be a whole number",
                "{\"key\":\"k\",\"window_ms\":0}", "window_ms must be 1 or more",
                "{\"key\":\"limit:k\"}", "reserved",
                "{\"key\":\"k:seq\"}", "reserved");
        bodies.forEach((body, reason) -> {
            Answer answer = NodeClient.post(node.url() + "/check", body);
            assertThat(answer.status()).as(body).isEqualTo(400);
            assertThat(answer.json().get("error").asText()).as(body).contains(reason);
        });
        assertThat(NodeClient.put(node.url() + "/api/limits/k", "{\"window_ms\":5}").status()).isEqualTo(400);
        assertThat(NodeClient.get(node.url() + "/api/counters?limit=many").status()).isEqualTo(400);
        assertThat(NodeClient.get(node.url() + "/check").status()).isEqualTo(405);
        assertThat(NodeClient.get(node.url() + "/api/countersX").status()).isEqualTo(404);
        assertThat(NodeClient.get(node.url() + "/nothing").json().get("error").asText()).contains("/nothing");
    }

    @Test
    void metricsCountChecksAndTimeThem() {
        long allowedBefore = metric("ratelimiter_requests_checked_total{result=\"allowed\"}");
        long blockedBefore = metric("ratelimiter_requests_checked_total{result=\"blocked\"}");
        long timedBefore = metric("ratelimiter_check_duration_seconds_count");

        admitted("metered", "{\"key\":\"metered\",\"limit\":2}", 3);

        assertThat(metric("ratelimiter_requests_checked_total{result=\"allowed\"}")).isEqualTo(allowedBefore + 2);
        assertThat(metric("ratelimiter_requests_checked_total{result=\"blocked\"}")).isEqualTo(blockedBefore + 1);
        assertThat(metric("ratelimiter_check_duration_seconds_count")).isEqualTo(timedBefore + 3);
        assertThat(metric("ratelimiter_check_duration_seconds_bucket{le=\"+Inf\"}")).isEqualTo(timedBefore + 3);
        assertThat(metric("ratelimiter_node_up")).isEqualTo(1);
        assertThat(metric("ratelimiter_active_counters")).isEqualTo(1);
        assertThat(NodeClient.get(node.url() + "/metrics").header("Content-Type")).startsWith("text/plain; version=0.0.4");
    }

    @Test
    void anInjectedDelayShowsInTheLatencyHistogram() {
        long slowBefore = metric("ratelimiter_check_duration_seconds_count") - metric("ratelimiter_check_duration_seconds_bucket{le=\"0.1\"}");
        node.setCheckDelay(Duration.ofMillis(150));
        try {
            long started = System.nanoTime();
            assertThat(NodeClient.check(node, "delayed").status()).isEqualTo(200);
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(150));
        } finally {
            node.setCheckDelay(Duration.ZERO);
        }
        long slowAfter = metric("ratelimiter_check_duration_seconds_count") - metric("ratelimiter_check_duration_seconds_bucket{le=\"0.1\"}");
        assertThat(slowAfter).isEqualTo(slowBefore + 1);
    }

    /** Sends {@code times} checks for {@code key} and returns how many were admitted. */
    private static long admitted(String key, String body, int times) {
        long admitted = 0;
        for (int index = 0; index < times; index++) {
            Answer answer = NodeClient.post(node.url() + "/check", body);
            assertThat(answer.status()).as("check of %s", key).isIn(200, 429);
            admitted += answer.status() == 200 ? 1 : 0;
        }
        return admitted;
    }

    /** key → [count, limit, remaining]. */
    private static Map<String, List<Long>> counters(String query) {
        JsonNode listed = NodeClient.get(node.url() + "/api/counters" + query).json().get("counters");
        return NodeClient.elements(listed).stream().collect(Collectors.toMap(counter -> counter.get("key").asText(),
                counter -> List.of(counter.get("count").asLong(), counter.get("limit").asLong(), counter.get("remaining").asLong())));
    }

    /** key → [current_count, limit]. */
    private static Map<String, List<Long>> blocked() {
        JsonNode listed = NodeClient.get(node.url() + "/api/blocks").json().get("blocked");
        return NodeClient.elements(listed).stream().collect(Collectors.toMap(entry -> entry.get("key").asText(),
                entry -> List.of(entry.get("current_count").asLong(), entry.get("limit").asLong())));
    }

    private static long metric(String sample) {
        String exposition = NodeClient.get(node.url() + "/metrics").text();
        return exposition.lines().filter(line -> line.startsWith(sample + " ")).findFirst()
                .map(line -> (long) Double.parseDouble(line.substring(sample.length() + 1)))
                .orElseThrow(() -> new AssertionError("no sample " + sample + " in\n" + exposition));
    }

    private static Jedis jedis() {
        return new Jedis("127.0.0.1", redis.port());
    }
}
