package dev.opcon.ratelimiter;

import dev.opcon.core.refresh.RefreshLoop;
import dev.opcon.core.spi.Options;
import dev.opcon.limiter.LimiterConfig;
import dev.opcon.limiter.LimiterNode;
import dev.opcon.limiter.embedded.LocalRedis;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.awaitility.Awaitility;
import redis.clients.jedis.Jedis;

/**
 * A real cluster for integration tests: one local Redis and in-process limiter nodes with a fast
 * heartbeat, plus the console's subject pointed at them through the real factory.
 */
final class LimiterCluster implements AutoCloseable {

    static final Duration HEARTBEAT = Duration.ofMillis(500);
    static final Duration REGISTRATION_TTL = Duration.ofSeconds(2);

    private final LocalRedis redis;
    private final List<LimiterNode> nodes = new ArrayList<>();
    private final List<RefreshLoop> loops = new ArrayList<>();

    private LimiterCluster(LocalRedis redis) {
        this.redis = redis;
    }

    static LimiterCluster start(int nodeCount) {
        LimiterCluster cluster = new LimiterCluster(LocalRedis.start());
        for (int index = 1; index <= nodeCount; index++) {
            cluster.startNode("n" + index, 0);
        }
        cluster.awaitReady();
        return cluster;
    }

    LimiterNode startNode(String id, int port) {
        LimiterNode node = LimiterNode.start(LimiterConfig.defaults().withRedisUrl(redis.url()).withNodeId(id)
                .withPort(port).withHeartbeatInterval(HEARTBEAT).withRegistrationTtl(REGISTRATION_TTL));
        nodes.add(node);
        return node;
    }

    /**
     * Waits until every node answers /health. This also loads the JDK's HTTP client in this JVM,
     * so the subject's first refresh measures the cluster, not class loading on a busy machine.
     */
    void awaitReady() {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        for (LimiterNode node : nodes) {
            Awaitility.await().atMost(Duration.ofSeconds(20)).ignoreExceptions().until(() -> client.send(
                    HttpRequest.newBuilder(URI.create(node.url() + "/health")).build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode() == 200);
        }
    }

    LimiterNode node(int index) {
        return nodes.get(index);
    }

    LocalRedis redis() {
        return redis;
    }

    Jedis jedis() {
        return new Jedis(redis.url());
    }

    String nodeUrls() {
        return nodes.stream().map(LimiterNode::url).distinct().collect(Collectors.joining(","));
    }

    /** The subject as the console creates it, watching this cluster, with extra options on top. */
    RefreshLoop watch(Map<String, String> extraOptions) {
        Map<String, String> options = new HashMap<>();
        options.put("ratelimiter-url", nodeUrls());
        options.put("redis-url", redis.url());
        // A cap, not a wait: generous, because a cold JVM on a busy machine answers its first requests slowly.
        options.put("source-deadline", "5s");
        options.putAll(extraOptions);
        RefreshLoop loop = new RefreshLoop(new RateLimiterSubjectFactory().create(Options.of(options)), Duration.ofSeconds(1));
        loops.add(loop);
        return loop;
    }

    RefreshLoop watch() {
        return watch(Map.of());
    }

    @Override
    public void close() {
        loops.forEach(RefreshLoop::close);
        nodes.forEach(LimiterNode::close);
        redis.close();
    }
}
