package dev.opcon.ratelimiter.metrics;

import dev.opcon.core.prometheus.QueryResult;
import dev.opcon.core.prometheus.QuerySample;
import dev.opcon.core.text.SafeText;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The answers to one round of instant queries, and the figures they make. Pure. An empty
 * answer means the query failed (the reader lists why among the problems).
 */
record PrometheusAnswers(Optional<QueryResult> checked, Optional<QueryResult> p99, Optional<QueryResult> clusterP99,
                         Optional<QueryResult> nodeUp, Optional<QueryResult> activeCounters,
                         Optional<QueryResult> lastScrape) {

    private static final double MILLISECONDS_PER_SECOND = 1000;

    /** Figures by node id, for every node that at least one answer mentions. */
    Map<String, NodeMetrics> nodes(InstanceMatcher matcher, Instant readAt) {
        Map<String, NodeFigures> figures = new HashMap<>();
        samples(checked).forEach(sample -> matcher.nodeIdOf(instance(sample)).ifPresent(nodeId ->
                figures.computeIfAbsent(nodeId, id -> new NodeFigures()).addChecked(sample)));
        samples(p99).forEach(sample -> matcher.nodeIdOf(instance(sample)).ifPresent(nodeId ->
                figures.computeIfAbsent(nodeId, id -> new NodeFigures()).p99Seconds = sample.value()));
        samples(nodeUp).forEach(sample -> matcher.nodeIdOf(instance(sample)).ifPresent(nodeId ->
                figures.computeIfAbsent(nodeId, id -> new NodeFigures()).up = sample.value() >= 1));
        samples(activeCounters).forEach(sample -> matcher.nodeIdOf(instance(sample)).ifPresent(nodeId ->
                figures.computeIfAbsent(nodeId, id -> new NodeFigures()).activeCounters = sample.value()));
        samples(lastScrape).forEach(sample -> matcher.nodeIdOf(instance(sample)).ifPresent(nodeId ->
                figures.computeIfAbsent(nodeId, id -> new NodeFigures()).lastScrape = epochSeconds(sample.value())));
        Map<String, NodeMetrics> nodes = new HashMap<>();
        // Without its own answer, "up" is inferred from the node having fresh figures at all.
        boolean upUnknown = nodeUp.isEmpty();
        figures.forEach((nodeId, nodeFigures) -> nodes.put(nodeId, nodeFigures.toMetrics(upUnknown, readAt)));
        return nodes;
    }

    /** Cluster totals now: the sum over every instance, known to us or not. */
    RatePoint clusterPoint(Instant readAt) {
        double allowed = Double.NaN;
        double blocked = Double.NaN;
        for (QuerySample sample : samples(checked)) {
            if (sample.label(RatelimiterQueries.RESULT_LABEL).equals("allowed")) {
                allowed = (Double.isNaN(allowed) ? 0 : allowed) + sample.value();
            } else if (sample.label(RatelimiterQueries.RESULT_LABEL).equals("blocked")) {
                blocked = (Double.isNaN(blocked) ? 0 : blocked) + sample.value();
            }
        }
        if (!samples(checked).isEmpty()) {
            allowed = Double.isNaN(allowed) ? 0 : allowed;
            blocked = Double.isNaN(blocked) ? 0 : blocked;
        }
        double p99Seconds = samples(clusterP99).stream().mapToDouble(QuerySample::value).findFirst().orElse(Double.NaN);
        return new RatePoint(readAt, allowed, blocked, p99Seconds * MILLISECONDS_PER_SECOND);
    }

    /**
     * Explains nodes without figures when Prometheus names instances we cannot place, typically a
     * scrape config that targets the nodes by another name than the one they registered.
     */
    Optional<String> unmatchedInstancesProblem(List<NodeEndpoint> nodes, InstanceMatcher matcher,
                                               Map<String, NodeMetrics> figures) {
        TreeSet<String> unmatched = new TreeSet<>();
        for (Optional<QueryResult> answer : List.of(checked, p99, nodeUp, activeCounters)) {
            samples(answer).stream().map(PrometheusAnswers::instance)
                    .filter(instance -> matcher.nodeIdOf(instance).isEmpty())
                    .forEach(unmatched::add);
        }
        List<String> withoutFigures = new ArrayList<>();
        nodes.stream().filter(node -> !figures.containsKey(node.nodeId()))
                .forEach(node -> withoutFigures.add(SafeText.of(node.nodeId()) + " (" + SafeText.of(node.address()) + ")"));
        if (unmatched.isEmpty() || withoutFigures.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(SafeText.truncate("Prometheus instances " + String.join(", ", unmatched)
                + " match no node address; no figures for " + String.join(", ", withoutFigures)
                + "; make the scrape targets the addresses the nodes register", 300));
    }

    private static List<QuerySample> samples(Optional<QueryResult> answer) {
        return answer.map(QueryResult::samples).orElse(List.of());
    }

    private static String instance(QuerySample sample) {
        return sample.label(RatelimiterQueries.INSTANCE_LABEL);
    }

    private static Instant epochSeconds(double seconds) {
        return Double.isFinite(seconds) ? Instant.ofEpochMilli(Math.round(seconds * MILLISECONDS_PER_SECOND)) : null;
    }

    /** One node's figures while they are gathered; two instances of one node keep the higher value. */
    private static final class NodeFigures {
        private double allowed = Double.NaN;
        private double blocked = Double.NaN;
        private boolean checkedSeen;
        private double p99Seconds = Double.NaN;
        private Boolean up;
        private double activeCounters = Double.NaN;
        private Instant lastScrape;

        void addChecked(QuerySample sample) {
            checkedSeen = true;
            switch (sample.label(RatelimiterQueries.RESULT_LABEL)) {
                case "allowed" -> allowed = higher(allowed, sample.value());
                case "blocked" -> blocked = higher(blocked, sample.value());
                default -> {
                    // Another result value would be a newer service; nothing to show for it yet.
                }
            }
        }

        NodeMetrics toMetrics(boolean upUnknown, Instant readAt) {
            // A client library exports a result's series only once it occurred: absent then means none.
            double allowedPerSecond = checkedSeen && Double.isNaN(allowed) ? 0 : allowed;
            double blockedPerSecond = checkedSeen && Double.isNaN(blocked) ? 0 : blocked;
            boolean isUp = up != null ? up : upUnknown;
            return new NodeMetrics(allowedPerSecond, blockedPerSecond, p99Seconds * MILLISECONDS_PER_SECOND, isUp,
                    activeCounters, lastScrape != null ? lastScrape : readAt);
        }

        private static double higher(double current, double value) {
            return Double.isNaN(current) ? value : Math.max(current, value);
        }
    }
}
