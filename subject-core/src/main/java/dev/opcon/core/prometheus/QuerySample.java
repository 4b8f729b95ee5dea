package dev.opcon.core.prometheus;

import java.time.Instant;
import java.util.Map;

/**
 * One element of an instant query's answer. Label names and values are already made safe for a
 * terminal.
 *
 * @param labels sorted by name; empty for a scalar answer
 * @param value may be NaN or infinite
 * @param timestamp the evaluation time Prometheus reported
 */
public record QuerySample(Map<String, String> labels, double value, Instant timestamp) {

    public QuerySample {
        labels = Labels.copyOf(labels);
    }

    /** The label's value, or "" when absent (Prometheus treats both the same). */
    public String label(String name) {
        return labels.getOrDefault(name, "");
    }
}
