package dev.opcon.tikv.bench;

import java.util.List;

/**
 * What one scenario measured.
 *
 * @param observations           how many observations were timed (fewer than asked when time ran out)
 * @param requestsPerObservation the subject's requests per observation, on average
 * @param observe                one observation of the real subject
 * @param rawGets                the same GETs alone, all at once, bodies dropped: the floor
 * @param heapAfterGcBytes       the heap in use after GC, the subject still open
 */
record ScenarioResult(TikvBenchmark.Scenario scenario, int observations, double requestsPerObservation,
                      Timings observe, Timings rawGets, long heapAfterGcBytes, long fullRegionScans, long nonGets) {

    /** How many times the floor an observation takes, by medians. */
    double ratio() {
        return observe.medianMillis() / rawGets.medianMillis();
    }

    record Timings(double medianMillis, double p99Millis) {

        static Timings of(List<Long> nanos) {
            List<Long> sorted = nanos.stream().sorted().toList();
            int p99 = (int) Math.ceil(sorted.size() * 0.99) - 1;
            return new Timings(sorted.get(sorted.size() / 2) / 1e6, sorted.get(p99) / 1e6);
        }
    }
}
