package dev.opcon.core.prometheus;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One histogram of a {@code /metrics} page: the buckets, sum and count for one label set.
 *
 * @param labels the series' labels without {@code le}
 * @param buckets in page order (normally ascending bound, ending at {@code +Inf})
 * @param sum NaN when the page has no {@code _sum}
 * @param count NaN when the page has no {@code _count}
 */
public record HistogramSnapshot(Map<String, String> labels, List<Bucket> buckets, double sum, double count) {

    private static final String BOUND_LABEL = "le";

    public HistogramSnapshot {
        labels = Labels.copyOf(labels);
        buckets = List.copyOf(buckets);
    }

    /** The q-quantile of everything observed since the process started; see {@link HistogramQuantile}. */
    public double quantile(double q) {
        return HistogramQuantile.quantile(q, buckets);
    }

    /** The value of the label, or "" when absent. */
    public String label(String name) {
        return labels.getOrDefault(name, "");
    }

    static List<HistogramSnapshot> allIn(MetricFamily family) {
        Map<Map<String, String>, Parts> byLabels = new LinkedHashMap<>();
        for (Sample sample : family.samples()) {
            Map<String, String> labels = new LinkedHashMap<>(sample.labels());
            String bound = labels.remove(BOUND_LABEL);
            Parts parts = byLabels.computeIfAbsent(Labels.copyOf(labels), key -> new Parts());
            String suffix = sample.name().substring(Math.min(family.name().length(), sample.name().length()));
            switch (suffix) {
                case "_bucket" -> {
                    if (bound != null) {
                        parts.buckets.add(new Bucket(PrometheusNumbers.parse(bound), sample.value()));
                    }
                }
                case "_sum" -> parts.sum = sample.value();
                case "_count" -> parts.count = sample.value();
                default -> {
                    // _created and other extras carry nothing a quantile needs.
                }
            }
        }
        List<HistogramSnapshot> histograms = new ArrayList<>();
        byLabels.forEach((labels, parts) ->
                histograms.add(new HistogramSnapshot(labels, parts.buckets, parts.sum, parts.count)));
        return histograms;
    }

    private static final class Parts {
        private final List<Bucket> buckets = new ArrayList<>();
        private double sum = Double.NaN;
        private double count = Double.NaN;
    }
}
