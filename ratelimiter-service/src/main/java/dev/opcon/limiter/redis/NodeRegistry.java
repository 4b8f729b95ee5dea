package dev.opcon.limiter.redis;

import dev.opcon.limiter.model.NodeRegistration;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import redis.clients.jedis.Pipeline;
import redis.clients.jedis.Response;
import redis.clients.jedis.Transaction;

/** The {@code ratelimiter:nodes:{node_id}} registrations: write our own, read everyone's. */
public final class NodeRegistry {

    static final String ADDRESS = "address";
    static final String REGISTERED_AT = "registered_at";

    private final RedisConnections connections;

    public NodeRegistry(RedisConnections connections) {
        this.connections = connections;
    }

    /**
     * Writes (or rewrites) the registration with a fresh TTL. Rewriting the fields, not only the
     * TTL, brings the registration back after Redis lost its data in a restart.
     */
    public void register(NodeRegistration node, Duration timeToLive) {
        String key = RedisKeys.node(node.id());
        connections.withControl("the node registration", jedis -> {
            // One transaction, so that a registration never exists without its TTL.
            Transaction transaction = jedis.multi();
            transaction.hset(key, Map.of(ADDRESS, node.address(), REGISTERED_AT, node.registeredAt()));
            transaction.pexpire(key, timeToLive.toMillis());
            return transaction.exec();
        });
    }

    public void unregister(String nodeId) {
        connections.withControl("the node unregistration", jedis -> jedis.del(RedisKeys.node(nodeId)));
    }

    /** Every live registration, ordered by node id; one SCAN pass and one pipelined read. */
    public List<NodeRegistration> list() {
        return connections.withCommands("the node list", jedis -> {
            List<String> keys = KeyScanner.scan(jedis, RedisKeys.ALL_NODE_KEYS);
            Pipeline pipeline = jedis.pipelined();
            List<Response<Map<String, String>>> replies = new ArrayList<>(keys.size());
            keys.forEach(key -> replies.add(pipeline.hgetAll(key)));
            pipeline.sync();
            List<NodeRegistration> nodes = new ArrayList<>(keys.size());
            for (int index = 0; index < keys.size(); index++) {
                Map<String, String> fields = replies.get(index).get();
                // Empty when the registration expired between the scan and the read.
                if (!fields.isEmpty()) {
                    nodes.add(new NodeRegistration(RedisKeys.nodeIdOf(keys.get(index)), fields.getOrDefault(ADDRESS, ""),
                            NodeRegistration.STATE_UP, fields.getOrDefault(REGISTERED_AT, "")));
                }
            }
            nodes.sort(Comparator.comparing(NodeRegistration::id));
            return nodes;
        });
    }
}
