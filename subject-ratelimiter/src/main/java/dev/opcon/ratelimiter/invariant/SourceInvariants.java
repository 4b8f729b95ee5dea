package dev.opcon.ratelimiter.invariant;

import dev.opcon.core.model.Finding;
import dev.opcon.core.model.Severity;
import dev.opcon.core.model.SourceStatus;
import dev.opcon.ratelimiter.model.MetricsModes;
import dev.opcon.ratelimiter.model.MetricsProblem;
import dev.opcon.ratelimiter.model.NodeData;
import dev.opcon.ratelimiter.model.NodeState;
import dev.opcon.ratelimiter.model.RateLimiterData;
import dev.opcon.ratelimiter.model.SourceNames;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code source_unreachable}: the management API, a node's health endpoint, the metrics (Prometheus
 * or the nodes' {@code /metrics}) or the counter pass could not be read. Each names the source,
 * where it is, and why. Redis's own status is {@code redis_disconnected}'s business.
 *
 * <p>What only a down node's own endpoints failed to answer (its health probe, its
 * {@code /metrics}) is {@code node_down}'s business: one dead node is one violation, not three.
 * A {@code node_down} still in its grace period holds them back too, since the grace is the
 * operator's word that a node may be down that long.
 */
final class SourceInvariants {

    private final InvariantSettings settings;

    SourceInvariants(InvariantSettings settings) {
        this.settings = settings;
    }

    List<Finding> check(List<SourceStatus> sources, RateLimiterData data) {
        Set<String> downNodes = data.nodes().stream().filter(node -> node.state() == NodeState.DOWN)
                .map(NodeData::id).collect(Collectors.toSet());
        List<Finding> findings = new ArrayList<>();
        for (SourceStatus source : sources) {
            if (!source.isOk() && !explainedByDownNodes(source, data, downNodes)) {
                message(source, data).ifPresent(message -> findings.add(finding(source.name(), message)));
            }
        }
        boolean metricsRead = sources.stream().anyMatch(source -> source.name().equals(SourceNames.METRICS) && source.isOk());
        List<String> problems = data.metricsProblems().stream()
                .filter(problem -> problem.nodeId() == null || !downNodes.contains(problem.nodeId()))
                .map(MetricsProblem::message).toList();
        if (metricsRead && !problems.isEmpty()) {
            findings.add(finding(SourceNames.METRICS, "metrics (" + data.metricsSource() + "): " + String.join("; ", problems)));
        }
        return findings;
    }

    /**
     * A down node's health probe; or the nodes' {@code /metrics} when every node is down, since
     * scraping them directly fails as a whole only when none of them answers.
     */
    private static boolean explainedByDownNodes(SourceStatus source, RateLimiterData data, Set<String> downNodes) {
        String name = source.name();
        if (name.startsWith(SourceNames.NODE_PREFIX)) {
            return downNodes.contains(name.substring(SourceNames.NODE_PREFIX.length()));
        }
        return name.equals(SourceNames.METRICS) && data.metricsSource().equals(MetricsModes.DIRECT)
                && !data.nodes().isEmpty() && downNodes.size() == data.nodes().size();
    }

    private Optional<String> message(SourceStatus source, RateLimiterData data) {
        String error = source.error().orElse("unknown error");
        String name = source.name();
        if (name.startsWith(SourceNames.NODE_PREFIX)) {
            // A probe whose node is not shown (its address turned out to be another node's) is no finding of its own.
            String id = name.substring(SourceNames.NODE_PREFIX.length());
            return data.nodes().stream().filter(node -> node.id().equals(id)).findFirst()
                    .map(node -> "node " + id + " (" + source.endpoint() + "): "
                            + (node.healthError() == null ? error : node.healthError()));
        }
        return switch (name) {
            case SourceNames.MANAGEMENT_API -> Optional.of("management API (" + source.endpoint() + "): " + error);
            case SourceNames.MANAGEMENT_COUNTERS -> Optional.of("management API counters (" + source.endpoint() + "): " + error);
            case SourceNames.METRICS -> Optional.of("metrics (" + data.metricsSource() + " at " + source.endpoint() + "): " + error);
            case SourceNames.REDIS_COUNTERS -> data.redis().connected()
                    ? Optional.of("Redis counters (" + source.endpoint() + "): " + error) : Optional.empty();
            default -> Optional.empty();
        };
    }

    private Finding finding(String entity, String message) {
        return new Finding(InvariantNames.SOURCE_UNREACHABLE, entity, Severity.WARNING, message,
                settings.sourceUnreachableGrace());
    }
}
