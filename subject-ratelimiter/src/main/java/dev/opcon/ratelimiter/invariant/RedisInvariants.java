package dev.opcon.ratelimiter.invariant;

import dev.opcon.core.model.Finding;
import dev.opcon.core.model.Severity;
import dev.opcon.ratelimiter.model.NodeData;
import dev.opcon.ratelimiter.model.RateLimiterData;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code redis_disconnected}: the console's own PING failed (no entity: the whole cluster shares
 * that Redis), or a node says it cannot reach Redis (entity: the node), so a Redis that only some
 * nodes lost shows too.
 */
final class RedisInvariants {

    static final String CONSOLE_ENTITY = "";

    private final InvariantSettings settings;

    RedisInvariants(InvariantSettings settings) {
        this.settings = settings;
    }

    List<Finding> check(RateLimiterData data) {
        List<Finding> findings = new ArrayList<>();
        if (!data.redis().connected()) {
            findings.add(new Finding(InvariantNames.REDIS_DISCONNECTED, CONSOLE_ENTITY, Severity.CRITICAL,
                    "the console cannot reach Redis: " + data.redis().error(), settings.redisDisconnectedGrace()));
        }
        for (NodeData node : data.nodes()) {
            if (Boolean.FALSE.equals(node.redisReachable())) {
                findings.add(new Finding(InvariantNames.REDIS_DISCONNECTED, node.id(), Severity.CRITICAL,
                        "node " + node.id() + " cannot reach Redis" + (node.healthError() == null ? "" : ": " + node.healthError()),
                        settings.redisDisconnectedGrace()));
            }
        }
        return findings;
    }
}
