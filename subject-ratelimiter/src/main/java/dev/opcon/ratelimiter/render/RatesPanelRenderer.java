package dev.opcon.ratelimiter.render;

import dev.opcon.core.model.TimeSeriesPanel;
import dev.opcon.core.model.Tone;
import dev.opcon.ratelimiter.model.RateSample;
import dev.opcon.ratelimiter.model.SourceNames;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;

/** Sparklines of the cluster's allowed and blocked requests per second and its p99 check latency. */
public final class RatesPanelRenderer {

    public TimeSeriesPanel render(List<RateSample> history, String metricsSource) {
        Duration step = history.size() < 2 ? Duration.ZERO
                : Duration.between(history.get(history.size() - 2).at(), history.get(history.size() - 1).at());
        List<TimeSeriesPanel.Series> series = List.of(
                series("allowed/s", history, RateSample::allowedPerSecond, Formats::perSecond, Tone.OK),
                series("blocked/s", history, RateSample::blockedPerSecond, Formats::perSecond, Tone.WARNING),
                series("p99", history, RateSample::p99Milliseconds, Formats::milliseconds, Tone.INFO));
        return new TimeSeriesPanel("rates", "Request rates", List.of(SourceNames.METRICS), metricsSource, step, series);
    }

    private static TimeSeriesPanel.Series series(String name, List<RateSample> history, Function<RateSample, Double> figure,
                                                 Function<Double, String> format, Tone tone) {
        List<Double> points = history.stream().map(figure).map(value -> value == null ? Double.NaN : value).toList();
        Double latest = history.isEmpty() ? null : figure.apply(history.get(history.size() - 1));
        return new TimeSeriesPanel.Series(name, format.apply(latest), tone, points);
    }
}
