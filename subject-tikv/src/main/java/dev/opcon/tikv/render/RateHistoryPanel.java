package dev.opcon.tikv.render;

import dev.opcon.core.model.TimeSeriesPanel;
import dev.opcon.core.model.Tone;
import dev.opcon.tikv.model.RatePoint;
import dev.opcon.tikv.model.SourceNames;
import dev.opcon.tikv.model.Thresholds;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleFunction;
import java.util.function.ToDoubleFunction;

/**
 * Sparklines of the cluster totals over the last minutes, beside the per-store {@link RatesPanel}:
 * QPS, the highest store p99 (with Prometheus only), and the write and read bytes per second.
 */
final class RateHistoryPanel {

    static final String ID = "rates-history";

    private RateHistoryPanel() {
    }

    static TimeSeriesPanel render(List<RatePoint> history, boolean prometheusConfigured, Thresholds thresholds) {
        List<TimeSeriesPanel.Series> series = new ArrayList<>();
        series.add(series("qps", history, RatePoint::queriesPerSecond, Formats::perSecond, latest -> Tone.NORMAL));
        if (prometheusConfigured) {
            double highMilliseconds = thresholds.highLatency().toNanos() / 1e6;
            series.add(series("max p99", history, RatePoint::maxP99Milliseconds,
                    milliseconds -> Formats.latency(milliseconds / 1000),
                    latest -> latest > highMilliseconds ? Tone.WARNING : Tone.NORMAL));
        }
        series.add(series("write", history, RatePoint::writeBytesPerSecond, Formats::bytesPerSecond, latest -> Tone.NORMAL));
        series.add(series("read", history, RatePoint::readBytesPerSecond, Formats::bytesPerSecond, latest -> Tone.NORMAL));
        List<String> sources = new ArrayList<>(List.of(SourceNames.HOTSPOT_STORES));
        String note = "from PD hotspot rates; p99 needs --prometheus-url";
        if (prometheusConfigured) {
            sources.add(SourceNames.PROMETHEUS);
            note = "qps and p99 from Prometheus, bytes from PD hotspot rates";
        }
        return new TimeSeriesPanel(ID, "Cluster rates", sources, note, step(history), series);
    }

    /** The time between the newest two points: the refresh interval once the loop runs. */
    private static Duration step(List<RatePoint> history) {
        return history.size() < 2 ? Duration.ZERO
                : Duration.between(history.get(history.size() - 2).at(), history.get(history.size() - 1).at());
    }

    private static TimeSeriesPanel.Series series(String name, List<RatePoint> history, ToDoubleFunction<RatePoint> figure,
                                                 DoubleFunction<String> format, DoubleFunction<Tone> tone) {
        List<Double> points = history.stream().map(point -> figure.applyAsDouble(point)).toList();
        double latest = points.isEmpty() ? Double.NaN : points.get(points.size() - 1);
        return new TimeSeriesPanel.Series(name, format.apply(latest), Double.isNaN(latest) ? Tone.MUTED : tone.apply(latest),
                points);
    }
}
