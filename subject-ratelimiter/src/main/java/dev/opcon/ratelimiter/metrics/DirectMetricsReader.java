package dev.opcon.ratelimiter.metrics;

import dev.opcon.core.error.OpconException;
import dev.opcon.core.prometheus.Bucket;
import dev.opcon.core.prometheus.HistogramQuantile;
import dev.opcon.core.prometheus.MetricFamilies;
import dev.opcon.core.prometheus.MetricsScraper;
import dev.opcon.core.text.SafeText;
import dev.opcon.ratelimiter.metrics.ParallelCalls.Call;
import dev.opcon.ratelimiter.metrics.ParallelCalls.Outcome;
import dev.opcon.ratelimiter.model.MetricsModes;
import dev.opcon.ratelimiter.model.MetricsProblem;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Direct mode, when no Prometheus is given: scrapes every node's {@code /metrics} at each read, all
 * at once, and computes rates and p99 between this scrape and the node's previous one. Rates and
 * p99 are NaN at a node's first scrape. A node that fails becomes a problem and the others are
 * still read; only when every node fails does the read fail. The constructor does no I/O.
 */
public final class DirectMetricsReader implements MetricsReader {

    public static final Duration DEFAULT_NODE_TIMEOUT = Duration.ofSeconds(1);

    private final MetricsScraper scraper;
    private final Duration nodeTimeout;
    private final Clock clock;
    private final MetricsHistory history = new MetricsHistory(MetricsHistory.DEFAULT_CAPACITY);
    private final Map<String, NodeSample> previousSamples = new HashMap<>();

    /** @param nodeTimeout the longest one node's {@code /metrics} may take, connecting included */
    public DirectMetricsReader(Duration nodeTimeout, Clock clock) {
        this(new MetricsScraper(nodeTimeout), nodeTimeout, clock);
    }

    public DirectMetricsReader(MetricsScraper scraper, Duration nodeTimeout, Clock clock) {
        this.scraper = Objects.requireNonNull(scraper, "scraper");
        if (nodeTimeout == null || nodeTimeout.isNegative() || nodeTimeout.isZero()) {
            throw OpconException.configuration("the metrics scrape timeout must be positive, not " + nodeTimeout);
        }
        this.nodeTimeout = nodeTimeout;
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public String mode() {
        return MetricsModes.DIRECT;
    }

    @Override
    public String endpoint() {
        return "each node's /metrics";
    }

    @Override
    public synchronized MetricsSnapshot read(List<NodeEndpoint> nodes) {
        Instant readAt = clock.instant();
        List<Call<NodeSample>> calls = nodes.stream().map(this::scrapeCall).toList();
        // The scraper's own timeout comes first; this is the backstop that keeps a read bounded.
        List<Outcome<NodeSample>> outcomes = ParallelCalls.run(calls, nodeTimeout.plusMillis(500));
        if (!nodes.isEmpty() && outcomes.stream().noneMatch(Outcome::succeeded)) {
            throw noNodeAnswered(nodes, outcomes);
        }
        Map<String, NodeMetrics> figures = new HashMap<>();
        List<MetricsProblem> problems = new ArrayList<>();
        List<NodeMetrics> withRates = new ArrayList<>();
        List<Bucket> clusterBuckets = new ArrayList<>();
        for (int index = 0; index < nodes.size(); index++) {
            String nodeId = nodes.get(index).nodeId();
            Outcome<NodeSample> outcome = outcomes.get(index);
            if (!outcome.succeeded()) {
                problems.add(MetricsProblem.ofNode(nodeId, outcome.failure().getMessage()));
                continue;
            }
            NodeSample sample = outcome.value();
            NodeSample previous = previousSamples.put(nodeId, sample);
            NodeMetrics metrics = sample.since(previous);
            figures.put(nodeId, metrics);
            if (previous != null) {
                withRates.add(metrics);
                clusterBuckets.addAll(sample.bucketIncrease(previous));
            }
        }
        forgetNodesNoLongerListed(nodes);
        history.add(clusterPoint(readAt, withRates, clusterBuckets));
        return new MetricsSnapshot(mode(), readAt, figures, history.points(), problems);
    }

    private Call<NodeSample> scrapeCall(NodeEndpoint node) {
        URI metricsUrl = metricsUrl(node.baseUrl());
        return new Call<>("node " + SafeText.of(node.nodeId()) + ": " + metricsUrl, () -> {
            try {
                Instant sent = clock.instant();
                MetricFamilies page = scraper.scrape(metricsUrl);
                // The node wrote its counters somewhere between; the middle is the best guess, and
                // it keeps a slow answer from skewing the interval the rates are divided by.
                Instant received = clock.instant();
                return NodeSample.of(page, sent.plus(Duration.between(sent, received).dividedBy(2)));
            } catch (OpconException e) {
                throw new OpconException(e.category(), "node " + SafeText.of(node.nodeId()) + ": " + e.getMessage(), e);
            }
        });
    }

    /** Cluster totals: rates of the nodes that have them, p99 over every check they counted. */
    private static RatePoint clusterPoint(Instant readAt, List<NodeMetrics> withRates, List<Bucket> clusterBuckets) {
        double allowed = sumKnown(withRates.stream().mapToDouble(NodeMetrics::allowedPerSecond).toArray());
        double blocked = sumKnown(withRates.stream().mapToDouble(NodeMetrics::blockedPerSecond).toArray());
        double p99Seconds = HistogramQuantile.quantile(NodeSample.P99, HistogramMerge.byBound(clusterBuckets));
        return new RatePoint(readAt, allowed, blocked, p99Seconds * 1000);
    }

    private static double sumKnown(double[] values) {
        double sum = Double.NaN;
        for (double value : values) {
            if (!Double.isNaN(value)) {
                sum = (Double.isNaN(sum) ? 0 : sum) + value;
            }
        }
        return sum;
    }

    private void forgetNodesNoLongerListed(List<NodeEndpoint> nodes) {
        Set<String> listed = nodes.stream().map(NodeEndpoint::nodeId).collect(Collectors.toSet());
        previousSamples.keySet().retainAll(listed);
    }

    private static URI metricsUrl(URI baseUrl) {
        String base = baseUrl.toString();
        return URI.create((base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + "/metrics");
    }

    private static OpconException noNodeAnswered(List<NodeEndpoint> nodes, List<Outcome<NodeSample>> outcomes) {
        OpconException first = outcomes.get(0).failure();
        String message = nodes.size() == 1 ? first.getMessage()
                : "no node answered /metrics: " + first.getMessage() + " (and " + (nodes.size() - 1) + " more)";
        return new OpconException(first.category(), message, first);
    }
}
