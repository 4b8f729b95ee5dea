package dev.opcon.tikv;

import dev.opcon.core.spi.OptionSpec;
import dev.opcon.core.spi.Options;
import dev.opcon.core.spi.Subject;
import dev.opcon.core.spi.SubjectFactory;
import dev.opcon.core.spi.SubjectInfo;
import dev.opcon.tikv.client.CorePrometheusQueries;
import dev.opcon.tikv.client.PdApi;
import dev.opcon.tikv.client.PdClient;
import dev.opcon.tikv.client.PrometheusApi;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** Creates the {@code tikv} subject. Validates options only: the first request happens in the refresh loop. */
@SubjectInfo(name = "tikv", description = "a TiKV cluster, read through PD's HTTP API and Prometheus")
public final class TikvSubjectFactory implements SubjectFactory {

    @Override
    public List<OptionSpec> options() {
        return TikvOptions.SPECS;
    }

    @Override
    public Subject create(Options options) {
        TikvSettings settings = TikvOptions.settings(options);
        PdApi pd = new PdApi(new PdClient(settings.pdEndpoints(), settings.requestTimeout()));
        Optional<PrometheusApi> prometheus = settings.prometheusUrl()
                .map(url -> CorePrometheusQueries.of(url, settings.requestTimeout()));
        return new TikvSubject(settings, pd, prometheus, Clock.systemUTC());
    }
}
