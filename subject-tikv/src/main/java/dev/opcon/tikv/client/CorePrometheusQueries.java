package dev.opcon.tikv.client;

import dev.opcon.core.prometheus.PrometheusClient;
import dev.opcon.core.prometheus.PrometheusConfig;
import dev.opcon.core.prometheus.Series;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Instant and range queries through subject-core's {@link PrometheusClient}. */
public final class CorePrometheusQueries implements PrometheusApi {

    private final PrometheusClient client;

    public CorePrometheusQueries(PrometheusClient client) {
        this.client = client;
    }

    /**
     * Checks the URL (credentials in it become basic auth and are never shown) without any I/O.
     *
     * @throws dev.opcon.core.error.OpconException (CONFIGURATION) naming {@code --prometheus-url}
     */
    public static CorePrometheusQueries of(String url, Duration requestTimeout) {
        return new CorePrometheusQueries(new PrometheusClient(PrometheusConfig.of(url).withRequestTimeout(requestTimeout)));
    }

    @Override
    public List<PrometheusSample> instantQuery(String promql) {
        return client.instantQuery(promql).samples().stream()
                .map(sample -> new PrometheusSample(sample.labels(), sample.value()))
                .toList();
    }

    @Override
    public List<Series> rangeQuery(String promql, Instant start, Instant end, Duration step) {
        return client.rangeQuery(promql, start, end, step).series();
    }

    @Override
    public String endpoint() {
        return client.endpoint();
    }
}
