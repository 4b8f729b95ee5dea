package dev.opcon.tikv;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opcon.core.error.OpconException;
import dev.opcon.core.model.ObservationBody;
import dev.opcon.core.model.SourceStatus;
import dev.opcon.core.model.TimeSeriesPanel;
import dev.opcon.core.model.TimeSeriesPanel.Series;
import dev.opcon.core.spi.Options;
import dev.opcon.core.spi.Source;
import dev.opcon.core.spi.SourceResults;
import dev.opcon.tikv.client.FakePrometheus;
import dev.opcon.tikv.client.HotspotParser;
import dev.opcon.tikv.client.PdApi;
import dev.opcon.tikv.client.PdClient;
import dev.opcon.tikv.client.PrometheusApi;
import dev.opcon.tikv.model.SourceNames;
import dev.opcon.tikv.model.StoreRates;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The rates history the subject keeps between refreshes, assembled from hand-made source results. */
class TikvRatesHistoryTest {

    private static final Instant START = MutableClock.FIXTURE_TIME;
    private static final StoreRates RATES =
            HotspotParser.storeRates(Fixtures.json("reconstructed_hotspot_stores_v8.5.json"));

    /** PD is never asked here: only the sources' fetch functions do I/O, and these tests call none but Prometheus's. */
    private static TikvSubject subject(Optional<PrometheusApi> prometheus) {
        TikvSettings settings = TikvOptions.settings(Options.of(Map.of("pd-endpoint", "http://127.0.0.1:9")));
        PdApi pd = new PdApi(new PdClient(settings.pdEndpoints(), settings.requestTimeout()));
        return new TikvSubject(settings, pd, prometheus, new MutableClock(START));
    }

    private static SourceResults hotspotRates(Instant at) {
        return SourceResults.empty().with(SourceStatus.ok(SourceNames.HOTSPOT_STORES, "pd", Duration.ZERO, at), RATES);
    }

    private static TimeSeriesPanel history(ObservationBody body) {
        return body.panels().stream().filter(TimeSeriesPanel.class::isInstance).map(TimeSeriesPanel.class::cast)
                .filter(panel -> panel.id().equals("rates-history")).findFirst().orElseThrow();
    }

    private static Series series(TimeSeriesPanel panel, String name) {
        return panel.series().stream().filter(each -> each.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void everyAssembleAddsOnePointToEverySeries() {
        try (TikvSubject subject = subject(Optional.empty())) {
            ObservationBody body = null;
            for (int refresh = 0; refresh < 7; refresh++) {
                Instant at = START.plusSeconds(2L * refresh);
                body = subject.assemble(hotspotRates(at), at);
            }

            TimeSeriesPanel panel = history(body);
            assertThat(panel.series()).extracting(Series::name).containsExactly("qps", "write", "read");
            assertThat(panel.series()).allSatisfy(each -> assertThat(each.points()).hasSize(7));
            assertThat(series(panel, "qps").latest()).isEqualTo("38.9k/s");
            assertThat(series(panel, "write").latest()).isEqualTo("30.8MiB/s");
            assertThat(panel.step()).isEqualTo(Duration.ofSeconds(2));
            assertThat(subject.sources()).extracting(Source::name).doesNotContain(SourceNames.PROMETHEUS_HISTORY);
        }
    }

    @Test
    void aFailedSourceIsAGapNotAMissingPoint() {
        try (TikvSubject subject = subject(Optional.empty())) {
            subject.assemble(hotspotRates(START), START);
            ObservationBody body = subject.assemble(SourceResults.empty(), START.plusSeconds(1));

            assertThat(series(history(body), "qps").points()).hasSize(2).last().isEqualTo(Double.NaN);
            assertThat(series(history(body), "qps").latest()).isEqualTo("–");
        }
    }

    @Test
    void withPrometheusOneRangeQueryFillsTheHistoryOnTheFirstRefresh() throws Exception {
        FakePrometheus prometheus = new FakePrometheus().answerRange(List.of(
                FakePrometheus.figure("qps", START.minusSeconds(3), 900, 950, 1000),
                FakePrometheus.figure("p99", START.minusSeconds(3), 0.004, 0.005, 0.006),
                FakePrometheus.figure("write", START.minusSeconds(3), 1e6, 2e6, 3e6)));
        try (TikvSubject subject = subject(Optional.of(prometheus))) {
            Source<?> backfill = subject.sources().stream()
                    .filter(source -> source.name().equals(SourceNames.PROMETHEUS_HISTORY)).findFirst().orElseThrow();
            SourceResults first = hotspotRates(START).with(
                    SourceStatus.ok(SourceNames.PROMETHEUS_HISTORY, prometheus.endpoint(), Duration.ZERO, START),
                    backfill.fetch().fetch());

            TimeSeriesPanel panel = history(subject.assemble(first, START));

            assertThat(prometheus.rangeQueries()).hasSize(1);
            assertThat(panel.series()).extracting(Series::name).containsExactly("qps", "max p99", "write", "read");
            assertThat(panel.series()).allSatisfy(each -> assertThat(each.points()).hasSize(4));
            assertThat(series(panel, "qps").points().subList(0, 3)).containsExactly(900.0, 950.0, 1000.0);
            assertThat(series(panel, "max p99").points().subList(0, 3)).containsExactly(4.0, 5.0, 6.0);
            assertThat(series(panel, "read").points().subList(0, 3)).allMatch(value -> value.isNaN());
            assertThat(series(panel, "write").points().get(3)).as("this refresh's point, from PD").isEqualTo(
                    RATES.byStore().values().stream().mapToDouble(rate -> rate.writeBytes()).sum());
            assertThat(subject.sources()).extracting(Source::name).doesNotContain(SourceNames.PROMETHEUS_HISTORY);
        }
    }

    @Test
    void aFailedRangeQueryIsAskedAgainThreeTimesAtMost() {
        try (TikvSubject subject = subject(Optional.of(new FakePrometheus()))) {
            for (int refresh = 0; refresh < 3; refresh++) {
                assertThat(subject.sources()).extracting(Source::name).contains(SourceNames.PROMETHEUS_HISTORY);
                Instant at = START.plusSeconds(refresh);
                subject.assemble(hotspotRates(at).with(SourceStatus.failed(SourceNames.PROMETHEUS_HISTORY, "prometheus",
                        Duration.ZERO, "timed out", OpconException.Category.SOURCE_UNAVAILABLE, Optional.empty()), null), at);
            }

            assertThat(subject.sources()).extracting(Source::name).doesNotContain(SourceNames.PROMETHEUS_HISTORY);
        }
    }
}
