package dev.opcon.ratelimiter.metrics;

import dev.opcon.core.error.OpconException;
import dev.opcon.core.prometheus.PrometheusQueries;
import dev.opcon.core.prometheus.QueryResult;
import dev.opcon.core.prometheus.QuerySample;
import dev.opcon.core.prometheus.RangeResult;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** Canned answers by PromQL text; a query without one answers an empty vector. */
final class FakePrometheus implements PrometheusQueries {

    private final Map<String, QueryResult> instantAnswers = new ConcurrentHashMap<>();
    private final Map<String, RangeResult> rangeAnswers = new ConcurrentHashMap<>();
    private final Map<String, RuntimeException> failures = new ConcurrentHashMap<>();
    private final Map<String, Duration> delays = new ConcurrentHashMap<>();
    final List<String> instantQueries = new CopyOnWriteArrayList<>();
    final List<String> rangeQueries = new CopyOnWriteArrayList<>();

    FakePrometheus answer(String promql, QuerySample... samples) {
        instantAnswers.put(promql, new QueryResult(QueryResult.ResultType.VECTOR, List.of(samples), List.of()));
        return this;
    }

    FakePrometheus answerWithWarning(String promql, String warning, QuerySample... samples) {
        instantAnswers.put(promql, new QueryResult(QueryResult.ResultType.VECTOR, List.of(samples), List.of(warning)));
        return this;
    }

    FakePrometheus answerRange(String promql, RangeResult result) {
        rangeAnswers.put(promql, result);
        return this;
    }

    FakePrometheus fail(String promql, RuntimeException failure) {
        failures.put(promql, failure);
        return this;
    }

    FakePrometheus succeed(String promql) {
        failures.remove(promql);
        return this;
    }

    FakePrometheus delay(String promql, Duration delay) {
        delays.put(promql, delay);
        return this;
    }

    static QuerySample sample(double value, String... labelNamesAndValues) {
        Map<String, String> labels = new ConcurrentHashMap<>();
        for (int index = 0; index < labelNamesAndValues.length; index += 2) {
            labels.put(labelNamesAndValues[index], labelNamesAndValues[index + 1]);
        }
        return new QuerySample(labels, value, Instant.parse("2026-06-01T10:00:00Z"));
    }

    static OpconException unavailable(String promql) {
        return OpconException.unavailable("Prometheus at http://fake:9090: query '" + promql
                + "' could not be answered: cannot connect", null);
    }

    @Override
    public QueryResult instantQuery(String promql) {
        instantQueries.add(promql);
        behave(promql);
        return instantAnswers.getOrDefault(promql,
                new QueryResult(QueryResult.ResultType.VECTOR, List.of(), List.of()));
    }

    @Override
    public RangeResult rangeQuery(String promql, Instant start, Instant end, Duration step) {
        rangeQueries.add(promql);
        behave(promql);
        return rangeAnswers.getOrDefault(promql, new RangeResult(new ArrayList<>(), List.of()));
    }

    private void behave(String promql) {
        Duration delay = delays.get(promql);
        if (delay != null) {
            try {
                Thread.sleep(delay.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw OpconException.unavailable("interrupted", e);
            }
        }
        RuntimeException failure = failures.get(promql);
        if (failure != null) {
            throw failure;
        }
    }
}
