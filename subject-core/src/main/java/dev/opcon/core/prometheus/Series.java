package dev.opcon.core.prometheus;

import java.util.List;
import java.util.Map;

/**
 * One series of a range query's answer.
 *
 * @param labels sorted by name, made safe for a terminal
 * @param points oldest first; steps where the series had no value are missing, not NaN
 */
public record Series(Map<String, String> labels, List<Point> points) {

    public Series {
        labels = Labels.copyOf(labels);
        points = List.copyOf(points);
    }

    /** The label's value, or "" when absent. */
    public String label(String name) {
        return labels.getOrDefault(name, "");
    }
}
