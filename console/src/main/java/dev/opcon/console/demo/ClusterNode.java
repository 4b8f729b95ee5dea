package dev.opcon.console.demo;

import dev.opcon.limiter.LimiterConfig;
import dev.opcon.limiter.LimiterNode;
import java.time.Duration;
import java.util.Optional;

/**
 * One place in the demo cluster: a limiter node that can be killed and started again on the same
 * port and id, so that the console sees the same node come back. Remembers the injected check
 * delay across restarts, as a slow machine would stay slow.
 */
final class ClusterNode implements AutoCloseable {

    private final String nodeId;
    private LimiterConfig config;
    private LimiterNode running;
    private Duration checkDelay = Duration.ZERO;

    private ClusterNode(String nodeId, LimiterConfig config) {
        this.nodeId = nodeId;
        this.config = config;
    }

    /** Starts the node on a free loopback port, which it keeps for every later start. */
    static ClusterNode start(String nodeId, LimiterConfig config) {
        ClusterNode node = new ClusterNode(nodeId, config.withNodeId(nodeId).withPort(0));
        node.start();
        return node;
    }

    String nodeId() {
        return nodeId;
    }

    synchronized int port() {
        return config.port();
    }

    /** {@code http://127.0.0.1:port}, valid whether or not the node runs right now. */
    synchronized String url() {
        return "http://" + config.host() + ":" + config.port();
    }

    synchronized String address() {
        return config.host() + ":" + config.port();
    }

    synchronized boolean isRunning() {
        return running != null;
    }

    synchronized Optional<String> runningUrl() {
        return Optional.ofNullable(running).map(LimiterNode::url);
    }

    synchronized void start() {
        if (running != null) {
            return;
        }
        running = LimiterNode.start(config);
        config = config.withPort(running.port());
        running.setCheckDelay(checkDelay);
    }

    /** Stops the node the way an operator would: it unregisters and its port closes. */
    synchronized void stop() {
        if (running != null) {
            LimiterNode stopping = running;
            running = null;
            stopping.close();
        }
    }

    synchronized void setCheckDelay(Duration delay) {
        checkDelay = delay;
        if (running != null) {
            running.setCheckDelay(delay);
        }
    }

    synchronized Duration checkDelay() {
        return checkDelay;
    }

    @Override
    public void close() {
        stop();
    }
}
