package dev.opcon.limiter;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opcon.limiter.embedded.LocalRedis;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.Jedis;

/** The shaded jar, run as operators run it: {@code java -jar}, environment variables, SIGTERM. */
class MainIT {

    private static final Path JAR = Path.of("target", "ratelimiter-service.jar");
    private static final Pattern LISTENING = Pattern.compile("node (\\S+) listening on (http://\\S+)");

    @Test
    void aBadConfigurationExitsWithTwoAndOneLine() throws Exception {
        Process process = launch(Map.of("RATELIMITER_REDIS_URL", "redis://:hunter2@db:notaport"));

        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        String stderr = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.exitValue()).isEqualTo(2);
        assertThat(stderr.lines().toList()).singleElement().asString()
                .startsWith("ratelimiter-service: bad configuration: RATELIMITER_REDIS_URL:")
                .doesNotContain("hunter2");
    }

    @Test
    void runsUntilSigtermThenUnregisters() throws Exception {
        try (LocalRedis redis = LocalRedis.start(); Jedis jedis = new Jedis("127.0.0.1", redis.port())) {
            Process process = launch(Map.of("RATELIMITER_REDIS_URL", redis.url(), "RATELIMITER_NODE_PORT", "0",
                    "RATELIMITER_NODE_ID", "from-jar", "RATELIMITER_DEFAULT_LIMIT", "1"));
            try {
                Matcher started = awaitStartLine(process);
                assertThat(started.group(1)).isEqualTo("from-jar");
                String url = started.group(2);
                assertThat(NodeClient.post(url + "/check", "{\"key\":\"jar\"}").status()).isEqualTo(200);
                assertThat(NodeClient.post(url + "/check", "{\"key\":\"jar\"}").status()).isEqualTo(429);
                assertThat(jedis.exists("ratelimiter:nodes:from-jar")).isTrue();

                process.destroy();

                assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
                assertThat(jedis.exists("ratelimiter:nodes:from-jar")).as("the shutdown hook unregistered the node").isFalse();
            } finally {
                process.destroyForcibly();
            }
        }
    }

    private static Matcher awaitStartLine(Process process) throws IOException {
        BufferedReader stdout = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String line;
        while ((line = stdout.readLine()) != null) {
            Matcher matcher = LISTENING.matcher(line);
            if (matcher.find()) {
                return matcher;
            }
        }
        throw new AssertionError("the node exited before it listened: "
                + new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
    }

    private static Process launch(Map<String, String> environment) throws IOException {
        assertThat(JAR).as("built by the package phase").exists();
        String java = ProcessHandle.current().info().command().orElse("java");
        ProcessBuilder builder = new ProcessBuilder(List.of(java, "-jar", JAR.toString()));
        builder.environment().keySet().removeIf(name -> name.startsWith("RATELIMITER_"));
        builder.environment().putAll(environment);
        return builder.start();
    }
}
