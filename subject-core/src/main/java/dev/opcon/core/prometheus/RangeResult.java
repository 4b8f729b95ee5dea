package dev.opcon.core.prometheus;

import java.util.List;

/**
 * The answer to a range query (a matrix).
 *
 * @param series in the order Prometheus sent them
 * @param warnings what Prometheus warned about while answering, for the caller to show
 */
public record RangeResult(List<Series> series, List<String> warnings) {

    public RangeResult {
        series = List.copyOf(series);
        warnings = List.copyOf(warnings);
    }
}
