package dev.opcon.tikv.client;

import dev.opcon.core.prometheus.Point;
import dev.opcon.core.prometheus.Series;
import dev.opcon.tikv.model.RatePoint;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The last minutes of the cluster totals from Prometheus, in one range query, so the rates history
 * is not empty at start. Each figure is one series, told apart by a {@code figure} label. QPS and p99
 * use the expressions of {@link TikvMetricsReader}; the byte rates are PD's own gauges of the store
 * heartbeats that {@code /hotspot/stores} shows, from the PD leader only (a follower's are stale).
 */
public final class RateHistoryReader {

    public static final Duration SPAN = Duration.ofMinutes(5);
    public static final Duration STEP = Duration.ofSeconds(1);
    static final String FIGURE_LABEL = "figure";
    static final String CLUSTER_TOTALS = String.join(" or ",
            "label_replace(sum(" + TikvMetricsReader.QUERIES_PER_SECOND + "), \"figure\", \"qps\", \"\", \"\")",
            "label_replace(max(" + TikvMetricsReader.P99_LATENCY + "), \"figure\", \"p99\", \"\", \"\")",
            "label_replace(sum(pd_scheduler_store_status{type=~\"store_(write|read)_rate_bytes\"}"
                    + " and on (instance) (etcd_server_is_leader > 0)) by (type),"
                    + " \"figure\", \"$1\", \"type\", \"store_(write|read)_rate_bytes\")");

    private final PrometheusApi prometheus;
    private final Clock clock;

    public RateHistoryReader(PrometheusApi prometheus, Clock clock) {
        this.prometheus = prometheus;
        this.clock = clock;
    }

    /** One point per step where any figure is known, oldest first; a figure missing at a step is NaN. */
    public List<RatePoint> read() {
        Instant end = clock.instant();
        return points(prometheus.rangeQuery(CLUSTER_TOTALS, end.minus(SPAN), end, STEP));
    }

    static List<RatePoint> points(List<Series> answer) {
        Map<Instant, double[]> byTime = new TreeMap<>();
        for (Series series : answer) {
            int figure = switch (series.label(FIGURE_LABEL)) {
                case "qps" -> 0;
                case "p99" -> 1;
                case "write" -> 2;
                case "read" -> 3;
                default -> -1;
            };
            if (figure < 0) {
                continue;
            }
            for (Point point : series.points()) {
                double value = figure == 1 ? point.value() * 1000 : point.value();
                byTime.computeIfAbsent(point.time(), time -> unknown())[figure] = value;
            }
        }
        List<RatePoint> points = new ArrayList<>(byTime.size());
        byTime.forEach((time, figures) -> points.add(new RatePoint(time, figures[0], figures[1], figures[2], figures[3])));
        return points;
    }

    private static double[] unknown() {
        return new double[] {Double.NaN, Double.NaN, Double.NaN, Double.NaN};
    }
}
