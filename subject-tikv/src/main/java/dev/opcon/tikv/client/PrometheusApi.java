package dev.opcon.tikv.client;

import dev.opcon.core.prometheus.Series;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * What the TiKV subject asks Prometheus: instant queries each refresh, and one range query to fill
 * the rates history at start. A seam of our own, so the subject depends on no more of a Prometheus
 * client than this, and a test can answer by hand.
 */
public interface PrometheusApi {

    /**
     * @throws dev.opcon.core.error.OpconException when Prometheus cannot be reached or refuses the query
     */
    List<PrometheusSample> instantQuery(String promql);

    /**
     * Evaluates {@code promql} at every {@code step} from {@code start} to {@code end}.
     *
     * @return the series in the order Prometheus sent them, labels made safe, points oldest first
     * @throws dev.opcon.core.error.OpconException when Prometheus cannot be reached or refuses the query
     */
    List<Series> rangeQuery(String promql, Instant start, Instant end, Duration step);

    /** Where it asks, credentials masked. */
    String endpoint();
}
