package dev.opcon.console.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import dev.opcon.core.json.Json;
import dev.opcon.limiter.LimiterConfig;
import dev.opcon.limiter.LimiterNode;
import dev.opcon.limiter.embedded.LocalRedis;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import redis.clients.jedis.Jedis;

/** {@code opcon check} end to end: the real command line against real nodes and a real Redis. */
class CheckCommandIT {

    private static LocalRedis redis;
    private static final List<LimiterNode> NODES = new ArrayList<>();

    @TempDir
    Path home;

    @BeforeAll
    static void startCluster() {
        redis = LocalRedis.start();
        for (int i = 1; i <= 3; i++) {
            NODES.add(LimiterNode.start(LimiterConfig.defaults().withRedisUrl(redis.url())
                    .withNodeId("check-node-" + i).withPort(0)));
        }
    }

    @AfterAll
    static void stopCluster() {
        NODES.forEach(LimiterNode::close);
        redis.close();
    }

    private static String nodeUrls() {
        return NODES.stream().map(LimiterNode::url).collect(Collectors.joining(","));
    }

    @Test
    void aHealthyClusterReportsThreeNodesUpAndExitsZero() {
        CommandRun run = CommandRun.run(home, "check", "--subject", "ratelimiter",
                "--ratelimiter-url", nodeUrls(), "--redis-url", redis.url());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(0);
        assertThat(run.out()).contains("check-node-1", "check-node-2", "check-node-3", "violations: none");
        assertThat(run.out().lines().filter(line -> line.contains("check-node-") && line.contains("Up")))
                .hasSize(3);
    }

    @Test
    void jsonOutputFollowsTheDocumentedShape() throws Exception {
        CommandRun run = CommandRun.run(home, "check", "--subject", "ratelimiter", "--format", "json",
                "--ratelimiter-url", NODES.get(0).url(), "--redis-url", redis.url());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(0);
        JsonNode root = Json.mapper().readTree(run.out());
        assertThat(root.path("subject").asText()).isEqualTo("ratelimiter");
        assertThat(root.path("observed_at").asText()).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
        assertThat(root.path("took_ms").isNumber()).isTrue();
        assertThat(root.path("sources")).allSatisfy(source -> {
            assertThat(source.path("ok").asBoolean()).as(source.toString()).isTrue();
            assertThat(source.has("latency_ms")).isTrue();
        });
        assertThat(root.path("data").path("nodes")).hasSize(3).allSatisfy(node -> {
            assertThat(node.path("state").asText()).isEqualTo("Up");
            assertThat(node.path("healthy").asBoolean()).isTrue();
        });
        assertThat(root.path("data").path("redis").path("connected").asBoolean()).isTrue();
        assertThat(root.path("violations")).isEmpty();
    }

    @Test
    void watchWithJsonPrintsOneObjectPerRefreshPerLine() throws Exception {
        var environmentRun = new Thread[1];
        StringWriter out = new StringWriter();
        var commandLine = CommandLines.create(new Environment(Map.of(),
                dev.opcon.core.registry.SubjectRegistry.fromClassPath(),
                dev.opcon.console.config.ConfigFile.load(home.resolve("config.json")), home.resolve("opcon.log")));
        commandLine.setOut(new PrintWriter(out, true));
        int[] exitCode = {-1};
        environmentRun[0] = new Thread(() -> exitCode[0] = commandLine.execute("check", "--subject", "ratelimiter",
                "--format", "json", "--watch", "0.3", "--ratelimiter-url", nodeUrls(), "--redis-url", redis.url()));
        environmentRun[0].start();

        await().atMost(Duration.ofSeconds(20)).until(() -> out.toString().lines().count() >= 3);
        environmentRun[0].interrupt();
        environmentRun[0].join(10_000);

        List<String> lines = out.toString().lines().toList();
        for (String line : lines) {
            assertThat(Json.mapper().readTree(line).path("subject").asText()).isEqualTo("ratelimiter");
        }
        assertThat(exitCode[0]).isEqualTo(0);
    }

