package dev.opcon.tikv.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opcon.core.error.OpconException;
import dev.opcon.core.spi.Benchmark;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

/** The benchmark as {@code opcon bench tikv} finds and runs it, on a small cluster and few observations. */
class TikvBenchmarkIT {

    @Test
    void theConsoleFindsItByName() {
        assertThat(ServiceLoader.load(Benchmark.class).stream().map(ServiceLoader.Provider::get))
                .filteredOn(benchmark -> benchmark.name().equals("tikv")).singleElement()
                .isInstanceOf(TikvBenchmark.class);
    }

    @Test
    void printsATableWithTheRatioToTheRawGetsOfTheSameRun() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        List<ScenarioResult> results;
        try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            results = TikvBenchmark.run(List.of(new TikvBenchmark.Scenario("pd + prometheus", 100_000, true)), 10, 3, out);
        }

        String printed = bytes.toString(StandardCharsets.UTF_8);
        assertThat(printed).contains("| × raw |", "| pd + prometheus |    100000 |   3 |");
        assertThat(results).singleElement().satisfies(result -> {
            assertThat(result.observations()).isEqualTo(3);
            assertThat(result.ratio()).isPositive();
            assertThat(result.requestsPerObservation()).as("no range query after the first refresh").isEqualTo(18);
            assertThat(result.fullRegionScans()).isZero();
            assertThat(result.nonGets()).isZero();
        });
    }

    @Test
    void aBadObservationCountNamesTheOption() {
        assertThatThrownBy(() -> new TikvBenchmark().run(Map.of("observations", "many"), System.err))
                .isInstanceOf(OpconException.class).hasMessageContaining("--observations").hasMessageContaining("many");
    }
}
