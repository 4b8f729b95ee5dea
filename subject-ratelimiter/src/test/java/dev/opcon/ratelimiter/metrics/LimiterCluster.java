package dev.opcon.ratelimiter.metrics;

import dev.opcon.limiter.LimiterConfig;
import dev.opcon.limiter.LimiterNode;
import dev.opcon.limiter.embedded.LocalRedis;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/** A real Redis and real limiter nodes n1, n2, ... on free ports of 127.0.0.1. */
final class LimiterCluster implements AutoCloseable {

    private final LocalRedis redis;
    private final List<LimiterNode> nodes;

    private LimiterCluster(LocalRedis redis, List<LimiterNode> nodes) {
        this.redis = redis;
        this.nodes = nodes;
    }

    static LimiterCluster start(int nodeCount) {
        LocalRedis redis = LocalRedis.start();
        List<LimiterNode> nodes = new ArrayList<>();
        try {
            for (int index = 1; index <= nodeCount; index++) {
                nodes.add(LimiterNode.start(LimiterConfig.defaults()
                        .withRedisUrl(redis.url()).withPort(0).withNodeId("n" + index)));
            }
            return new LimiterCluster(redis, nodes);
        } catch (RuntimeException e) {
            nodes.forEach(LimiterNode::close);
            redis.close();
            throw e;
        }
    }

    List<LimiterNode> nodes() {
        return nodes;
    }

    LimiterNode node(String nodeId) {
        return nodes.stream().filter(node -> node.nodeId().equals(nodeId)).findFirst().orElseThrow();
    }

    /** "host:port" of every node, as Prometheus should scrape them. */
    List<String> addresses() {
        return nodes.stream().map(LimiterNode::address).toList();
    }

    /** The nodes as the subject would hand them to a reader. */
    List<NodeEndpoint> endpoints() {
        return nodes.stream()
                .map(node -> new NodeEndpoint(node.nodeId(), node.address(), URI.create(node.url())))
                .toList();
    }

    @Override
    public void close() {
        nodes.forEach(LimiterNode::close);
        redis.close();
    }
}
