package dev.opcon.console.ui.bench;

import dev.opcon.limiter.LimiterConfig;
import dev.opcon.limiter.LimiterNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

/** Limiter nodes on a given Redis, filled with keys through their own API, for the UI benchmark. */
final class BenchCluster implements AutoCloseable {

    /** Keys live ten minutes, so the benchmark measures a steady keyspace rather than one that drains. */
    private static final long WINDOW_MS = 600_000;

    private final List<LimiterNode> nodes = new ArrayList<>();
    private final String redisUrl;

    private BenchCluster(String redisUrl) {
        this.redisUrl = redisUrl;
    }

    static BenchCluster start(String redisUrl, int nodeCount) {
        BenchCluster cluster = new BenchCluster(redisUrl);
        try {
            for (int index = 1; index <= nodeCount; index++) {
                cluster.nodes.add(LimiterNode.start(LimiterConfig.defaults().withRedisUrl(redisUrl).withPort(0)
                        .withNodeId("bench-" + index)));
            }
            return cluster;
        } catch (RuntimeException failed) {
            cluster.close();
            throw failed;
        }
    }

    String redisUrl() {
        return redisUrl;
    }

    String nodeUrls() {
        return nodes.stream().map(LimiterNode::url).collect(Collectors.joining(","));
    }

    /** Creates {@code keys} keys with a few requests each (more for the first ones), spread over the nodes. */
    void fill(int keys) throws Exception {
        ExecutorService senders = Executors.newFixedThreadPool(16);
        // The client needs threads of its own: the senders are all blocked waiting for it.
        ExecutorService clientThreads = Executors.newFixedThreadPool(4);
        HttpClient client = HttpClient.newBuilder().executor(clientThreads).build();
        try {
            List<Future<?>> sent = new ArrayList<>();
            for (int index = 0; index < keys; index++) {
                int key = index;
                sent.add(senders.submit(() -> {
                    int requests = key < 50 ? 20 : 1;
                    for (int request = 0; request < requests; request++) {
                        check(client, nodes.get(key % nodes.size()).url(), "bench-key-" + key);
                    }
                    return null;
                }));
            }
            for (Future<?> each : sent) {
                each.get();
            }
        } finally {
            senders.shutdownNow();
            clientThreads.shutdownNow();
        }
    }

    private static void check(HttpClient client, String nodeUrl, String key) throws IOException, InterruptedException {
        String body = "{\"key\": \"" + key + "\", \"limit\": 100, \"window_ms\": " + WINDOW_MS + "}";
        client.send(HttpRequest.newBuilder(URI.create(nodeUrl + "/check")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.discarding());
    }

    @Override
    public void close() {
        nodes.parallelStream().forEach(LimiterNode::close);
    }
}
