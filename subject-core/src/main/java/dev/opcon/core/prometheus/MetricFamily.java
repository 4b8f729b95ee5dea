package dev.opcon.core.prometheus;

import java.util.List;

/**
 * The samples that share a {@code # TYPE} line, e.g. a histogram with its {@code _bucket},
 * {@code _sum} and {@code _count} samples.
 *
 * @param help the {@code # HELP} text, made safe for a terminal; "" when absent
 * @param samples in page order
 */
public record MetricFamily(String name, MetricType type, String help, List<Sample> samples) {

    public MetricFamily {
        samples = List.copyOf(samples);
    }

    /** One histogram per label set (without {@code le}), in page order; empty unless a HISTOGRAM. */
    public List<HistogramSnapshot> histograms() {
        return type == MetricType.HISTOGRAM ? HistogramSnapshot.allIn(this) : List.of();
    }
}
