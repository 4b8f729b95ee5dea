package dev.opcon.tikv.client;

import dev.opcon.core.prometheus.PrometheusClient;
import dev.opcon.core.prometheus.PrometheusConfig;
import java.time.Duration;
import java.util.List;

/** Instant queries through subject-core's {@link PrometheusClient}. */
public final class CorePrometheusQueries implements InstantQueries {

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
    public String endpoint() {
        return client.endpoint();
    }
}