    @Test
    void anUnknownSubjectListsTheAvailableOnes() {
        CommandRun run = CommandRun.run(home, "check", "--subject", "zookeeper");

        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.err().strip()).isEqualTo("opcon: unknown subject 'zookeeper'; available subjects: ratelimiter, tikv");
    }

    @Test
    void refusedConnectionsGiveOneLineNamingTheEndpointsAndExitThree() {
        CommandRun run = CommandRun.run(home, "check", "--subject", "ratelimiter",
                "--ratelimiter-url", "http://127.0.0.1:1", "--redis-url", "redis://127.0.0.1:1");

        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.err().lines()).singleElement().satisfies(line -> {
            assertThat(line).startsWith("opcon: cannot observe ratelimiter: ");
            assertThat(line).contains("127.0.0.1:1");
        });
        assertThat(run.out()).isEmpty();
    }

    @Test
    void aWrongRedisPasswordIsOneLineWithThePasswordMasked() {
        try (LocalRedis guarded = LocalRedis.start("right-password")) {
            String wrong = "redis://:wrong-password@127.0.0.1:" + guarded.port();

            CommandRun run = CommandRun.run(home, "check", "--subject", "ratelimiter",
                    "--ratelimiter-url", NODES.get(0).url(), "--redis-url", wrong);

            assertThat(run.exitCode()).isEqualTo(3);
            assertThat(run.err().lines()).singleElement().asString()
                    .contains("redis://:***@127.0.0.1:" + guarded.port())
                    .doesNotContain("wrong-password");
            assertThat(run.out()).doesNotContain("wrong-password");
        }
    }

    @Test
    void anUnknownHostIsOneLineNamingTheHost() {
        CommandRun run = CommandRun.run(home, "check", "--subject", "ratelimiter",
                "--ratelimiter-url", NODES.get(0).url(), "--redis-url", "redis://no-such-host.invalid:6379");

        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.err().lines()).singleElement().asString().contains("no-such-host.invalid");
        assertThat(run.err()).doesNotContain("Exception", "\tat ");
    }

    @Test
    void aUsageErrorIsOneLineAndExitsThree() {
        CommandRun run = CommandRun.run(home, "check", "--subject", "ratelimiter", "--format", "xml");

        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.err().lines()).singleElement().asString().contains("--format", "xml");
    }

    @Test
    void escapeSequencesInKeyNamesAndNodeIdsComeOutAsVisibleText() {
        String hostileKey = "evil\u001b[2J\u0007key";
        String hostileNode = "node\u001b]0;owned\u0007";
        try (Jedis jedis = new Jedis(redis.url())) {
            jedis.zadd("ratelimit:" + hostileKey, System.currentTimeMillis(), System.currentTimeMillis() + ":1");
            jedis.hset("ratelimiter:nodes:" + hostileNode, Map.of("address", NODES.get(0).address(),
                    "registered_at", String.valueOf(System.currentTimeMillis())));
            jedis.expire("ratelimiter:nodes:" + hostileNode, 30);
        }
        try {
            CommandRun run = CommandRun.run(home, "check", "--subject", "ratelimiter",
                    "--ratelimiter-url", NODES.get(0).url(), "--redis-url", redis.url());

            assertThat(run.out()).contains("evil\\e[2J\\akey", "node\\e]0;owned\\a");
            assertThat(run.out()).doesNotContain("\u001b", "\u0007");
        } finally {
            try (Jedis jedis = new Jedis(redis.url())) {
                jedis.del("ratelimit:" + hostileKey, "ratelimiter:nodes:" + hostileNode);
            }
        }
    }

    @Test
    void subjectsListsBothSubjectsWithADescription() {
        CommandRun run = CommandRun.run(home, "subjects");

        assertThat(run.exitCode()).isEqualTo(0);
        assertThat(run.out().lines()).hasSize(2);
        assertThat(run.out()).containsPattern("(?m)^ratelimiter\\s+\\S+").containsPattern("(?m)^tikv\\s+\\S+");
    }

    @Test
    void flagsBeatTheEnvironmentWhichIsUsedWhenNoFlagIsGiven() {
        Map<String, String> variables = Map.of("RATELIMITER_URL", nodeUrls(), "REDIS_URL", redis.url());

        CommandRun fromEnvironment = CommandRun.run(home, variables, "check", "--subject", "ratelimiter");
        CommandRun flagWins = CommandRun.run(home, variables, "check", "--subject", "ratelimiter",
                "--redis-url", "redis://127.0.0.1:1", "--ratelimiter-url", "http://127.0.0.1:1");

        assertThat(fromEnvironment.exitCode()).as(fromEnvironment.err()).isEqualTo(0);
        assertThat(flagWins.exitCode()).isEqualTo(3);
    }

    @Test
    void aContextFromTheConfigFileNamesTheSubjectAndItsOptions() throws Exception {
        java.nio.file.Files.writeString(home.resolve("config.json"), """
                {"contexts": {"local": {"subject": "ratelimiter",
                  "options": {"ratelimiter-url": "%s", "redis-url": "%s"}}}}
                """.formatted(nodeUrls(), redis.url()));

        CommandRun run = CommandRun.run(home, "check", "--context", "local");
        CommandRun unknown = CommandRun.run(home, "check", "--context", "prod");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(0);
        assertThat(unknown.exitCode()).isEqualTo(3);
        assertThat(unknown.err()).contains("unknown context 'prod'", "contexts there: local");
    }
}
