package dev.opcon.console.ui.fake;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The state a {@link FakeSubject} reports, changed by tests while the console watches it: nodes
 * that stop and start, keys and their counts, a Redis that fails or slows down. Thread-safe.
 */
public final class FakeCluster {

    public record Node(String id, String address, boolean up, double p99Milliseconds, double allowedPerSecond,
                       double blockedPerSecond) {
    }

    public record Key(String name, long count, long limit, long windowMilliseconds) {
    }

    private final List<Node> nodes = new CopyOnWriteArrayList<>();
    private final List<Key> keys = new CopyOnWriteArrayList<>();
    private final Set<Thread> readingThreads = ConcurrentHashMap.newKeySet();
    private volatile boolean redisUp = true;
    private volatile boolean managementUp = true;
    private volatile Duration redisDelay = Duration.ZERO;
    private volatile int hiddenKeys;

    public static FakeCluster threeNodes() {
        FakeCluster cluster = new FakeCluster();
        for (int index = 1; index <= 3; index++) {
            cluster.nodes.add(new Node("node-" + index, "10.0.0." + index + ":8080", true, 4.5 + index, 120.0 * index,
                    index == 3 ? 12.5 : 0));
        }
        cluster.keys.add(new Key("user:alice", 45, 100, 60_000));
        cluster.keys.add(new Key("user:bob", 99, 100, 60_000));
        cluster.keys.add(new Key("api:search", 12, 50, 10_000));
        return cluster;
    }

    public List<Node> nodes() {
        return List.copyOf(nodes);
    }

    public List<Key> keys() {
        return List.copyOf(keys);
    }

    public void stopNode(String id) {
        replaceNode(id, false);
    }

    public void startNode(String id) {
        replaceNode(id, true);
    }

    public void addKey(Key key) {
        keys.add(key);
    }

    public void setKeys(List<Key> replacement, int notShown) {
        keys.clear();
        keys.addAll(replacement);
        hiddenKeys = notShown;
    }

    public int hiddenKeys() {
        return hiddenKeys;
    }

    public boolean redisUp() {
        return redisUp;
    }

    public void setRedisUp(boolean up) {
        redisUp = up;
    }

    public boolean managementUp() {
        return managementUp;
    }

    public void setManagementUp(boolean up) {
        managementUp = up;
    }

    public Duration redisDelay() {
        return redisDelay;
    }

    public void setRedisDelay(Duration delay) {
        redisDelay = delay;
    }

    /** Every thread that ran a source's read: the UI thread must never be one of them. */
    public Set<Thread> readingThreads() {
        return Set.copyOf(readingThreads);
    }

    void recordRead() {
        readingThreads.add(Thread.currentThread());
    }

    private void replaceNode(String id, boolean up) {
        List<Node> replaced = new ArrayList<>();
        for (Node node : nodes) {
            replaced.add(node.id().equals(id) ? new Node(node.id(), node.address(), up, node.p99Milliseconds(),
                    up ? node.allowedPerSecond() : 0, node.blockedPerSecond()) : node);
        }
        nodes.clear();
        nodes.addAll(replaced);
    }
}
