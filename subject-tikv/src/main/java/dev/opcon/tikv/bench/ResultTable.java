package dev.opcon.tikv.bench;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

/** The benchmark's results as a Markdown table, and a verdict. */
final class ResultTable {

    private ResultTable() {
    }

    static void print(List<ScenarioResult> results, PrintStream out) {
        out.println("| mode            |   regions | obs | GETs/obs | observe median | observe p99 | raw GETs median "
                + "| raw GETs p99 | × raw | heap after GC | GET /regions | non-GET |");
        out.println("|-----------------|----------:|----:|---------:|---------------:|------------:|----------------:"
                + "|-------------:|------:|--------------:|-------------:|--------:|");
        for (ScenarioResult result : results) {
            out.printf(Locale.ROOT, "| %-15s | %9d | %3d | %8.1f | %11.1f ms | %8.1f ms | %12.1f ms | %9.1f ms | %5.1f "
                            + "| %9.1f MiB | %12d | %7d |%n",
                    result.scenario().mode(), result.scenario().regions(), result.observations(),
                    result.requestsPerObservation(), result.observe().medianMillis(), result.observe().p99Millis(),
                    result.rawGets().medianMillis(), result.rawGets().p99Millis(), result.ratio(),
                    result.heapAfterGcBytes() / 1048576.0, result.fullRegionScans(), result.nonGets());
        }
        boolean fast = results.stream().allMatch(result -> result.observe().p99Millis() < 1000);
        boolean cheap = results.stream().allMatch(result -> result.fullRegionScans() == 0 && result.nonGets() == 0);
        out.println(fast && cheap ? "OK: every observation under 1 s, no region listing, GETs only"
                : "NOT OK: an observation took 1 s or more, or the subject listed regions or wrote to PD");
    }
}
