package dev.opcon.ratelimiter;

import dev.opcon.core.model.SourceStatus;
import dev.opcon.core.spi.SourceResults;
import dev.opcon.ratelimiter.metrics.MetricsSnapshot;
import dev.opcon.ratelimiter.metrics.NodeMetrics;
import dev.opcon.ratelimiter.model.NodeData;
import dev.opcon.ratelimiter.model.NodeHealth;
import dev.opcon.ratelimiter.model.NodeState;
import dev.opcon.ratelimiter.model.ProbeTarget;
import dev.opcon.ratelimiter.model.Registration;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Decides each node's state from its registration and its health probe, and joins its metrics.
 * Pure: no I/O, no state.
 */
final class NodeDataAssembler {

    /** The nodes, and the configured URLs whose node id this refresh's probes revealed. */
    record NodeAssembly(List<NodeData> nodes, Map<URI, String> identifiedUrls) {
    }

    private NodeDataAssembler() {
    }

    static NodeAssembly assemble(List<ProbeTarget> targets, SourceResults results,
                                 Optional<MetricsSnapshot> metrics, Instant observedAt) {
        Set<String> knownIds = new HashSet<>();
        targets.stream().filter(ProbeTarget::identified).forEach(target -> knownIds.add(target.nodeId()));
        Map<URI, String> identified = new LinkedHashMap<>();
        Set<String> configuredIds = new HashSet<>();
        List<ProbeTarget> shown = new ArrayList<>();
        for (ProbeTarget target : targets) {
            Optional<String> reported = health(results, target).flatMap(NodeHealth::reportedNodeId);
            if (!target.identified() && reported.isPresent()) {
                identified.put(target.configuredUrl().orElseThrow(), reported.get());
                if (knownIds.contains(reported.get())) {
                    configuredIds.add(reported.get()); // the same node under its registered address
                    continue;
                }
            }
            shown.add(target);
        }
        List<NodeData> nodes = shown.stream()
                .map(target -> node(named(target, identified), configuredIds.contains(target.nodeId()), results, metrics, observedAt))
                .toList();
        return new NodeAssembly(nodes, identified);
    }

    /** A configured URL whose node just told its id shows under that id at once. */
    private static ProbeTarget named(ProbeTarget target, Map<URI, String> identified) {
        if (target.identified()) {
            return target;
        }
        String id = target.configuredUrl().map(identified::get).orElse(null);
        return id == null ? target : new ProbeTarget(target.sourceName(), id, target.address(), target.baseUrl(), false,
                target.configuredUrl(), target.registration(), target.registeredAt());
    }

    private static NodeData node(ProbeTarget target, boolean configuredElsewhere, SourceResults results,
                                 Optional<MetricsSnapshot> metrics, Instant observedAt) {
        Optional<NodeHealth> health = health(results, target);
        String healthError = health.isPresent() ? health.get().error().orElse(null) : probeFailure(results, target);
        String downReason = downReason(target, health, healthError);
        Optional<NodeMetrics> figures = metrics.map(snapshot -> snapshot.nodes().get(target.nodeId()));
        return new NodeData(target.nodeId(), target.address(), target.baseUrl().map(URI::toString).orElse(null),
                downReason == null ? NodeState.UP : NodeState.DOWN,
                health.map(NodeHealth::healthy).orElse(false), healthError,
                target.registration() == Registration.UNKNOWN ? null : target.registration() == Registration.REGISTERED,
                target.registeredAt().orElse(null),
                health.flatMap(NodeHealth::redisReachable).orElse(null),
                target.configured() || configuredElsewhere,
                figures.map(NodeMetrics::allowedPerSecond).map(NodeDataAssembler::known).orElse(null),
                figures.map(NodeMetrics::blockedPerSecond).map(NodeDataAssembler::known).orElse(null),
                figures.map(NodeMetrics::p99Milliseconds).map(NodeDataAssembler::known).orElse(null),
                figures.map(NodeMetrics::sampledAt)
                        .map(sampledAt -> Math.max(0, Duration.between(sampledAt, observedAt).toMillis())).orElse(null),
                downReason);
    }

    /** Null when the node is up. A node that only lost Redis is up: it says so itself, and redis_disconnected covers it. */
    private static String downReason(ProbeTarget target, Optional<NodeHealth> health, String healthError) {
        if (target.baseUrl().isEmpty()) {
            return "its registered address '" + target.address() + "' is not usable";
        }
        if (target.registration() == Registration.UNREGISTERED) {
            String notRegistered = target.configured() && target.registeredAt().isEmpty() ? "not registered" : "no longer registered";
            return health.isPresent() ? notRegistered + " (its /health still answers)" : notRegistered + "; " + healthError;
        }
        if (health.isEmpty()) {
            return healthError;
        }
        NodeHealth answer = health.get();
        Optional<String> reported = answer.reportedNodeId();
        if (target.identified() && reported.isPresent() && !reported.get().equals(target.nodeId())) {
            return "its address now answers as node " + reported.get();
        }
        if (!answer.healthy() && !answer.redisReachable().equals(Optional.of(false))) {
            return "/health says " + healthError;
        }
        return null;
    }

    private static Optional<NodeHealth> health(SourceResults results, ProbeTarget target) {
        return results.value(target.sourceName(), NodeHealth.class);
    }

    /** "/health answered 500", "/health: no answer within 2000 ms": the failure without the node's URL, which is shown beside it. */
    private static String probeFailure(SourceResults results, ProbeTarget target) {
        String error = results.status(target.sourceName()).flatMap(SourceStatus::error).orElse("not probed");
        String healthUrl = target.baseUrl().map(baseUrl -> baseUrl + "/health").orElse("");
        if (!healthUrl.isEmpty() && error.startsWith(healthUrl)) {
            return "/health" + error.substring(healthUrl.length());
        }
        return "/health: " + error;
    }

    private static Double known(double figure) {
        return Double.isNaN(figure) ? null : figure;
    }
}
