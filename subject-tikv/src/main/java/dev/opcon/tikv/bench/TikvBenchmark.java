package dev.opcon.tikv.bench;

import dev.opcon.core.error.OpconException;
import dev.opcon.core.spi.Benchmark;
import dev.opcon.core.text.SafeText;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code opcon bench tikv}: how long one observation of a large cluster takes, next to the same GETs
 * alone measured in the same run, and that memory does not grow with the cluster's regions. Starts a
 * PD and Prometheus stub on loopback for 100 stores whose region counts add up to 10 000 or 1 000 000,
 * and prints a table. Takes under a minute: each scenario measures for 8 s at most.
 *
 * <p>Also a program: {@code java -cp ... dev.opcon.tikv.bench.TikvBenchmark [observations]}.
 */
public final class TikvBenchmark implements Benchmark {

    public static final String OBSERVATIONS_OPTION = "observations";
    static final int STORES = 100;
    static final int DEFAULT_OBSERVATIONS = 50;
    static final List<Scenario> SCENARIOS = List.of(
            new Scenario("pd", 10_000, false),
            new Scenario("pd", 1_000_000, false),
            new Scenario("pd + prometheus", 10_000, true),
            new Scenario("pd + prometheus", 1_000_000, true));

    /** A cluster size and whether the subject also reads Prometheus. */
    record Scenario(String mode, long regions, boolean prometheus) {
    }

    public static void main(String[] arguments) throws Exception {
        Map<String, String> options = arguments.length > 0 ? Map.of(OBSERVATIONS_OPTION, arguments[0]) : Map.of();
        new TikvBenchmark().run(options, System.out);
    }

    @Override
    public String name() {
        return "tikv";
    }

    @Override
    public String description() {
        return "observing 100 TiKV stores with 10k and 1M regions (PD and Prometheus stubs), against the same GETs alone";
    }

    /**
     * @param options {@code observations}: the most observations timed per scenario (default 50); others are ignored
     * @throws OpconException (CONFIGURATION) when {@code observations} is not a positive number
     */
    @Override
    public void run(Map<String, String> options, PrintStream out) throws Exception {
        run(SCENARIOS, STORES, observations(options), out);
    }

    static List<ScenarioResult> run(List<Scenario> scenarios, int stores, int observations, PrintStream out)
            throws Exception {
        out.printf(Locale.ROOT, "TiKV subject: %d stores, up to %d observations per scenario within %d s (after %d to warm"
                        + " up), %d cores, max heap %d MiB%n", stores, observations,
                ScenarioRun.TIME_PER_SCENARIO.toSeconds(), ScenarioRun.WARM_UP, Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20);
        out.flush();
        List<ScenarioResult> results = new ArrayList<>();
        for (Scenario scenario : scenarios) {
            results.add(ScenarioRun.measure(scenario, stores, observations));
        }
        ResultTable.print(results, out);
        out.println("observe: one refresh of the real subject (two phases: the sources, then the hottest regions);"
                + " raw GETs: the same requests all at once, bodies dropped; × raw: observe median / raw GETs median.");
        out.flush();
        return results;
    }

    private static int observations(Map<String, String> options) {
        String text = options.getOrDefault(OBSERVATIONS_OPTION, String.valueOf(DEFAULT_OBSERVATIONS)).trim();
        try {
            int observations = Integer.parseInt(text);
            if (observations > 0) {
                return observations;
            }
        } catch (NumberFormatException notANumber) {
            // answered below
        }
        throw OpconException.configuration("--" + OBSERVATIONS_OPTION + " must be a positive whole number, not '"
                + SafeText.truncate(SafeText.of(text), 40) + "'");
    }
}
