package dev.opcon.core.prometheus;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * One line of a {@code /metrics} page: {@code name{labels} value [timestamp]}.
 *
 * @param name the sample's own name, e.g. {@code http_duration_seconds_bucket} in a histogram family
 * @param labels sorted by name; values unescaped and made safe for a terminal
 * @param value may be NaN or infinite
 * @param timestamp when the exporter wrote one (rare); otherwise the time of the scrape applies
 */
public record Sample(String name, Map<String, String> labels, double value, Optional<Instant> timestamp) {

    public Sample {
        labels = Labels.copyOf(labels);
    }

    public Sample(String name, Map<String, String> labels, double value) {
        this(name, labels, value, Optional.empty());
    }

    /** The label's value, or "" when absent. */
    public String label(String labelName) {
        return labels.getOrDefault(labelName, "");
    }
}
