package dev.opcon.tikv.client;

import dev.opcon.core.prometheus.Point;
import dev.opcon.core.prometheus.Series;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A Prometheus answered by hand: an instant query by the first fragment it contains (else an empty
 * vector), a range query with the series set for it. Remembers the range queries asked.
 */
public final class FakePrometheus implements PrometheusApi {

    /** One range query as asked. */
    public record RangeQuery(String promql, Instant start, Instant end, Duration step) {
    }

    private final Map<String, List<PrometheusSample>> answers = new LinkedHashMap<>();
    private final List<RangeQuery> rangeQueries = new ArrayList<>();
    private List<Series> rangeAnswer = List.of();
    private volatile RuntimeException failure;

    public FakePrometheus answer(String fragment, PrometheusSample... samples) {
        answers.put(fragment, List.of(samples));
        return this;
    }

    public FakePrometheus answerRange(List<Series> series) {
        rangeAnswer = List.copyOf(series);
        return this;
    }

    /** Every query from now on fails with {@code failure}; {@code null} answers again. */
    public FakePrometheus failing(RuntimeException failure) {
        this.failure = failure;
        return this;
    }

    public synchronized List<RangeQuery> rangeQueries() {
        return List.copyOf(rangeQueries);
    }

    /** A series of the cluster-totals range query: one figure, a point a second from {@code first}. */
    public static Series figure(String name, Instant first, double... values) {
        List<Point> points = new ArrayList<>();
        for (int index = 0; index < values.length; index++) {
            points.add(new Point(first.plusSeconds(index), values[index]));
        }
        return new Series(Map.of("figure", name), points);
    }

    @Override
    public List<PrometheusSample> instantQuery(String promql) {
        if (failure != null) {
            throw failure;
        }
        return answers.entrySet().stream().filter(entry -> promql.contains(entry.getKey()))
                .map(Map.Entry::getValue).findFirst().orElse(List.of());
    }

    @Override
    public synchronized List<Series> rangeQuery(String promql, Instant start, Instant end, Duration step) {
        rangeQueries.add(new RangeQuery(promql, start, end, step));
        if (failure != null) {
            throw failure;
        }
        return rangeAnswer;
    }

    @Override
    public String endpoint() {
        return "http://fake-prometheus:9090";
    }
}
