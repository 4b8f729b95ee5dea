package dev.opcon.ratelimiter.model;

import java.util.Optional;

/**
 * What a node's {@code GET /health} said, when it said anything readable (a 200, or a 503 whose
 * body still says why). An endpoint that cannot be read is a failed source instead.
 *
 * @param reportedNodeId the {@code node_id} it gave, safe text; empty when it gave none
 * @param healthy        its {@code status} was {@code healthy} and the answer was 2xx
 * @param redisReachable what it said about Redis; empty when it said nothing
 * @param error          its own reason for being unhealthy, safe text
 */
public record NodeHealth(Optional<String> reportedNodeId, boolean healthy, Optional<Boolean> redisReachable,
                         int httpStatus, Optional<String> error) {
}
