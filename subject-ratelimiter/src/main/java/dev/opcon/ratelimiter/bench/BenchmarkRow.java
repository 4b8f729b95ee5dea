package dev.opcon.ratelimiter.bench;

import java.util.Locale;

/**
 * One line of the benchmark table.
 *
 * @param seedKeysTimed how many keys the seed system's way was timed on; fewer than {@code size}
 *                      means its figure is extrapolated
 */
record BenchmarkRow(long size, double opconMilliseconds, double baselineMilliseconds, double seedMilliseconds,
                    long seedKeysTimed, double heapMegabytes) {

    static final String HEADER = String.format(Locale.ROOT, "%10s | %8s | %11s | %5s | %-40s | %7s",
            "size", "opcon ms", "baseline ms", "ratio", "seed ms", "heap MB");

    String format() {
        String seed = String.format(Locale.ROOT, "%,.0f", seedMilliseconds)
                + (seedKeysTimed < size ? String.format(Locale.ROOT, " (extrapolated from %,d keys)", seedKeysTimed) : "");
        return String.format(Locale.ROOT, "%,10d | %,8.0f | %,11.0f | %5.2f | %-40s | %7.1f",
                size, opconMilliseconds, baselineMilliseconds, opconMilliseconds / baselineMilliseconds, seed, heapMegabytes);
    }
}
