package dev.opcon.ratelimiter.metrics;

import dev.opcon.core.error.OpconException;
import dev.opcon.core.prometheus.PrometheusClient;
import dev.opcon.core.prometheus.PrometheusQueries;
import dev.opcon.core.prometheus.QueryResult;
import dev.opcon.core.prometheus.RangeResult;
import dev.opcon.ratelimiter.metrics.ParallelCalls.Call;
import dev.opcon.ratelimiter.metrics.ParallelCalls.Outcome;
import dev.opcon.ratelimiter.model.MetricsModes;
import dev.opcon.ratelimiter.model.MetricsProblem;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Reads the nodes' figures from Prometheus with PromQL, mapping Prometheus's {@code instance}
 * label to nodes by address (see {@link InstanceMatcher}), so that it works for the Java service
 * and the seed system's alike.
 *
 * <p>Each read asks its queries at once, under one deadline. A query that fails becomes a
 * problem and leaves its figures unknown; only when every figure's query fails does the read fail. Until
 * it once succeeds, a read also asks for the last five minutes of cluster totals, so that the
 * sparklines are not empty at start. The constructor does no I/O.
 */
public final class PrometheusMetricsReader implements MetricsReader {

    public static final Duration DEFAULT_RATE_WINDOW = Duration.ofSeconds(10);
    public static final Duration DEFAULT_DEADLINE = Duration.ofSeconds(3);
    static final Duration HISTORY_SPAN = Duration.ofMinutes(5);
    static final Duration HISTORY_STEP = Duration.ofSeconds(1);
    private static final int HISTORY_ATTEMPTS = 3;

    private final PrometheusQueries prometheus;
    private final String endpoint;
    private final RatelimiterQueries queries;
    private final Duration deadline;
    private final Clock clock;
    private final MetricsHistory history = new MetricsHistory(MetricsHistory.DEFAULT_CAPACITY);
    private int historyAttemptsLeft = HISTORY_ATTEMPTS;

    /** Reads through {@code client} with the default deadline of 3 s for all queries of a read. */
    public PrometheusMetricsReader(PrometheusClient client, Duration rateWindow, Clock clock) {
        this(client, client.endpoint(), rateWindow, DEFAULT_DEADLINE, clock);
    }

    /**
     * @param prometheus where to ask (a {@link PrometheusClient}, or a fake in tests)
     * @param endpoint   shown as the source, password masked
     * @param rateWindow range of {@code rate()}; at least two scrape intervals, e.g. 10 s for 1 s scrapes
     * @param deadline   the longest one read may take, all its queries together
     */
    public PrometheusMetricsReader(PrometheusQueries prometheus, String endpoint, Duration rateWindow,
                                   Duration deadline, Clock clock) {
        this.prometheus = Objects.requireNonNull(prometheus, "prometheus");
        this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
        try {
            this.queries = new RatelimiterQueries(rateWindow);
        } catch (IllegalArgumentException e) {
            throw OpconException.configuration(e.getMessage());
        }
        if (deadline == null || deadline.isNegative() || deadline.isZero()) {
            throw OpconException.configuration("the Prometheus read deadline must be positive, not " + deadline);
        }
        this.deadline = deadline;
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public String mode() {
        return MetricsModes.PROMETHEUS;
    }

    @Override
    public String endpoint() {
        return endpoint;
    }

    @Override
    public synchronized MetricsSnapshot read(List<NodeEndpoint> nodes) {
        Instant readAt = clock.instant();
        boolean fillHistory = historyAttemptsLeft > 0;
        List<Call<Object>> instantCalls = instantCalls();
        List<Call<Object>> calls = new ArrayList<>(instantCalls);
        if (fillHistory) {
            calls.addAll(historyCalls(readAt));
        }
        List<Outcome<Object>> outcomes = ParallelCalls.run(calls, deadline);
        List<Outcome<Object>> instantOutcomes = outcomes.subList(0, instantCalls.size());
        if (instantOutcomes.stream().noneMatch(Outcome::succeeded)) {
            throw everyQueryFailed(outcomes);
        }
        List<String> problems = new ArrayList<>();
        outcomes.stream().filter(outcome -> !outcome.succeeded())
                .forEach(outcome -> problems.add(outcome.failure().getMessage()));
        if (fillHistory) {
            fillHistory(outcomes.subList(instantCalls.size(), outcomes.size()));
        }
        PrometheusAnswers answers = new PrometheusAnswers(instant(outcomes, 0), instant(outcomes, 1),
                instant(outcomes, 2), instant(outcomes, 3), instant(outcomes, 4), instant(outcomes, 5));
        InstanceMatcher matcher = new InstanceMatcher(nodes);
        Map<String, NodeMetrics> figures = answers.nodes(matcher, readAt);
        answers.unmatchedInstancesProblem(nodes, matcher, figures).ifPresent(problems::add);
        for (Outcome<Object> outcome : outcomes) {
            if (outcome.value() instanceof QueryResult result) {
                problems.addAll(result.warnings());
            }
        }
        history.add(answers.clusterPoint(readAt));
        return new MetricsSnapshot(mode(), readAt, figures, history.points(),
                problems.stream().distinct().map(MetricsProblem::ofCluster).toList());
    }

    /** In the order {@link PrometheusAnswers} takes them. */
    private List<Call<Object>> instantCalls() {
        return List.of(instantCall(queries.checkedPerSecondByInstance()),
                instantCall(queries.p99SecondsByInstance()),
                instantCall(queries.p99Seconds()),
                instantCall(queries.nodeUpByInstance()),
                instantCall(queries.activeCountersByInstance()),
                instantCall(queries.lastScrapeByInstance()));
    }

    private List<Call<Object>> historyCalls(Instant end) {
        Instant start = end.minus(HISTORY_SPAN);
        return List.of(call(queries.checkedPerSecond(),
                        () -> prometheus.rangeQuery(queries.checkedPerSecond(), start, end, HISTORY_STEP)),
                call(queries.p99Seconds(),
                        () -> prometheus.rangeQuery(queries.p99Seconds(), start, end, HISTORY_STEP)));
    }

    private Call<Object> instantCall(String promql) {
        return call(promql, () -> prometheus.instantQuery(promql));
    }

    private Call<Object> call(String promql, Supplier<Object> action) {
        return new Call<>("Prometheus at " + endpoint + ": query '" + promql + "'", action);
    }

    private void fillHistory(List<Outcome<Object>> rangeOutcomes) {
        Outcome<Object> checked = rangeOutcomes.get(0);
        Outcome<Object> p99 = rangeOutcomes.get(1);
        if (!checked.succeeded()) {
            historyAttemptsLeft--;
            return;
        }
        historyAttemptsLeft = 0;
        history.addAll(RangeAnswers.points((RangeResult) checked.value(),
                p99.succeeded() ? (RangeResult) p99.value() : null));
    }

    private static Optional<QueryResult> instant(List<Outcome<Object>> outcomes, int index) {
        Outcome<Object> outcome = outcomes.get(index);
        return outcome.succeeded() ? Optional.of((QueryResult) outcome.value()) : Optional.empty();
    }

    /** The first failure stands for all; the others usually have the same cause. */
    private static OpconException everyQueryFailed(List<Outcome<Object>> outcomes) {
        OpconException first = outcomes.get(0).failure();
        long othersFailed = outcomes.stream().filter(outcome -> !outcome.succeeded()).count() - 1;
        String message = first.getMessage() + (othersFailed > 0 ? " (and " + othersFailed + " more queries failed)" : "");
        return new OpconException(first.category(), message, first);
    }
}
