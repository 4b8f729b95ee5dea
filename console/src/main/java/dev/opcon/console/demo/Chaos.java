package dev.opcon.console.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The chaos menu of a demo cluster, in menu order: each fault names the violation it produces and
 * is undone from the same entry. Faults that need the demo's own Redis (stopping it) are left out
 * when {@code --redis-url} points at an existing one.
 */
public final class Chaos {

    /** The key rank whose limit is set to 0: busy, so its window holds admissions. */
    static final int GHOST_KEY_RANK = 3;

    private final List<ClusterFault> faults;

    Chaos(List<ClusterFault> faults) {
        this.faults = List.copyOf(faults);
    }

    public static Chaos of(DemoCluster cluster) {
        List<ClusterNode> nodes = cluster.nodes();
        NodeApi api = new NodeApi(() -> nodes.stream().flatMap(node -> node.runningUrl().stream()).toList());
        SkewedKeys keys = cluster.load().keys();
        List<ClusterFault> faults = new ArrayList<>();
        faults.add(new NodeKillFault(nodes.get(1)));
        RedisPauseFault pause = new RedisPauseFault(cluster.redisUrl());
        cluster.closeFirst(pause);
        faults.add(pause);
        cluster.localRedis().ifPresent(redis -> faults.add(new RedisStopFault(redis)));
        faults.add(new NodeLatencyFault(nodes.get(nodes.size() - 1)));
        OverLimitFault overLimit = new OverLimitFault(cluster.redisUrl(), api, keys.byRank(keys.names().size()));
        GhostLimitFault ghost = new GhostLimitFault(cluster.redisUrl(), api, keys.byRank(GHOST_KEY_RANK));
        faults.add(overLimit);
        faults.add(ghost);
        if (cluster.localRedis().isEmpty()) {
            // Someone else's Redis outlives the demo: leave no injected data or limit behind.
            cluster.closeFirst(overLimit::undo);
            cluster.closeFirst(ghost::undo);
        }
        faults.add(new TrafficBurstFault(cluster.load()));
        return new Chaos(faults);
    }

    List<ClusterFault> faults() {
        return faults;
    }

    Optional<ClusterFault> byName(String name) {
        return faults.stream().filter(fault -> fault.name().equals(name)).findFirst();
    }

    List<String> names() {
        return faults.stream().map(ClusterFault::name).toList();
    }

    /** Undoes whatever is still injected: the state a tour starts from, and a clean exit. */
    void undoAll() {
        faults.forEach(ClusterFault::undo);
    }
}
