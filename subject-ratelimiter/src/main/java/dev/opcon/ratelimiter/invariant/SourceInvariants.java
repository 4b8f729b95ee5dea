package dev.opcon.ratelimiter.invariant;

import dev.opcon.core.model.Finding;
import dev.opcon.core.model.Severity;
import dev.opcon.core.model.SourceStatus;
import dev.opcon.ratelimiter.model.NodeData;
import dev.opcon.ratelimiter.model.RateLimiterData;
import dev.opcon.ratelimiter.model.SourceNames;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code source_unreachable}: the management API, a node's health endpoint, the metrics (Prometheus
 * or the nodes' {@code /metrics}) or the counter pass could not be read. Each names the source,
 * where it is, and why. Redis's own status is {@code redis_disconnected}'s business.
 */
final class SourceInvariants {

    private final InvariantSettings settings;

    SourceInvariants(InvariantSettings settings) {
        this.settings = settings;
    }

    List<Finding> check(List<SourceStatus> sources, RateLimiterData data) {
        List<Finding> findings = new ArrayList<>();
        for (SourceStatus source : sources) {
            if (!source.isOk()) {
                message(source, data).ifPresent(message -> findings.add(finding(source.name(), message)));
            }
        }
        boolean metricsRead = sources.stream().anyMatch(source -> source.name().equals(SourceNames.METRICS) && source.isOk());
        if (metricsRead && !data.metricsProblems().isEmpty()) {
            findings.add(finding(SourceNames.METRICS, "metrics (" + data.metricsSource() + "): "
                    + String.join("; ", data.metricsProblems())));
        }
        return findings;
    }

    private Optional<String> message(SourceStatus source, RateLimiterData data) {
        String error = source.error().orElse("unknown error");
        String name = source.name();
        if (name.startsWith(SourceNames.NODE_PREFIX)) {
            String id = name.substring(SourceNames.NODE_PREFIX.length());
            String reason = data.nodes().stream().filter(node -> node.id().equals(id)).findFirst()
                    .map(NodeData::healthError).orElse(error);
            return Optional.of("node " + id + " (" + source.endpoint() + "): " + reason);
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
