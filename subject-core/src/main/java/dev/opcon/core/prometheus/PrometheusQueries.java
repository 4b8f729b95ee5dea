package dev.opcon.core.prometheus;

import java.time.Duration;
import java.time.Instant;

/**
 * The PromQL queries a subject asks. {@link PrometheusClient} asks a real Prometheus; tests of a
 * subject implement this by hand with canned answers.
 */
public interface PrometheusQueries {

    /** Evaluates {@code promql} now. */
    QueryResult instantQuery(String promql);

    /** Evaluates {@code promql} at every {@code step} from {@code start} to {@code end}, both included. */
    RangeResult rangeQuery(String promql, Instant start, Instant end, Duration step);
}
