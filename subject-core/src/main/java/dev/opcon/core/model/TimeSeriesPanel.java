package dev.opcon.core.model;

import java.time.Duration;
import java.util.List;

/** Sparklines: each series is a list of points, oldest first, one per step. */
public record TimeSeriesPanel(String id, String title, List<String> sources, String note,
                              Duration step, List<Series> series) implements Panel {

    public TimeSeriesPanel {
        sources = List.copyOf(sources);
        series = List.copyOf(series);
    }

    /**
     * @param latest the newest value as text with its unit ("182/s", "12 ms"), or "–" if unknown
     * @param points NaN marks a gap
     */
    public record Series(String name, String latest, Tone tone, List<Double> points) {

        public Series {
            points = List.copyOf(points);
        }
    }
}
