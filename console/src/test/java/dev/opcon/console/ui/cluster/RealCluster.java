package dev.opcon.console.ui.cluster;

import dev.opcon.limiter.LimiterConfig;
import dev.opcon.limiter.LimiterNode;
import dev.opcon.limiter.embedded.LocalRedis;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A real rate limiter cluster in this JVM: a local redis-server and limiter nodes on free ports,
 * with a helper to send checks. For the console's integration tests and the UI benchmark.
 */
public final class RealCluster implements AutoCloseable {

    private final LocalRedis redis;
    private final List<LimiterNode> nodes = new ArrayList<>();
    private final HttpClient client = HttpClient.newHttpClient();

    private RealCluster(LocalRedis redis) {
        this.redis = redis;
    }

    public static RealCluster start(int nodeCount) {
        RealCluster cluster = new RealCluster(LocalRedis.start());
        try {
            for (int index = 1; index <= nodeCount; index++) {
                cluster.nodes.add(LimiterNode.start(LimiterConfig.defaults().withRedisUrl(cluster.redis.url())
                        .withPort(0).withNodeId("node-" + index)));
            }
            return cluster;
        } catch (RuntimeException failed) {
            cluster.close();
            throw failed;
        }
    }

    public String redisUrl() {
        return redis.url();
    }

    public String nodeUrls() {
        return nodes.stream().map(LimiterNode::url).collect(Collectors.joining(","));
    }

    public LimiterNode node(int index) {
        return nodes.get(index);
    }

    /** Sends {@code times} checks of {@code key} to the first node that is up. */
    public void check(String key, int times) throws IOException, InterruptedException {
        String body = "{\"key\": " + jsonString(key) + "}";
        for (int index = 0; index < times; index++) {
            HttpRequest request = HttpRequest.newBuilder(URI.create(nodes.get(0).url() + "/check"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build();
            client.send(request, HttpResponse.BodyHandlers.discarding());
        }
    }

    private static String jsonString(String text) {
        StringBuilder json = new StringBuilder("\"");
        for (char character : text.toCharArray()) {
            if (character == '"' || character == '\\') {
                json.append('\\').append(character);
            } else if (character < 0x20 || (character >= 0x7F && character <= 0x9F)) {
                json.append(String.format("\\u%04x", (int) character));
            } else {
                json.append(character);
            }
        }
        return json.append('"').toString();
    }

    /** Stops the nodes at once (each may wait for its requests to finish), then Redis. */
    @Override
    public void close() {
        nodes.parallelStream().forEach(LimiterNode::close);
        redis.close();
    }
}
